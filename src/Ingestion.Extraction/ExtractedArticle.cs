namespace Ingestion.Extraction;

/// <summary>The main article of a page, with its metadata.</summary>
public sealed record ExtractedArticle
{
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    /// <summary>
    /// The byline as reader views (Mozilla Readability) give it: structured author names joined by ", " when the
    /// page has them, else the page's byline text ("By Jane Doe"). Clean person names are in <see cref="Authors"/>.
    /// </summary>
    public string? Byline { get; init; }
    /// <summary>Clean person names ("Catherine Doolan", not "By Catherine Doolan | Staff Writer"); agencies and roles left out.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>
    /// The publication time in the offset the page wrote (UTC when it gave none), so that relative dates in the
    /// text ("today") resolve to the publication's local day; outputs write it in UTC.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Section { get; init; }
    /// <summary>The body: <see cref="Paragraphs"/> joined by blank lines ("\n\n").</summary>
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
