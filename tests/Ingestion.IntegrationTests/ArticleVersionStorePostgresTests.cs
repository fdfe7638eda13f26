using Ingestion.Contracts;
using Ingestion.IntegrationTests.Servers;
using Ingestion.Storage;
using Ingestion.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.IntegrationTests;

/// <summary>
/// The articles stage's version and copy bookkeeping (one query to read, one statement per row to write) on the
/// real PostgreSQL server, where replicas register at the same moment and a conflict aborts the transaction.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ArticleVersionStorePostgresTests(PostgresServer server)
{
    [Fact]
    public async Task A_text_registered_again_keeps_its_version_and_reports_whether_it_was_published()
    {
        var (versions, _, _) = await NewStoresAsync();

        var first = await versions.RegisterAsync(new ArticleText("quay-1", "hash-q1", 2), ["c1", "c2"], CancellationToken.None);
        var unpublished = await versions.RegisterAsync(new ArticleText("quay-1", "hash-q1", 2), ["c1", "c2"], CancellationToken.None);
        await versions.MarkPublishedAsync("quay-1", 1, CancellationToken.None);
        var published = await versions.RegisterAsync(new ArticleText("quay-1", "hash-q1", 2), ["c1", "c2"], CancellationToken.None);

        first.ShouldBe(new ArticleTextOutcome.Current(1, IsNew: true));
        unpublished.ShouldBe(new ArticleTextOutcome.Current(1, IsNew: false, WasPublished: false));
        published.ShouldBe(new ArticleTextOutcome.Current(1, IsNew: false, WasPublished: true));
    }

    [Fact]
    public async Task Four_replicas_registering_one_text_under_four_ids_at_once_leave_one_original_and_three_copies()
    {
        var (versions, _, contexts) = await NewStoresAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => versions.RegisterAsync(new ArticleText($"ferry-{i}", "syndicated-text", 1, Url: $"https://mirror{i}.example/ferry"), [$"f{i}"], CancellationToken.None))));

        outcomes.OfType<ArticleTextOutcome.Current>().Count().ShouldBe(1);
        await using var db = contexts.CreateDbContext();
        var original = (await db.ArticleVersions.SingleAsync()).ArticleId;
        outcomes.OfType<ArticleTextOutcome.Duplicate>().ShouldAllBe(d => d.OriginalArticleId == original && d.Reason == ArticleVersionStore.ContentReason);
        (await db.ArticleAliases.CountAsync()).ShouldBe(3);
        (await db.ArticleContents.SingleAsync()).ArticleId.ShouldBe(original);
    }

    [Fact]
    public async Task Four_replicas_registering_the_same_edit_at_once_make_one_new_version()
    {
        var (versions, _, contexts) = await NewStoresAsync();
        await versions.RegisterAsync(new ArticleText("pier-1", "hash-p1", 1), ["p1"], CancellationToken.None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => versions.RegisterAsync(new ArticleText("pier-1", "hash-p2", 1), ["p2"], CancellationToken.None))));

        outcomes.ShouldAllBe(o => o == new ArticleTextOutcome.Current(2, true, false) || o == new ArticleTextOutcome.Current(2, false, false));
        outcomes.Count(o => ((ArticleTextOutcome.Current)o).IsNew).ShouldBe(1);
        await using var db = contexts.CreateDbContext();
        (await db.ArticleVersions.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Copies_by_alias_and_by_canonical_link_are_found_and_an_edit_supersedes_the_claims_it_dropped()
    {
        var (versions, claims, contexts) = await NewStoresAsync();
        await versions.RegisterAsync(new ArticleText("dock-1", "hash-d1", 2), ["kept", "dropped"], CancellationToken.None);
        await claims.UpsertClaimsAsync([Enriched("kept", "dock-1", "hash-d1"), Enriched("dropped", "dock-1", "hash-d1", ordinal: 1)], CancellationToken.None);

        var copy = await versions.RegisterAsync(new ArticleText("dock-mirror", "hash-d1", 2), ["m1"], CancellationToken.None);
        var editedCopy = await versions.RegisterAsync(new ArticleText("dock-mirror", "hash-d9", 2), ["m9"], CancellationToken.None);
        var amp = await versions.RegisterAsync(new ArticleText("dock-amp", "hash-amp", 1, CanonicalUrl: "https://port.example/dock", CanonicalArticleId: "dock-1"), ["a1"], CancellationToken.None);
        var edit = await versions.RegisterAsync(new ArticleText("dock-1", "hash-d2", 2), ["kept", "added"], CancellationToken.None);

        copy.ShouldBe(new ArticleTextOutcome.Duplicate("dock-1", ArticleVersionStore.ContentReason));
        editedCopy.ShouldBe(copy);
        amp.ShouldBe(new ArticleTextOutcome.Duplicate("dock-1", ArticleVersionStore.CanonicalReason));
        edit.ShouldBe(new ArticleTextOutcome.Current(2, IsNew: true));
        await using var db = contexts.CreateDbContext();
        (await db.Claims.SingleAsync(c => c.ClaimId == "dropped")).SupersededAt.ShouldNotBeNull();
        (await db.Claims.SingleAsync(c => c.ClaimId == "kept")).SupersededAt.ShouldBeNull();
    }

    private static ClaimEnriched Enriched(string claimId, string articleId, string contentHash, int ordinal = 0)
    {
        var enriched = Claims.Enriched(claimId, articleId, ordinal: ordinal);
        return enriched with { Claim = enriched.Claim with { ContentHash = contentHash } };
    }

    private async Task<(ArticleVersionStore Versions, ClaimStore Claims, PostgresContexts Contexts)> NewStoresAsync()
    {
        var contexts = await PostgresContexts.CreateMigratedAsync(server);
        return (new ArticleVersionStore(contexts, TimeProvider.System), new ClaimStore(contexts, TimeProvider.System), contexts);
    }
}
