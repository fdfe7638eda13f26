using Ingestion.Contracts;

namespace Ingestion.Pipeline.Tests;

/// <summary>Article fixtures written for these tests (a short, realistic news page).</summary>
internal static class Articles
{
    public const string PageHtml = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Port workers extend strike | Harbour Times</title>
        <meta property="og:site_name" content="Harbour Times"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Port workers extend strike</h1><p class="byline">By Ana Lindqvist</p>
        <p>Dock workers at the port of Eastmouth voted on Monday to extend their strike for at least seven more days, leaving about 40 container ships waiting at anchor off the coast.</p>
        <p>The Transport and Dock Workers Union said 86 percent of its members had backed the extension in a ballot that closed at noon on Monday.</p>
        <p>"Our members will not accept a pay offer that falls behind inflation for the third year running," union secretary Joseph Adeyemi told reporters outside the port gates.</p>
        <p>According to the regional chamber of commerce, the stoppage is costing local exporters about $12 million a day in delayed shipments.</p>
        </article>
        <div class="share">Share This</div></body></html>
        """;

    public static ArticleDiscovered Discovered(string? url = "https://news.example/port-strike", string? content = null) => new()
    {
        ArticleId = "article-" + (url ?? "inline"),
        FeedUrl = "https://news.example/feed.xml",
        EntryId = url ?? "inline-entry",
        Url = url,
        Title = "Port workers extend strike",
        PublishedAt = new DateTimeOffset(2025, 6, 10, 7, 15, 0, TimeSpan.Zero),
        FeedTitle = "Harbour Times",
        Content = content,
        DiscoveredAt = new DateTimeOffset(2025, 6, 10, 8, 0, 0, TimeSpan.Zero),
    };
}
