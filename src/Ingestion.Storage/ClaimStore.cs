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

        var existingHashes = await db.Claims.Where(c => ids.Contains(c.ClaimId))
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

        // Replacing a claim deletes it and its owned rows (cascade) and inserts the new version: simpler and
        // cheaper than diffing five child collections, and the same on SQLite and PostgreSQL.
        var replaced = records.Select(r => r.ClaimId).Where(existingHashes.ContainsKey).ToList();
        if (replaced.Count > 0)
        {
            await db.Claims.Where(c => replaced.Contains(c.ClaimId)).ExecuteDeleteAsync(cancellationToken);
        }

        db.Claims.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return latest.Values.Select(c => new StoredClaim(c.Claim.ClaimId, c.Claim.ArticleId, !existingHashes.ContainsKey(c.Claim.ClaimId))).ToList();
    }

    /// <summary>Stores an article's latest version; a newer version replaces the row, an older one arriving late is ignored.</summary>
    public async Task UpsertArticleAsync(ArticleIngested article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Articles.FindAsync([article.ArticleId], cancellationToken);
        if (record is null)
        {
            record = new ArticleRecord { ArticleId = article.ArticleId, ContentHash = article.ContentHash, IngestedAt = article.IngestedAt };
            db.Articles.Add(record);
        }
        else if (article.Version < record.Version)
        {
            // An older version delivered late: the stored row already holds a newer text.
            return;
        }

        record.Url = article.Url;
        record.FeedUrl = article.FeedUrl;
        record.Title = article.Title;
        record.Outlet = article.Outlet;
        record.Byline = article.Byline;
        record.PublishedAt = article.PublishedAt;
        record.Language = article.Language;
        record.Section = article.Section;
        record.ContentHash = article.ContentHash;
        record.ClaimCount = article.ClaimCount;
        record.Text = article.Text;
        record.Version = article.Version;
        record.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

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
