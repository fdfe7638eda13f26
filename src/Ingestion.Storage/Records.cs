namespace Ingestion.Storage;

// Relational shape of what the pipeline stores. Claims are the centre; their attributions, entities, places,
// times and quantities are owned rows (replaced as a whole on upsert), so a redelivered claim rewrites its rows
// instead of adding more. Articles and claims are keyed by content-derived ids; claims carry no foreign key to
// articles because the two arrive on different queues, in either order.

public sealed class ArticleRecord
{
    public required string ArticleId { get; set; }
    public string? Url { get; set; }
    public string? FeedUrl { get; set; }
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Byline { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Language { get; set; }
    public string? Section { get; set; }
    public required string ContentHash { get; set; }
    public int ClaimCount { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class ClaimRecord
{
    public required string ClaimId { get; set; }
    public required string ArticleId { get; set; }
    public string? ArticleUrl { get; set; }
    public string? Outlet { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public required string ContentHash { get; set; }
    public int Ordinal { get; set; }
    public int Paragraph { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Kind { get; set; }
    public bool Hedged { get; set; }
    public DateTimeOffset EnrichedAt { get; set; }
    public DateTimeOffset StoredAt { get; set; }
    public List<AttributionRow> Attributions { get; set; } = [];
    public List<EntityRow> Entities { get; set; } = [];
    public List<PlaceRow> Places { get; set; } = [];
    public List<TimeRow> Times { get; set; } = [];
    public List<QuantityRow> Quantities { get; set; } = [];
}

public sealed class AttributionRow
{
    /// <summary>Position in the chain, outermost first.</summary>
    public int Level { get; set; }
    public required string SourceText { get; set; }
    public int SourceStart { get; set; }
    public int SourceLength { get; set; }
    public required string SourceType { get; set; }
    public required string SourceName { get; set; }
    public string? Role { get; set; }
    public string? Via { get; set; }
    public required string Cue { get; set; }
    public int ContentStart { get; set; }
    public int ContentLength { get; set; }
    public required string Quote { get; set; }
}

public sealed class EntityRow
{
    /// <summary>Position among the claim's rows of this kind.</summary>
    public int Position { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Type { get; set; }
    public required string Name { get; set; }
}

public sealed class PlaceRow
{
    /// <summary>Position among the claim's rows of this kind.</summary>
    public int Position { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Name { get; set; }
    public string? Country { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public long? GeonameId { get; set; }
    public string? RelativeTo { get; set; }
    public double? DistanceKm { get; set; }
    public double? BearingDegrees { get; set; }
}

public sealed class TimeRow
{
    /// <summary>Position among the claim's rows of this kind.</summary>
    public int Position { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Value { get; set; }
}

public sealed class QuantityRow
{
    /// <summary>Position among the claim's rows of this kind.</summary>
    public int Position { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public double Value { get; set; }
    public string? Unit { get; set; }
    public string? Qualifier { get; set; }
}

/// <summary>A feed's polling state: conditional-GET validators, schedule, health, and the lease of the poller that owns it now.</summary>
public sealed class FeedRecord
{
    /// <summary>The configured address: the feed's key, kept when the feed moves.</summary>
    public required string FeedUrl { get; set; }

    /// <summary>Where the feed is fetched from after a permanent redirect (301, 308); null while it has not moved.</summary>
    public string? FetchUrl { get; set; }

    /// <summary>When the server answered 410 Gone: the feed is no longer polled (LastError says why).</summary>
    public DateTimeOffset? RetiredAt { get; set; }
    public string? Title { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public DateTimeOffset? NextPollAt { get; set; }
    public string? LastError { get; set; }
    public int ErrorCount { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

/// <summary>A feed entry whose ArticleDiscovered the broker has accepted: it is not published again.</summary>
public sealed class SeenEntryRecord
{
    public required string FeedUrl { get; set; }
    public required string EntryKey { get; set; }
    public required string ArticleId { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}
