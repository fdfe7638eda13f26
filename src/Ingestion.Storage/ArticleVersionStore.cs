using Microsoft.EntityFrameworkCore;

namespace Ingestion.Storage;

/// <summary>An article text the articles stage is about to publish.</summary>
public sealed record ArticleText(
    string ArticleId,
    string ContentHash,
    int ClaimCount,
    string? Url = null,
    string? FeedUrl = null,
    string? CanonicalUrl = null,
    string? CanonicalArticleId = null);

/// <summary>What the stored history says about an article text.</summary>
public abstract record ArticleTextOutcome
{
    private ArticleTextOutcome() { }

    /// <summary>
    /// The text is version <paramref name="Version"/> of the article. <paramref name="IsNew"/> is false when it
    /// was already registered (a redelivery, or the same text polled again); <paramref name="WasPublished"/> says
    /// whether that version's messages were all accepted by the transport.
    /// </summary>
    public sealed record Current(int Version, bool IsNew, bool WasPublished = false) : ArticleTextOutcome;

    /// <summary>The text was already ingested under another article id: a copy, not to be published again.</summary>
    public sealed record Duplicate(string OriginalArticleId, string Reason) : ArticleTextOutcome;
}

/// <summary>
/// Article versions and copies. A different article id with a text already stored is a copy (recorded as an
/// alias); the same id with a new text is the next version, and the claims the new version dropped are marked
/// superseded (kept, never deleted).
/// </summary>
public sealed class ArticleVersionStore(IDbContextFactory<IngestionDbContext> contexts, TimeProvider time)
{
    public const string ContentReason = "content";
    public const string CanonicalReason = "canonical";

    /// <summary>
    /// Decides whether <paramref name="text"/> is a copy, a new version or the current version of its article,
    /// and records it. <paramref name="claimIds"/> are the text's claim ids: on a new version, stored claims of
    /// the article not among them are marked superseded.
    /// </summary>
    public async Task<ArticleTextOutcome> RegisterAsync(ArticleText text, IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(claimIds);
        // Two replicas may register the same text or the same next version at once: the loser's insert fails
        // on a primary key, and a second look sees the winner's row.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRegisterAsync(text, claimIds, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<ArticleTextOutcome> TryRegisterAsync(ArticleText text, IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var versions = await db.ArticleVersions.Where(v => v.ArticleId == text.ArticleId)
            .OrderByDescending(v => v.Version).Take(1).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault();
        if (latest is not null && latest.ContentHash == text.ContentHash)
        {
            return new ArticleTextOutcome.Current(latest.Version, IsNew: false, WasPublished: latest.PublishedAt is not null);
        }

        if (latest is null && await FindOriginalAsync(db, text, cancellationToken) is { } original)
        {
            db.ArticleAliases.Add(new ArticleAliasRecord
            {
                AliasArticleId = text.ArticleId,
                ArticleId = original.ArticleId,
                Url = text.Url,
                FeedUrl = text.FeedUrl,
                Reason = original.Reason,
                ContentHash = text.ContentHash,
                DetectedAt = now,
            });
            await SaveIgnoringExistingAliasAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ArticleTextOutcome.Duplicate(original.ArticleId, original.Reason);
        }

        var version = (latest?.Version ?? 0) + 1;
        db.ArticleVersions.Add(new ArticleVersionRecord
        {
            ArticleId = text.ArticleId,
            Version = version,
            ContentHash = text.ContentHash,
            CanonicalUrl = text.CanonicalUrl,
            CanonicalArticleId = text.CanonicalArticleId,
            ClaimCount = text.ClaimCount,
            IngestedAt = now,
        });
        if (!string.IsNullOrEmpty(text.ContentHash)
            && !await db.ArticleContents.AnyAsync(c => c.ContentHash == text.ContentHash, cancellationToken))
        {
            db.ArticleContents.Add(new ArticleContentRecord { ContentHash = text.ContentHash, ArticleId = text.ArticleId, FirstSeenAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (latest is not null)
        {
            // Claims of the new version keep their ids (StableIds.ForClaim) and are re-stored as current; the
            // rest belong only to earlier versions.
            var current = claimIds.ToList();
            await db.Claims
                .Where(c => c.ArticleId == text.ArticleId && c.SupersededAt == null && !current.Contains(c.ClaimId))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.SupersededAt, (DateTimeOffset?)now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ArticleTextOutcome.Current(version, IsNew: true);
    }

    /// <summary>Records that a version's messages were accepted by the transport.</summary>
    public async Task MarkPublishedAsync(string articleId, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.ArticleVersions
            .Where(v => v.ArticleId == articleId && v.Version == version && v.PublishedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.PublishedAt, (DateTimeOffset?)now), cancellationToken);
    }

    /// <summary>The content hash of the article's latest version, per article id (absent when none is registered).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LatestHashesAsync(IngestionDbContext db, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // An article has a handful of versions: reading them all is cheaper than a per-group query.
        var versions = await db.ArticleVersions.AsNoTracking()
            .Where(v => articleIds.Contains(v.ArticleId))
            .Select(v => new { v.ArticleId, v.Version, v.ContentHash })
            .ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!.ContentHash, StringComparer.Ordinal);
    }

    /// <summary>The versions of an article, oldest first.</summary>
    public async Task<IReadOnlyList<ArticleVersionRecord>> VersionsAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == articleId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
    }

    private static async Task<(string ArticleId, string Reason)?> FindOriginalAsync(IngestionDbContext db, ArticleText text, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(text.ContentHash))
        {
            var owner = await db.ArticleContents.Where(c => c.ContentHash == text.ContentHash)
                .Select(c => c.ArticleId).FirstOrDefaultAsync(cancellationToken);
            if (owner is not null && owner != text.ArticleId)
            {
                return (owner, ContentReason);
            }
        }

        // Once a copy, always a copy: a syndicated copy edited before its original was re-ingested must not become
        // an article of its own (its claims would be stored twice once the original catches up).
        var alias = await db.ArticleAliases.Where(a => a.AliasArticleId == text.ArticleId)
            .Select(a => new { a.ArticleId, a.Reason }).FirstOrDefaultAsync(cancellationToken);
        if (alias is not null)
        {
            return (alias.ArticleId, alias.Reason);
        }

        // The page says which article it is a copy of (an AMP or syndicated page's rel=canonical) and that article
        // is stored; or an earlier copy named this article as its canonical one.
        if (text.CanonicalArticleId is { } canonical && canonical != text.ArticleId
            && await db.ArticleVersions.AnyAsync(v => v.ArticleId == canonical, cancellationToken))
        {
            return (canonical, CanonicalReason);
        }

        var namedUs = await db.ArticleVersions.Where(v => v.CanonicalArticleId == text.ArticleId && v.ArticleId != text.ArticleId)
            .Select(v => v.ArticleId).FirstOrDefaultAsync(cancellationToken);
        return namedUs is not null ? (namedUs, CanonicalReason) : null;
    }

    private static async Task SaveIgnoringExistingAliasAsync(IngestionDbContext db, CancellationToken cancellationToken)
    {
        var alias = db.ChangeTracker.Entries<ArticleAliasRecord>().Single().Entity;
        if (await db.ArticleAliases.AnyAsync(a => a.AliasArticleId == alias.AliasArticleId, cancellationToken))
        {
            // A redelivered copy: the alias is already recorded.
            db.ChangeTracker.Clear();
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
