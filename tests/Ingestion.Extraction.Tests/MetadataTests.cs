namespace Ingestion.Extraction.Tests;

public sealed class MetadataTests
{
    private const string Body = """
        <article><div class="content">
        <p>Officials in the northern province confirmed on Monday that the reservoir had reached its lowest level since records began in 1952, prompting new limits on water use.</p>
        <p>Farmers in the valley said the restrictions would force them to leave a third of their fields unplanted this season, and several asked the regional government for emergency support.</p>
        <p>The water authority said it would review the limits every two weeks and lift them as soon as the spring rains refilled the reservoir to a safe level for the summer months.</p>
        </div></article>
        """;

    private static ExtractedArticle Extract(string head, string body = Body) =>
        new ArticleExtractor().Extract($"<!doctype html><html><head>{head}</head><body>{body}</body></html>");

    [Theory]
    [InlineData("Reservoir falls to record low as valley farmers face limits | The Valley Post", "Reservoir falls to record low as valley farmers face limits")]
    [InlineData("Reservoir falls to record low as valley farmers face limits - The Valley Post", "Reservoir falls to record low as valley farmers face limits")]
    [InlineData("Reservoir falls to record low as valley farmers face limits – The Valley Post", "Reservoir falls to record low as valley farmers face limits")]
    [InlineData("Reservoir falls to record low as valley farmers face limits — The Valley Post", "Reservoir falls to record low as valley farmers face limits")]
    [InlineData("Drought | The Valley Post", "Drought | The Valley Post")]
    [InlineData("The Valley Post: Reservoir falls to record low as farmers face limits", "Reservoir falls to record low as farmers face limits")]
    public void Removes_a_site_suffix_from_the_document_title_the_way_Readability_does(string documentTitle, string expected)
    {
        Extract($"<title>{documentTitle}</title>").Title.ShouldBe(expected);
    }

    [Fact]
    public void Falls_back_to_the_first_heading_when_there_is_no_title()
    {
        Extract("", "<h1>Reservoir falls to record low</h1>" + Body).Title.ShouldBe("Reservoir falls to record low");
    }

    [Fact]
    public void Prefers_open_graph_title_over_the_document_title()
    {
        var article = Extract("""<title>Home | The Valley Post</title><meta property="og:title" content="Reservoir falls to record low">""");

        article.Title.ShouldBe("Reservoir falls to record low");
    }

    [Fact]
    public void Reads_parsely_and_sailthru_meta_when_there_is_no_structured_data()
    {
        var article = Extract("""
            <title>Reservoir falls to record low as farmers face limits</title>
            <meta name="parsely-author" content="Priya Raman">
            <meta name="sailthru.date" content="2023-08-14 06:30:00">
            <meta name="parsely-section" content="Environment">
            """);

        article.Byline.ShouldBe("Priya Raman");
        article.Authors.ShouldBe(["Priya Raman"]);
        article.PublishedAt.ShouldBe(new DateTimeOffset(2023, 8, 14, 6, 30, 0, TimeSpan.Zero));
        article.Section.ShouldBe("Environment");
    }

    [Fact]
    public void Prefers_dublin_core_creator_over_meta_author()
    {
        var article = Extract("""<meta name="author" content="Web Desk"><meta name="DC.creator" content="Tomás Ferreira">""");

        article.Byline.ShouldBe("Tomás Ferreira");
    }

    [Fact]
    public void Reads_json_ld_inside_a_graph_with_string_authors()
    {
        var article = Extract("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Valley Post"},
              {"@type":"Article","headline":"Reservoir hits record low","author":"Priya Raman","datePublished":"2023-08-14T08:30:00+02:00"}]}</script>
            """);

        article.Title.ShouldBe("Reservoir hits record low");
        article.Authors.ShouldBe(["Priya Raman"]);
        article.PublishedAt.ShouldBe(new DateTimeOffset(2023, 8, 14, 6, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Leaves_organisations_out_of_the_authors_but_not_out_of_the_byline()
    {
        var article = Extract("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Reservoir hits record low",
              "author":[{"@type":"Person","name":"Priya Raman"},{"@type":"NewsMediaOrganization","name":"Valley Wire Service"}]}</script>
            """);

        article.Byline.ShouldBe("Priya Raman, Valley Wire Service");
        article.Authors.ShouldBe(["Priya Raman"]);
    }

    [Fact]
    public void Survives_broken_json_ld()
    {
        var article = Extract("""<title>Reservoir falls to record low as farmers face limits</title><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": </script>""");

        article.Title.ShouldBe("Reservoir falls to record low as farmers face limits");
        article.Paragraphs.Count.ShouldBe(3);
    }

    [Fact]
    public void Falls_back_to_a_time_element_for_the_date()
    {
        var article = Extract("<title>Reservoir</title>", """<time datetime="2023-08-14T06:30:00Z">14 August</time>""" + Body);

        article.PublishedAt.ShouldBe(new DateTimeOffset(2023, 8, 14, 6, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Takes_the_byline_from_the_body_when_metadata_has_none()
    {
        var article = Extract("<title>Reservoir</title>", """<p class="byline">By Priya Raman and Tomás Ferreira | Staff Writers</p>""" + Body);

        article.Byline.ShouldBe("By Priya Raman and Tomás Ferreira | Staff Writers");
        article.Authors.ShouldBe(["Priya Raman", "Tomás Ferreira"]);
        article.Text.ShouldNotContain("Staff Writers");
    }

    [Fact]
    public void Leaves_unknown_fields_empty()
    {
        var article = new ArticleExtractor().Extract("<html><body><p>Short.</p></body></html>");

        article.Title.ShouldBeNull();
        article.Byline.ShouldBeNull();
        article.Authors.ShouldBeEmpty();
        article.PublishedAt.ShouldBeNull();
        article.Language.ShouldBeNull();
        article.Url.ShouldBeNull();
    }
}
