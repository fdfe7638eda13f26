namespace Ingestion.Contracts;

// Message contracts, version 1. Compatibility rules (docs/contracts.md): fields are only ever added, never
// renamed, retyped or removed; a breaking change gets a new record type next to the old one, published side by
// side until subscribers have moved. MassTransit names each message by namespace and type
// ("urn:message:Ingestion.Contracts:ClaimExtracted"), so the namespace and type names are part of the contract.

/// <summary>A feed entry not seen before: an article to ingest. Published by the feed poller.</summary>
public sealed record ArticleDiscovered
{
    /// <summary>Stable article id derived from the entry's canonical link (or its GUID when it has no link).</summary>
    public required string ArticleId { get; init; }

    /// <summary>The feed the entry came from (URL or local path, as configured).</summary>
    public required string FeedUrl { get; init; }

    /// <summary>The entry's id in the feed (RSS guid, Atom id, JSON Feed id), or its link when it has none.</summary>
    public required string EntryId { get; init; }

    /// <summary>The article's address (http(s) URL or local file path), or null when the entry has only inline content.</summary>
    public string? Url { get; init; }

    /// <summary>The entry's title as plain text.</summary>
    public string? Title { get; init; }

    /// <summary>The entry's publication time, or null when the feed gave none or an unparseable one.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The entry's author names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The feed's title: the outlet, unless the page names itself otherwise.</summary>
    public string? FeedTitle { get; init; }

    /// <summary>Full article HTML carried inline by the feed (content:encoded, Atom content), or null.</summary>
    public string? Content { get; init; }

    /// <summary>The entry's summary HTML, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>When the poller saw the entry.</summary>
    public required DateTimeOffset DiscoveredAt { get; init; }
}

/// <summary>An article fetched, extracted and split into claims. Published once per article version.</summary>
public sealed record ArticleIngested
{
    /// <summary>Stable article id (see <see cref="ArticleDiscovered.ArticleId"/>).</summary>
    public required string ArticleId { get; init; }

    /// <summary>The article's address, or null for inline-only entries.</summary>
    public string? Url { get; init; }

    /// <summary>The feed the article came from.</summary>
    public string? FeedUrl { get; init; }

    /// <summary>Title of the article.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing outlet (the page's site name, else the feed's title).</summary>
    public string? Outlet { get; init; }

    /// <summary>The byline as a clean name list joined by ", ", or null.</summary>
    public string? Byline { get; init; }

    /// <summary>The article's authors.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication time from the page or the feed, or null when unknown.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>ISO 639-1 language of the text, or null when undetermined.</summary>
    public string? Language { get; init; }

    /// <summary>The section of the outlet ("Middle East"), or null.</summary>
    public string? Section { get; init; }

    /// <summary>SHA-256 (hex) of the extracted text: a new hash for the same article id is a new version.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The extracted article text that claim offsets point into.</summary>
    public required string Text { get; init; }

    /// <summary>Number of claims extracted from the article; that many <see cref="ClaimExtracted"/> follow.</summary>
    public required int ClaimCount { get; init; }

    /// <summary>When the article was ingested.</summary>
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>
    /// The article version, from 1: an edited article re-ingested with a new <see cref="ContentHash"/> gets the next
    /// number; the same text again keeps its number. Messages from before this field read as 1.
    /// </summary>
    public int Version { get; init; } = 1;
}

/// <summary>One claim of an article: a sentence (or a quote spanning several) that asserts something, with who asserts it.</summary>
public sealed record ClaimExtracted
{
    /// <summary>Stable claim id from the article id, the claim text and its occurrence: re-ingestion gives the same id.</summary>
    public required string ClaimId { get; init; }

    /// <summary>Id of the article the claim belongs to.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The article's address, or null for inline-only entries.</summary>
    public string? ArticleUrl { get; init; }

    /// <summary>The article's title.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>The publishing outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's publication time, or null when unknown.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>SHA-256 (hex) of the article text version the offsets point into.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Position of the claim among the article's claims, from 0.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Number of claims in the article version.</summary>
    public required int ClaimCount { get; init; }

    /// <summary>Index of the paragraph the claim starts in, from 0.</summary>
    public required int Paragraph { get; init; }

    /// <summary>The claim text.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the claim in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the claim, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>What the sentence does: claim, opinion, prescriptive, question.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>True when the claim is hedged (may, might, could, alleged, reportedly, conditionals).</summary>
    public required bool Hedged { get; init; }

    /// <summary>The attribution chain, outermost first; empty for the author's own statements.</summary>
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];

    /// <summary>What the enricher needs to know about the whole article.</summary>
    public ArticleContext Context { get; init; } = new();
}

/// <summary>A claim with its entities, places, times and quantities.</summary>
public sealed record ClaimEnriched
{
    /// <summary>The claim as extracted.</summary>
    public required ClaimExtracted Claim { get; init; }

    /// <summary>Named entities in the claim, with canonical names.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Places in the claim, resolved to coordinates.</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Dates and periods in the claim, resolved against the publication date.</summary>
    public IReadOnlyList<TimeMention> Times { get; init; } = [];

    /// <summary>Counts and measures in the claim.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>When the claim was enriched.</summary>
    public required DateTimeOffset EnrichedAt { get; init; }
}

