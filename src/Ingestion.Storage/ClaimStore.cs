using Ingestion.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.Storage;

/// <summary>The outcome of storing one claim.</summary>
public sealed record StoredClaim(string ClaimId, string ArticleId, bool Created);

/// <summary>
/// Idempotent writes of articles and claims. Delivery is at-least-once, so every write is an upsert keyed by a
/// content-derived id: storing the same claim twice leaves one row set, the second time reporting Created=false.
/// </summary>
public sealed class ClaimStore(IDbContextFactory<IngestionDbContext> contexts, TimeProvider time)
{
    /// <summary>Stores a batch of claims in one transaction: one write per batch, whatever its size.</summary>
    public async Task<IReadOnlyList<StoredClaim>> UpsertClaimsAsync(IReadOnlyCollection<ClaimEnriched> claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            return [];
        }

        // A batch may hold the same claim twice (a redelivery next to the original): the last one wins.
        var latest = new Dictionary<string, ClaimEnriched>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            latest[claim.Claim.ClaimId] = claim;
        }

        var ids = latest.Keys.ToList();
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existingHashes = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.ClaimId))
            .Select(c => new { c.ClaimId, c.ContentHash }).ToDictionaryAsync(c => c.ClaimId, c => c.ContentHash, StringComparer.Ordinal, cancellationToken);
        var articleIds = latest.Values.Select(c => c.Claim.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var currentHashes = await ArticleVersionStore.LatestHashesAsync(db, articleIds, cancellationToken);

        // A claim from an older version of its article arrives late (queued before the edit, or redelivered):
        // it must neither overwrite the same claim stored from the current version (its offsets point into the
        // old text) nor come back as current. Claims of articles without versions (older data) are current.
        var records = new List<ClaimRecord>();
        foreach (var claim in latest.Values)
        {
            var isStale = currentHashes.TryGetValue(claim.Claim.ArticleId, out var currentHash) && currentHash != claim.Claim.ContentHash;
            if (isStale && existingHashes.TryGetValue(claim.Claim.ClaimId, out var storedHash) && storedHash == currentHash)
            {
                continue;
            }

            var record = ToRecord(claim, now);
            record.SupersededAt = isStale ? now : null;
            records.Add(record);
        }

        // One set-based write per table: the claims upserted by id, and the owned rows of claims stored before
        // deleted and written again (a redelivery or a new version may carry other rows). Nothing is tracked.
        var claimWriter = SetWriter.For<ClaimRecord>(db);
        await claimWriter.UpsertAsync(db, records, shadowValues: null, cancellationToken);
        var replaced = records.Select(r => r.ClaimId).Where(existingHashes.ContainsKey).ToList();
        await WriteOwnedRowsAsync(db, records, r => r.Attributions, replaced, cancellationToken);
        await WriteOwnedRowsAsync(db, records, r => r.Entities, replaced, cancellationToken);
        await WriteOwnedRowsAsync(db, records, r => r.Places, replaced, cancellationToken);
        await WriteOwnedRowsAsync(db, records, r => r.Times, replaced, cancellationToken);
        await WriteOwnedRowsAsync(db, records, r => r.Quantities, replaced, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return latest.Values.Select(c => new StoredClaim(c.Claim.ClaimId, c.Claim.ArticleId, !existingHashes.ContainsKey(c.Claim.ClaimId))).ToList();
    }

    /// <summary>Stores an article's latest version; a newer version replaces the row, an older one arriving late is ignored.</summary>
    public Task UpsertArticleAsync(ArticleIngested article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return UpsertArticlesAsync([article], cancellationToken);
    }

    /// <summary>
    /// Stores a batch of article versions in one statement: per article the newest version wins, both within the
    /// batch and against the stored row (an older version delivered late is ignored).
    /// </summary>
    public async Task UpsertArticlesAsync(IReadOnlyCollection<ArticleIngested> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        // One row per key and statement: ON CONFLICT cannot touch a row twice. The highest version of an article
        // in the batch wins; of equal versions (a redelivery), the later message.
        var newest = new Dictionary<string, ArticleIngested>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!newest.TryGetValue(article.ArticleId, out var kept) || kept.Version <= article.Version)
            {
                newest[article.ArticleId] = article;
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Insert, or replace the stored row unless it already holds a newer version (an older version delivered
        // late). The first ingestion time is kept.
        var writer = SetWriter.For<ArticleRecord>(db, keepOnUpdate: [nameof(ArticleRecord.IngestedAt)],
            updateCondition: $"{{table}}.{SetWriter.Quote(nameof(ArticleRecord.Version))} <= excluded.{SetWriter.Quote(nameof(ArticleRecord.Version))}");
        var now = time.GetUtcNow();
        var records = newest.Values.Select(article => new ArticleRecord
        {
            ArticleId = article.ArticleId,
            Url = article.Url,
            FeedUrl = article.FeedUrl,
            Title = article.Title,
            Outlet = article.Outlet,
            Byline = article.Byline,
            PublishedAt = article.PublishedAt,
            Language = article.Language,
            Section = article.Section,
            ContentHash = article.ContentHash,
            ClaimCount = article.ClaimCount,
            Text = article.Text,
            Version = article.Version,
            IngestedAt = article.IngestedAt,
            UpdatedAt = now,
        }).ToList();
        await writer.UpsertAsync(db, records, shadowValues: null, cancellationToken);
    }

    /// <summary>The owned rows of one kind for every claim of the batch, keyed by their claim id.</summary>
    private static async Task WriteOwnedRowsAsync<TRow>(IngestionDbContext db, IReadOnlyList<ClaimRecord> claims,
        Func<ClaimRecord, List<TRow>> rowsOf, IReadOnlyList<string> replaced, CancellationToken cancellationToken)
        where TRow : class
    {
        var writer = SetWriter.For<TRow>(db);
        await writer.DeleteWhereInAsync(db, OwnerKey, replaced, cancellationToken);
        var owners = new Dictionary<TRow, string>(ReferenceEqualityComparer.Instance);
        var rows = new List<TRow>();
        foreach (var claim in claims)
        {
            foreach (var row in rowsOf(claim))
            {
                owners[row] = claim.ClaimId;
                rows.Add(row);
            }
        }

        // Rows are upserted, not inserted: two batches holding the same new claim (a redelivery next to the
        // original) may both write its rows; the claim row's lock orders them and the second overwrites.
        await writer.UpsertAsync(db, rows, (row, property) => property == OwnerKey ? owners[row] : null, cancellationToken);
    }

    /// <summary>The shadow foreign key of the owned rows (IngestionDbContext: WithOwner().HasForeignKey("ClaimId")).</summary>
    private const string OwnerKey = "ClaimId";

    private static ClaimRecord ToRecord(ClaimEnriched enriched, DateTimeOffset storedAt)
    {
        var c = enriched.Claim;
        return new ClaimRecord
        {
            ClaimId = c.ClaimId,
            ArticleId = c.ArticleId,
            ArticleUrl = c.ArticleUrl,
            Outlet = c.Outlet,
            PublishedAt = c.PublishedAt,
            ContentHash = c.ContentHash,
            Ordinal = c.Ordinal,
            Paragraph = c.Paragraph,
            Text = c.Text,
            Start = c.Start,
            Length = c.Length,
            Kind = ContractLabels.Of(c.Kind),
            Hedged = c.Hedged,
            EnrichedAt = enriched.EnrichedAt,
            StoredAt = storedAt,
            Attributions = c.Attributions.Select((a, i) => new AttributionRow
            {
                Level = i,
                SourceText = a.Source.Text,
                SourceStart = a.Source.Start,
                SourceLength = a.Source.Length,
                SourceType = ContractLabels.Of(a.Source.Type),
                SourceName = a.Source.Name,
                Role = a.Role?.Text,
                Via = a.Via?.Text,
                Cue = a.Cue.Text,
                ContentStart = a.Content.Start,
                ContentLength = a.Content.Length,
                Quote = ContractLabels.Of(a.Quote),
                CueClass = ContractLabels.Of(a.CueClass),
            }).ToList(),
            Entities = enriched.Entities.Select((e, i) => new EntityRow
            {
                Position = i, Text = e.Text, Start = e.Start, Length = e.Length, Type = ContractLabels.Of(e.Type), Name = e.Name,
            }).ToList(),
            Places = enriched.Places.Select((p, i) => new PlaceRow
            {
                Position = i, Text = p.Text, Start = p.Start, Length = p.Length, Name = p.Name, Country = p.Country,
                Lat = p.Lat, Lon = p.Lon, GeonameId = p.GeonameId, RelativeTo = p.Relative?.Reference,
                DistanceKm = p.Relative?.DistanceKm, BearingDegrees = p.Relative?.BearingDegrees,
            }).ToList(),
            Times = enriched.Times.Select((t, i) => new TimeRow
            {
                Position = i, Text = t.Text, Start = t.Start, Length = t.Length, Value = t.Value,
            }).ToList(),
            Quantities = enriched.Quantities.Select((q, i) => new QuantityRow
            {
                Position = i, Text = q.Text, Start = q.Start, Length = q.Length, Value = q.Value, Unit = q.Unit, Qualifier = q.Qualifier,
            }).ToList(),
        };
    }
}
