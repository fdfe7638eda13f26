namespace Ingestion.Extraction.Tests;

/// <summary>A news page in the style of a large publisher: JSON-LD, OpenGraph, share bar, captions, related links.</summary>
public sealed class NewsPageTests
{
    internal const string BodyOne = "The city council voted 7 to 2 on Tuesday night to approve a new bridge across the Harlow River, ending a debate that has lasted more than a decade.";
    internal const string BodyTwo = "Supporters said the crossing would cut commuting times for thousands of residents on the east bank, while opponents warned that the cost, estimated at $240 million, could rise further.";
    internal const string BodyThree = "Construction is expected to begin next spring, the mayor's office said in a statement, with the first lanes opening to traffic in 2027.";
    internal const string Heading = "What happens next";
    internal const string BodyFour = "The state transportation department still has to sign off on the environmental review, which is due in March.";

    internal static readonly string Page = $$$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Council approves Harlow River bridge after decade-long fight | Harlow Daily Courier</title>
          <meta property="og:title" content="Council approves Harlow River bridge after decade-long fight">
          <meta property="og:site_name" content="Harlow Daily Courier">
          <meta property="article:published_time" content="2024-03-05T21:15:00-05:00">
          <meta name="parsely-section" content="Local">
          <link rel="canonical" href="/news/local/2024/03/05/harlow-bridge-vote">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves Harlow River bridge after decade-long fight",
           "datePublished":"2024-03-05T21:15:00-05:00","articleSection":"Local News","inLanguage":"en-US",
           "author":[{"@type":"Person","name":"Maria Ortega"},{"@type":"Person","name":"Sam Whitfield"}],
           "publisher":{"@type":"Organization","name":"Harlow Daily Courier"}}
          </script>
          <script>var dataLayer = [{"pageType":"article"}]; for (var i = 0; i < 10; i++) { dataLayer.push(i); }</script>
        </head>
        <body>
          <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
          <main>
            <article class="story">
              <h1 class="headline">Council approves Harlow River bridge after decade-long fight</h1>
              <div class="byline">By <a href="/staff/maria-ortega">Maria Ortega</a> and <a href="/staff/sam-whitfield">Sam Whitfield</a></div>
              <div class="timestamp">Published March 5, 2024 at 9:15 pm</div>
              <div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
              <figure class="lead-image"><img src="/img/bridge.jpg" alt="Bridge rendering"><figcaption>An artist's rendering of the planned bridge. (Photo: Harlow City Planning)</figcaption></figure>
              <div class="article-body">
                <p>{{{BodyOne}}}</p>
                <p>{{{BodyTwo}}}</p>
                <div class="ad-slot"><span>Advertisement</span></div>
                <p>{{{BodyThree}}}</p>
                <div class="newsletter-signup"><p>Sign up for our Morning Briefing newsletter to get the day's top stories.</p><form><input type="email"><button>Subscribe</button></form></div>
                <h2>{{{Heading}}}</h2>
                <p>{{{BodyFour}}}</p>
              </div>
              <div class="related-stories"><h3>Related</h3><ul>
                <li><a href="/a">Bridge opponents file lawsuit over river study</a></li>
                <li><a href="/b">Mayor unveils budget with transit boost</a></li>
                <li><a href="/c">East bank residents rally for new crossing</a></li></ul></div>
            </article>
          </main>
          <footer><p>© 2024 Harlow Daily Courier. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    private static ExtractedArticle Extract() =>
        new ArticleExtractor().Extract(Page, new Uri("https://courier.example/news/local/2024/03/05/harlow-bridge-vote?utm_source=feed"));

    [Fact]
    public void Keeps_body_paragraphs_and_subheadings_in_order()
    {
        Extract().Paragraphs.ShouldBe([BodyOne, BodyTwo, BodyThree, Heading, BodyFour]);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("newsletter")]
    [InlineData("rendering")]
    [InlineData("Bridge opponents file lawsuit")]
    [InlineData("Facebook")]
    [InlineData("Published March")]
    [InlineData("All rights reserved")]
    [InlineData("Maria Ortega")]
    public void Drops_furniture(string furniture)
    {
        Extract().Text.ShouldNotContain(furniture);
    }

    [Fact]
    public void Reads_metadata_from_json_ld_first()
    {
        var article = Extract();

        article.Title.ShouldBe("Council approves Harlow River bridge after decade-long fight");
        article.Byline.ShouldBe("Maria Ortega, Sam Whitfield");
        article.Authors.ShouldBe(["Maria Ortega", "Sam Whitfield"]);
        article.PublishedAt.ShouldBe(new DateTimeOffset(2024, 3, 6, 2, 15, 0, TimeSpan.Zero));
        // The page's own offset is kept for relative dates; the instant is the same.
        article.PublishedAt!.Value.Offset.ShouldBe(TimeSpan.FromHours(-5));
        article.SiteName.ShouldBe("Harlow Daily Courier");
        article.Section.ShouldBe("Local News");
        article.Language.ShouldBe("en");
        article.CanonicalUrl.ShouldBe("https://courier.example/news/local/2024/03/05/harlow-bridge-vote");
    }

    [Fact]
    public void Is_safe_to_use_from_many_threads()
    {
        var extractor = new ArticleExtractor();
        var expected = extractor.Extract(Page).Text;

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => extractor.Extract(Page).Text).ToList();

        results.ShouldAllBe(text => text == expected);
    }
}