/// <summary>A claim is durably stored. Published after the write committed.</summary>
public sealed record ClaimStored
{
    /// <summary>The stored claim's id.</summary>
    public required string ClaimId { get; init; }

    /// <summary>The claim's article id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>True when this write created the claim; false when it was already stored (a redelivery).</summary>
    public required bool Created { get; init; }

    /// <summary>When the write committed.</summary>
    public required DateTimeOffset StoredAt { get; init; }
}

/// <summary>
/// All claims of one article version in one message: what the articles stage publishes instead of one
/// <see cref="ClaimExtracted"/> per claim when <c>Ingestion:ClaimMessages</c> is <c>PerArticle</c>. The article's
/// fields and its <see cref="ArticleContext"/> are written once, not once per claim. Added in version 1.1.
/// </summary>
public sealed record ArticleClaimsExtracted
{
    /// <summary>Id of the article the claims belong to.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The article's address, or null for inline-only entries.</summary>
    public string? ArticleUrl { get; init; }

    /// <summary>The article's title.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>The publishing outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's publication time, or null when unknown.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>SHA-256 (hex) of the article text version the claims' offsets point into.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The article version the claims belong to (<see cref="ArticleIngested.Version"/>).</summary>
    public int Version { get; init; } = 1;

    /// <summary>What the enricher needs to know about the whole article.</summary>
    public ArticleContext Context { get; init; } = new();

    /// <summary>The article version's claims, in text order; their number is the version's claim count.</summary>
    public IReadOnlyList<ArticleClaim> Claims { get; init; } = [];
}

/// <summary>One claim inside <see cref="ArticleClaimsExtracted"/>: the claim's own fields of <see cref="ClaimExtracted"/>.</summary>
public sealed record ArticleClaim
{
    /// <summary>Stable claim id (the same as <see cref="ClaimExtracted.ClaimId"/> would carry).</summary>
    public required string ClaimId { get; init; }

    /// <summary>Position of the claim among the article's claims, from 0.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Index of the paragraph the claim starts in, from 0.</summary>
    public required int Paragraph { get; init; }

    /// <summary>The claim text.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the claim in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the claim, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>What the sentence does: claim, opinion, prescriptive, question.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>True when the claim is hedged (may, might, could, alleged, reportedly, conditionals).</summary>
    public required bool Hedged { get; init; }

    /// <summary>The attribution chain, outermost first; empty for the author's own statements.</summary>
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];
}

/// <summary>
/// All claims of one article version with their enrichment, in one message: what the enricher publishes for an
/// <see cref="ArticleClaimsExtracted"/> (instead of one <see cref="ClaimEnriched"/> per claim). Added in version 1.1.
/// </summary>
public sealed record ArticleClaimsEnriched
{
    /// <summary>Id of the article the claims belong to.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The article's address, or null for inline-only entries.</summary>
    public string? ArticleUrl { get; init; }

    /// <summary>The article's title.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>The publishing outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's publication time, or null when unknown.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>SHA-256 (hex) of the article text version the claims' offsets point into.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The article version the claims belong to.</summary>
    public int Version { get; init; } = 1;

    /// <summary>What was known about the whole article when it was enriched.</summary>
    public ArticleContext Context { get; init; } = new();

    /// <summary>The claims with their entities, places, times and quantities, in text order.</summary>
    public IReadOnlyList<EnrichedArticleClaim> Claims { get; init; } = [];

    /// <summary>When the enricher processed the article's claims.</summary>
    public required DateTimeOffset EnrichedAt { get; init; }
}

/// <summary>One claim inside <see cref="ArticleClaimsEnriched"/>.</summary>
public sealed record EnrichedArticleClaim
{
    /// <summary>The claim.</summary>
    public required ArticleClaim Claim { get; init; }

    /// <summary>Named entities in the claim, with canonical names.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Places in the claim, resolved to coordinates.</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Dates and periods in the claim, resolved against the publication date.</summary>
    public IReadOnlyList<TimeMention> Times { get; init; } = [];

    /// <summary>Counts and measures in the claim.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
}

/// <summary>
/// All claims of one article version are durably stored: what the store publishes for an
/// <see cref="ArticleClaimsEnriched"/> instead of one <see cref="ClaimStored"/> per claim when
/// <c>Ingestion:StoredEvents</c> is <c>PerArticle</c>. Published after the write committed. Added in version 1.2.
/// </summary>
public sealed record ArticleClaimsStored
{
    /// <summary>Id of the article the claims belong to.</summary>
    public required string ArticleId { get; init; }

    /// <summary>SHA-256 (hex) of the article text version the stored claims came from.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The article version the claims belong to (<see cref="ArticleIngested.Version"/>).</summary>
    public int Version { get; init; } = 1;

    /// <summary>The stored claims, in text order: each is what one <see cref="ClaimStored"/> would have said.</summary>
    public IReadOnlyList<StoredArticleClaim> Claims { get; init; } = [];

    /// <summary>When the write committed.</summary>
    public required DateTimeOffset StoredAt { get; init; }
}

/// <summary>One claim inside <see cref="ArticleClaimsStored"/>.</summary>
public sealed record StoredArticleClaim
{
    /// <summary>The stored claim's id.</summary>
    public required string ClaimId { get; init; }

    /// <summary>True when this write created the claim; false when it was already stored (a redelivery).</summary>
    public required bool Created { get; init; }
}
