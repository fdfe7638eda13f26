using System.Data.Common;
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
            catch (DbException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>
    /// One query reads everything the decision needs, one statement writes it. (This was six queries and two
    /// saves through the change tracker, 12% of the worker's CPU under load: docs/benchmarks.md.)
    /// </summary>
    private async Task<ArticleTextOutcome> TryRegisterAsync(ArticleText text, IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var facts = await ReadFactsAsync(db, text, cancellationToken);
        if (facts.LatestVersion is { } latestVersion && facts.LatestHash == text.ContentHash)
        {
            return new ArticleTextOutcome.Current(latestVersion, IsNew: false, WasPublished: facts.LatestPublished == 1);
        }

        if (facts.LatestVersion is null && OriginalOf(text, facts) is { } original)
        {
            // A redelivered copy finds its alias already recorded: the stored row stays.
            await SetWriter.ForInsert<ArticleAliasRecord>(db, SetWriter.ExistingRow.Keep).UpsertAsync(db,
            [
                new ArticleAliasRecord
                {
                    AliasArticleId = text.ArticleId,
                    ArticleId = original.ArticleId,
                    Url = text.Url,
                    FeedUrl = text.FeedUrl,
                    Reason = original.Reason,
                    ContentHash = text.ContentHash,
                    DetectedAt = now,
                },
            ], shadowValues: null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ArticleTextOutcome.Duplicate(original.ArticleId, original.Reason);
        }

        var version = (facts.LatestVersion ?? 0) + 1;
        // A primary key conflict here is another replica registering the same version first: RegisterAsync looks again.
        await SetWriter.ForInsert<ArticleVersionRecord>(db, SetWriter.ExistingRow.Fail).UpsertAsync(db,
        [
            new ArticleVersionRecord
            {
                ArticleId = text.ArticleId,
                Version = version,
                ContentHash = text.ContentHash,
                CanonicalUrl = text.CanonicalUrl,
                CanonicalArticleId = text.CanonicalArticleId,
                ClaimCount = text.ClaimCount,
                IngestedAt = now,
            },
        ], shadowValues: null, cancellationToken);
        if (!string.IsNullOrEmpty(text.ContentHash) && facts.ContentOwner is null)
        {
            // Fails, and RegisterAsync looks again, when another replica stored the same text under another id
            // at the same moment: that one is the original, this one its copy.
            await SetWriter.ForInsert<ArticleContentRecord>(db, SetWriter.ExistingRow.Fail).UpsertAsync(db,
                [new ArticleContentRecord { ContentHash = text.ContentHash, ArticleId = text.ArticleId, FirstSeenAt = now }],
                shadowValues: null, cancellationToken);
        }

        if (facts.LatestVersion is not null)
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

    /// <summary>What the stored history says about a text, read in one query.</summary>
    private sealed class RegistrationFacts
    {
        /// <summary>The article's latest version, its content hash, and 1 when its messages were published (else 0).</summary>
        public int? LatestVersion { get; set; }
        public string? LatestHash { get; set; }
        public int? LatestPublished { get; set; }

        /// <summary>The article that first stored this content hash.</summary>
        public string? ContentOwner { get; set; }

        /// <summary>The article this id was recorded a copy of, and why.</summary>
        public string? AliasOf { get; set; }
        public string? AliasReason { get; set; }

        /// <summary>1 when the article the page names as canonical is stored.</summary>
        public int CanonicalStored { get; set; }

        /// <summary>An article stored earlier that named this id as its canonical article.</summary>
        public string? NamedUs { get; set; }
    }

    /// <summary>The facts query's text: built from the model once, not for every article (it is the same for every one).</summary>
    private string? _factsSql;

    private async Task<RegistrationFacts> ReadFactsAsync(IngestionDbContext db, ArticleText text, CancellationToken cancellationToken)
    {
        var sql = _factsSql ??= FactsSql(db);
        var canonical = text.CanonicalArticleId is { } named && named != text.ArticleId ? named : "";
        var rows = await db.Database.SqlQueryRaw<RegistrationFacts>(sql, text.ArticleId, text.ContentHash ?? "", canonical)
            .ToListAsync(cancellationToken);
        return rows.Single();
    }

    private static string FactsSql(IngestionDbContext db)
    {
        var versions = SetWriter.For<ArticleVersionRecord>(db);
        var contents = SetWriter.For<ArticleContentRecord>(db);
        var aliases = SetWriter.For<ArticleAliasRecord>(db);
        string V(string property) => SetWriter.Quote(versions.Column(property));
        string C(string property) => SetWriter.Quote(contents.Column(property));
        string A(string property) => SetWriter.Quote(aliases.Column(property));
        var latest = $"FROM {versions.Table} WHERE {V(nameof(ArticleVersionRecord.ArticleId))} = {{0}} ORDER BY {V(nameof(ArticleVersionRecord.Version))} DESC LIMIT 1";
        var alias = $"FROM {aliases.Table} WHERE {A(nameof(ArticleAliasRecord.AliasArticleId))} = {{0}}";
        // Only the model's table and column names are in the text; the three values are bound parameters. An empty
        // value matches nothing: no article id is empty, and an empty content hash is never stored.
        return $$"""
            SELECT
              (SELECT {{V(nameof(ArticleVersionRecord.Version))}} {{latest}}) AS "LatestVersion",
              (SELECT {{V(nameof(ArticleVersionRecord.ContentHash))}} {{latest}}) AS "LatestHash",
              (SELECT CASE WHEN {{V(nameof(ArticleVersionRecord.PublishedAt))}} IS NULL THEN 0 ELSE 1 END {{latest}}) AS "LatestPublished",
              (SELECT {{C(nameof(ArticleContentRecord.ArticleId))}} FROM {{contents.Table}} WHERE {{C(nameof(ArticleContentRecord.ContentHash))}} = {1} LIMIT 1) AS "ContentOwner",
              (SELECT {{A(nameof(ArticleAliasRecord.ArticleId))}} {{alias}} LIMIT 1) AS "AliasOf",
              (SELECT {{A(nameof(ArticleAliasRecord.Reason))}} {{alias}} LIMIT 1) AS "AliasReason",
              CASE WHEN EXISTS (SELECT 1 FROM {{versions.Table}} WHERE {{V(nameof(ArticleVersionRecord.ArticleId))}} = {2}) THEN 1 ELSE 0 END AS "CanonicalStored",
              (SELECT {{V(nameof(ArticleVersionRecord.ArticleId))}} FROM {{versions.Table}} WHERE {{V(nameof(ArticleVersionRecord.CanonicalArticleId))}} = {0} AND {{V(nameof(ArticleVersionRecord.ArticleId))}} <> {0} LIMIT 1) AS "NamedUs"
            """;
    }

    /// <summary>The article a new id's text is a copy of, in the order the reasons are trusted.</summary>
    private static (string ArticleId, string Reason)? OriginalOf(ArticleText text, RegistrationFacts facts)
    {
        if (!string.IsNullOrEmpty(text.ContentHash) && facts.ContentOwner is { } owner && owner != text.ArticleId)
        {
            return (owner, ContentReason);
        }

        // Once a copy, always a copy: a syndicated copy edited before its original was re-ingested must not become
        // an article of its own (its claims would be stored twice once the original catches up).
        if (facts.AliasOf is { } aliasOf)
        {
            return (aliasOf, facts.AliasReason ?? ContentReason);
        }

        // The page says which article it is a copy of (an AMP or syndicated page's rel=canonical) and that article
        // is stored; or an earlier copy named this article as its canonical one.
        if (facts.CanonicalStored == 1)
        {
            return (text.CanonicalArticleId!, CanonicalReason);
        }

        return facts.NamedUs is { } namedUs ? (namedUs, CanonicalReason) : null;
    }
}
