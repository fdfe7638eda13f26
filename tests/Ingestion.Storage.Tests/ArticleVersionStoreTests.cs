using Ingestion.Contracts;
using Ingestion.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Storage.Tests;

public sealed class ArticleVersionStoreTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly ArticleVersionStore _versions;
    private readonly ClaimStore _claims;

    public ArticleVersionStoreTests()
    {
        _versions = new ArticleVersionStore(_database, _time);
        _claims = new ClaimStore(_database, _time);
    }

    public void Dispose() => _database.Dispose();

    private static ClaimEnriched Claim(string claimId, string contentHash, string articleId = "article-1", string text = "The council approved the barrier.")
    {
        var enriched = Claims.Enriched(claimId, articleId, text);
        return enriched with { Claim = enriched.Claim with { ContentHash = contentHash } };
    }

    [Fact]
    public async Task A_first_text_is_version_one_and_the_same_text_again_stays_version_one()
    {
        var first = await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 2), ["c1", "c2"], CancellationToken.None);
        var again = await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 2), ["c1", "c2"], CancellationToken.None);

        first.ShouldBe(new ArticleTextOutcome.Current(1, IsNew: true));
        again.ShouldBe(new ArticleTextOutcome.Current(1, IsNew: false, WasPublished: false));
        (await _versions.VersionsAsync("article-1", CancellationToken.None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_version_is_reported_published_only_after_it_was_marked()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 0), [], CancellationToken.None);
        await _versions.MarkPublishedAsync("article-1", 1, CancellationToken.None);

        var again = await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 0), [], CancellationToken.None);

        again.ShouldBe(new ArticleTextOutcome.Current(1, IsNew: false, WasPublished: true));
    }

    [Fact]
    public async Task The_same_text_under_another_article_id_is_a_copy_recorded_once_as_an_alias()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 2), ["c1", "c2"], CancellationToken.None);

        var copy = await _versions.RegisterAsync(new ArticleText("article-2", "hash-1", 2, Url: "https://mirror.example/story"), ["d1", "d2"], CancellationToken.None);
        var redelivered = await _versions.RegisterAsync(new ArticleText("article-2", "hash-1", 2, Url: "https://mirror.example/story"), ["d1", "d2"], CancellationToken.None);

        copy.ShouldBe(new ArticleTextOutcome.Duplicate("article-1", ArticleVersionStore.ContentReason));
        redelivered.ShouldBe(copy);
        await using var db = _database.CreateDbContext();
        var alias = await db.ArticleAliases.SingleAsync();
        (alias.AliasArticleId, alias.ArticleId, alias.Url).ShouldBe(("article-2", "article-1", "https://mirror.example/story"));
        (await db.ArticleVersions.AnyAsync(v => v.ArticleId == "article-2")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_copy_whose_text_changes_before_its_original_does_stays_a_copy()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 1), ["c1"], CancellationToken.None);
        await _versions.RegisterAsync(new ArticleText("article-2", "hash-1", 1), ["d1"], CancellationToken.None);

        var editedCopy = await _versions.RegisterAsync(new ArticleText("article-2", "hash-2", 1), ["d2"], CancellationToken.None);
        var editedOriginal = await _versions.RegisterAsync(new ArticleText("article-1", "hash-2", 1), ["c2"], CancellationToken.None);

        editedCopy.ShouldBe(new ArticleTextOutcome.Duplicate("article-1", ArticleVersionStore.ContentReason));
        editedOriginal.ShouldBe(new ArticleTextOutcome.Current(2, IsNew: true));
    }

    [Fact]
    public async Task Two_copies_registered_at_once_leave_exactly_one_original()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => _versions.RegisterAsync(new ArticleText($"article-{i}", "same-text", 1), [$"c{i}"], CancellationToken.None))));

        outcomes.OfType<ArticleTextOutcome.Current>().Count().ShouldBe(1);
        var duplicates = outcomes.OfType<ArticleTextOutcome.Duplicate>().ToList();
        duplicates.Count.ShouldBe(3);
        await using var db = _database.CreateDbContext();
        var original = (await db.ArticleVersions.SingleAsync()).ArticleId;
        duplicates.ShouldAllBe(d => d.OriginalArticleId == original);
    }

    [Fact]
    public async Task A_page_naming_a_stored_article_as_canonical_is_a_copy_of_it_in_either_order()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 1), ["c1"], CancellationToken.None);
        var amp = await _versions.RegisterAsync(new ArticleText("article-amp", "hash-amp", 1, CanonicalUrl: "https://news.example/story", CanonicalArticleId: "article-1"), ["a1"], CancellationToken.None);

        await _versions.RegisterAsync(new ArticleText("other-amp", "hash-x", 1, CanonicalUrl: "https://news.example/other", CanonicalArticleId: "other"), ["x1"], CancellationToken.None);
        var canonicalLater = await _versions.RegisterAsync(new ArticleText("other", "hash-y", 1), ["y1"], CancellationToken.None);

        amp.ShouldBe(new ArticleTextOutcome.Duplicate("article-1", ArticleVersionStore.CanonicalReason));
        canonicalLater.ShouldBe(new ArticleTextOutcome.Duplicate("other-amp", ArticleVersionStore.CanonicalReason));
    }

    [Fact]
    public async Task A_new_text_is_the_next_version_and_supersedes_the_claims_it_dropped()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 2), ["kept", "dropped"], CancellationToken.None);
        await _claims.UpsertClaimsAsync([Claim("kept", "hash-1"), Claim("dropped", "hash-1", text: "The mayor resigned.")], CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        var edited = await _versions.RegisterAsync(new ArticleText("article-1", "hash-2", 2), ["kept", "added"], CancellationToken.None);

        edited.ShouldBe(new ArticleTextOutcome.Current(2, IsNew: true));
        (await _versions.VersionsAsync("article-1", CancellationToken.None)).Select(v => (v.Version, v.ContentHash)).ShouldBe([(1, "hash-1"), (2, "hash-2")]);
        await using var db = _database.CreateDbContext();
        (await db.Claims.SingleAsync(c => c.ClaimId == "dropped")).SupersededAt.ShouldBe(_time.GetUtcNow());
        (await db.Claims.SingleAsync(c => c.ClaimId == "kept")).SupersededAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_claim_of_an_older_version_arriving_late_neither_overwrites_the_current_one_nor_comes_back_as_current()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 2), ["kept", "dropped"], CancellationToken.None);
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-2", 1), ["kept"], CancellationToken.None);
        await _claims.UpsertClaimsAsync([Claim("kept", "hash-2")], CancellationToken.None);

        await _claims.UpsertClaimsAsync([Claim("kept", "hash-1"), Claim("dropped", "hash-1", text: "The mayor resigned.")], CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var kept = await db.Claims.SingleAsync(c => c.ClaimId == "kept");
        (kept.ContentHash, kept.SupersededAt).ShouldBe(("hash-2", (DateTimeOffset?)null));
        (await db.Claims.SingleAsync(c => c.ClaimId == "dropped")).SupersededAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_claim_that_an_edit_brings_back_is_current_again()
    {
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-1", 1), ["c1"], CancellationToken.None);
        await _claims.UpsertClaimsAsync([Claim("c1", "hash-1")], CancellationToken.None);
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-2", 0), [], CancellationToken.None);
        await _versions.RegisterAsync(new ArticleText("article-1", "hash-3", 1), ["c1"], CancellationToken.None);

        await _claims.UpsertClaimsAsync([Claim("c1", "hash-3")], CancellationToken.None);

        await using var db = _database.CreateDbContext();
        (await db.Claims.SingleAsync()).SupersededAt.ShouldBeNull();
    }

    [Fact]
    public async Task An_older_article_version_delivered_late_does_not_replace_the_stored_newer_one()
    {
        var v1 = new ArticleIngested { ArticleId = "article-1", ContentHash = "hash-1", Text = "old", ClaimCount = 1, IngestedAt = _time.GetUtcNow(), Version = 1 };
        var v2 = v1 with { ContentHash = "hash-2", Text = "new", ClaimCount = 2, Version = 2 };

        await _claims.UpsertArticleAsync(v2, CancellationToken.None);
        await _claims.UpsertArticleAsync(v1, CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var stored = await db.Articles.SingleAsync();
        (stored.Version, stored.ContentHash, stored.ClaimCount).ShouldBe((2, "hash-2", 2));
    }

    [Fact]
    public async Task A_batch_holding_an_article_twice_or_in_two_versions_stores_its_newest_version_in_one_write()
    {
        var v1 = new ArticleIngested { ArticleId = "article-1", ContentHash = "hash-1", Text = "old", ClaimCount = 1, IngestedAt = _time.GetUtcNow(), Version = 1 };
        var v2 = v1 with { ContentHash = "hash-2", Text = "new", ClaimCount = 2, Version = 2 };
        var other = v1 with { ArticleId = "article-2", ContentHash = "hash-9", Text = "other" };

        // Newest first and last, and an exact redelivery: one statement may not touch a row twice.
        await _claims.UpsertArticlesAsync([v2, v1, other, other, v1], CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var stored = await db.Articles.OrderBy(a => a.ArticleId).ToListAsync();
        stored.Select(a => (a.ArticleId, a.Version, a.ContentHash)).ShouldBe([("article-1", 2, "hash-2"), ("article-2", 1, "hash-9")]);
    }

    [Fact]
    public async Task A_batch_with_an_older_version_leaves_the_stored_newer_one_and_writes_the_rest()
    {
        var v1 = new ArticleIngested { ArticleId = "article-1", ContentHash = "hash-1", Text = "old", ClaimCount = 1, IngestedAt = _time.GetUtcNow(), Version = 1 };
        await _claims.UpsertArticleAsync(v1 with { ContentHash = "hash-3", Version = 3 }, CancellationToken.None);

        await _claims.UpsertArticlesAsync([v1 with { ContentHash = "hash-2", Version = 2 }, v1 with { ArticleId = "article-2" }], CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var stored = await db.Articles.OrderBy(a => a.ArticleId).ToListAsync();
        stored.Select(a => (a.ArticleId, a.Version)).ShouldBe([("article-1", 3), ("article-2", 1)]);
    }
}
