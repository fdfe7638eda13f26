namespace Ingestion.Extraction;

/// <summary>The main article of a page, with its metadata.</summary>
public sealed record ExtractedArticle
{
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    /// <summary>Clean author names joined by ", " ("Catherine Doolan", not "By Catherine Doolan | Staff Writer").</summary>
    public string? Byline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Section { get; init; }
    /// <summary>The body: <see cref="Paragraphs"/> joined by blank lines ("\n\n").</summary>
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
