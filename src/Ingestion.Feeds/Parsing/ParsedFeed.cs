namespace Ingestion.Feeds.Parsing;

public sealed record FeedAuthor(string? Name, string? Email, string? Uri);

public sealed record FeedEntry
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<FeedAuthor> Authors { get; init; } = [];
    /// <summary>Summary markup, sanitised.</summary>
    public string? Summary { get; init; }
    /// <summary>Full content markup, sanitised (content:encoded, Atom content, JSON Feed content_html).</summary>
    public string? Content { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
}

/// <summary>A parsed feed document.</summary>
public sealed record ParsedFeed
{
    /// <summary>"rss2.0", "rss1.0", "rss0.91", "rss0.92", "rss0.90", "atom1.0", "atom0.3", "jsonfeed1.0", "jsonfeed1.1"; "rss0.93", "rss0.94", "atom0.2"... for rarer versions; "rss" or "atom" when the document gives no version.</summary>
    public required string Format { get; init; }
    /// <summary>False when the document was recovered from malformed input.</summary>
    public bool WellFormed { get; init; } = true;
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>RSS ttl, the feed's own idea of its refresh interval.</summary>
    public TimeSpan? TimeToLive { get; init; }
    public IReadOnlyList<FeedAuthor> Authors { get; init; } = [];
    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];
}
