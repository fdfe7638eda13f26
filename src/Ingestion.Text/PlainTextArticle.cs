namespace Ingestion.Text;

/// <summary>Metadata read off a plain-text article (a copy of a page's text): title, byline, section lines.</summary>
public sealed record PlainTextArticle
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Section { get; init; }

    public static PlainTextArticle Read(string text) => throw new NotImplementedException();
}
