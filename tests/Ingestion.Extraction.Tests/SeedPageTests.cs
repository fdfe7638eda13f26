namespace Ingestion.Extraction.Tests;

/// <summary>The project's seed article wrapped in a WordPress theme (samples/pages/isis-libya.html).</summary>
public sealed class SeedPageTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static ExtractedArticle ExtractSeedPage() =>
        new ArticleExtractor().Extract(File.ReadAllText(Path.Combine(FixtureFolder, "isis-libya.html")),
            new Uri("https://meridian-review.example/2018/01/08/isis-seeks-to-regroup-in-libya/"));

    private static List<string> ExpectedBody() =>
        File.ReadAllText(Path.Combine(FixtureFolder, "isis-libya.body.txt"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    [Fact]
    public void Keeps_every_body_paragraph_in_order_and_nothing_else()
    {
        var article = ExtractSeedPage();

        article.Paragraphs.ShouldBe(ExpectedBody());
        article.Text.ShouldBe(string.Join("\n\n", ExpectedBody()));
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published")]
    [InlineData("Akismet")]
    [InlineData("Share This")]
    [InlineData("Facebook")]
    [InlineData("Recent Posts")]
    [InlineData("Post navigation")]
    [InlineData("Staff Writer")]
    [InlineData("Middle East")]
    [InlineData("All rights reserved")]
    public void Drops_page_furniture(string furniture)
    {
        ExtractSeedPage().Text.ShouldNotContain(furniture);
    }

    [Fact]
    public void Reads_title_byline_and_metadata()
    {
        var article = ExtractSeedPage();

        article.Title.ShouldBe("ISIS Seeks to Regroup in Libya Following Major Setbacks in Iraq and Syria");
        article.Byline.ShouldBe("By Catherine Doolan / Staff Writer");
        article.Authors.ShouldBe(["Catherine Doolan"]);
        article.PublishedAt.ShouldBe(new DateTimeOffset(2018, 1, 8, 14, 30, 0, TimeSpan.Zero));
        article.SiteName.ShouldBe("The Meridian Review");
        article.Section.ShouldBe("International News");
        article.Language.ShouldBe("en-US");
        article.CanonicalUrl.ShouldBe("https://meridian-review.example/2018/01/08/isis-seeks-to-regroup-in-libya/");
        article.Url.ShouldBe("https://meridian-review.example/2018/01/08/isis-seeks-to-regroup-in-libya/");
    }

    [Fact]
    public void Gives_the_same_result_from_bytes_as_from_text()
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureFolder, "isis-libya.html"));

        var fromBytes = new ArticleExtractor().Extract(bytes, "text/html", null);

        fromBytes.Paragraphs.ShouldBe(ExpectedBody());
    }
}
