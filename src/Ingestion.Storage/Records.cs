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

    /// <summary>
    /// The extracted text the claims' offsets point into, so the article can be shown with its claims marked.
    /// Null for articles stored before the text was kept.
    /// </summary>
    public string? Text { get; set; }

    /// <summary>The article version this row holds (1 for the first text; see <see cref="ArticleVersionRecord"/>).</summary>
    public int Version { get; set; } = 1;
    public DateTimeOffset IngestedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One text of an article: a new content hash under the same article id is the next version. Written by the
/// articles stage before it publishes, so that the version number travels with the article's messages.
/// </summary>
public sealed class ArticleVersionRecord
{
    public required string ArticleId { get; set; }
    public int Version { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>The page's own canonical URL (link rel=canonical), when it declares one.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>The article id the canonical URL maps to: another id with the same canonical article is a copy.</summary>
    public string? CanonicalArticleId { get; set; }
    public int ClaimCount { get; set; }
    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>When the transport accepted the version's messages; null until then (a crash in between republishes).</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}

/// <summary>
/// Which article first brought a text (by content hash). Its primary key makes the first claim on a text atomic on
/// both providers: two copies of one article under different URLs, processed at once, cannot both win.
/// </summary>
public sealed class ArticleContentRecord
{
    public required string ContentHash { get; set; }
    public required string ArticleId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
}

/// <summary>An article id whose content was already ingested under another id: a syndicated or alternative-URL copy.</summary>
public sealed class ArticleAliasRecord
{
    public required string AliasArticleId { get; set; }

    /// <summary>The article id the copy's claims are stored under.</summary>
    public required string ArticleId { get; set; }
    public string? Url { get; set; }
    public string? FeedUrl { get; set; }

    /// <summary>Why it is a copy: "content" (same text) or "canonical" (same rel=canonical article).</summary>
    public required string Reason { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset DetectedAt { get; set; }
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

    /// <summary>When a later version of the article dropped this claim; null while the claim is current. Kept, not deleted.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
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

    /// <summary>What the cue ascribes (speech, belief, ...); null for rows from before it was stored, which read as speech.</summary>
    public string? CueClass { get; set; }
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

    /// <summary>Where the feed comes from: <see cref="FeedSources.Config"/> (configuration) or <see cref="FeedSources.Api"/> (added over HTTP).</summary>
    public string Source { get; set; } = FeedSources.Config;

    /// <summary>When the feed was added through the API (null for configured feeds).</summary>
    public DateTimeOffset? AddedAt { get; set; }

    /// <summary>When an API feed was removed; its row (and seen entries) stay so that adding it again re-announces nothing old.</summary>
    public DateTimeOffset? RemovedAt { get; set; }
}

public static class FeedSources
{
    public const string Config = "config";
    public const string Api = "api";
}

/// <summary>A feed entry whose ArticleDiscovered the broker has accepted: it is not published again.</summary>
public sealed class SeenEntryRecord
{
    public required string FeedUrl { get; set; }
    public required string EntryKey { get; set; }
    public required string ArticleId { get; set; }
    public DateTimeOffset SeenAt { get; set; }

    /// <summary>
    /// Hash of what the feed said about the entry (updated date, title, summary, content) when it was last
    /// announced: a different one means the entry was edited and is announced again. Null for rows from before
    /// fingerprints, which take the current one without being announced again.
    /// </summary>
    public string? Fingerprint { get; set; }
}

/// <summary>
/// A poller's claim on announcing a new article, shared by every replica: the row's key makes two pollers that
/// find the same article in two feeds at the same moment announce it once. Given back once the article's entries
/// are recorded as seen; a crashed poller's claim lapses at <see cref="ClaimedUntil"/>.
/// </summary>
public sealed class ArticleAnnouncementRecord
{
    public required string ArticleId { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset ClaimedUntil { get; set; }
}
