namespace Ingestion.Extraction.Tests;

public sealed class FallbackTests
{
    private const string First = "Rescue teams reached the village of Santa Lucía on Saturday morning, two days after the landslide cut the only road into the valley.";
    private const string Second = "Local officials said 14 people were still missing and that the search would continue through the weekend despite more rain in the forecast.";
    private const string Third = "The regional government has asked the army for helicopters to carry food and medicine to the hundreds of families who remain cut off.";

    [Fact]
    public void Uses_the_json_ld_article_body_when_the_page_renders_its_text_with_scripts()
    {
        var body = string.Join("\\n\\n", First, Second, Third);
        var html = $$"""
            <html><head><title>Landslide: rescuers reach cut-off village</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rescuers reach cut-off village","articleBody":"{{body}}"}</script>
            </head><body><div id="app"><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="loading">Loading…</div></div></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe([First, Second, Third]);
    }

    [Fact]
    public void Keeps_the_page_text_when_it_is_longer_than_a_json_ld_teaser()
    {
        var html = $$"""
            <html><head><title>Landslide</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","articleBody":"Rescue teams reached the village."}</script>
            </head><body><article><p>{{First}}</p><p>{{Second}}</p><p>{{Third}}</p></article></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe([First, Second, Third]);
    }

    [Fact]
    public void Reads_markup_inside_a_json_ld_article_body()
    {
        var html = $$"""
            <html><head><title>Landslide</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","articleBody":"<p>{{First}}</p><p>{{Second}}</p><p>{{Third}}</p>"}</script>
            </head><body><div id="root"></div></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe([First, Second, Third]);
    }
}
