using Ingestion.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Storage.Tests;

public sealed class ClaimStoreTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly ClaimStore _store;

    public ClaimStoreTests() => _store = new ClaimStore(_database, _time);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Storing_new_claims_creates_them_with_all_their_rows()
    {
        var result = await _store.UpsertClaimsAsync([Claims.Enriched("c1"), Claims.Enriched("c2", ordinal: 1)], CancellationToken.None);

        result.Select(r => (r.ClaimId, r.Created)).ShouldBe([("c1", true), ("c2", true)], ignoreOrder: true);
        await using var db = _database.CreateDbContext();
        var stored = await db.Claims.SingleAsync(c => c.ClaimId == "c1");
        stored.Kind.ShouldBe("claim");
        stored.Attributions.Single().SourceName.ShouldBe("Margaret Osei");
        stored.Attributions.Single().SourceType.ShouldBe("person");
        stored.Entities.Single().Type.ShouldBe("GPE");
        stored.Places.Single().GeonameId.ShouldBe(2210554);
        stored.Times.Single().Value.ShouldBe("2017-09");
        stored.Quantities.Single().Value.ShouldBe(17);
        stored.StoredAt.ShouldBe(_time.GetUtcNow());
    }

    [Fact]
    public async Task Storing_the_same_claims_again_leaves_one_copy_and_reports_them_as_existing()
    {
        await _store.UpsertClaimsAsync([Claims.Enriched("c1"), Claims.Enriched("c2")], CancellationToken.None);

        var again = await _store.UpsertClaimsAsync([Claims.Enriched("c1"), Claims.Enriched("c2")], CancellationToken.None);

        again.ShouldAllBe(r => !r.Created);
        await using var db = _database.CreateDbContext();
        (await db.Claims.CountAsync()).ShouldBe(2);
        (await db.Claims.SelectMany(c => c.Attributions).CountAsync()).ShouldBe(2);
        (await db.Claims.SelectMany(c => c.Places).CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task A_batch_holding_the_same_claim_twice_stores_it_once()
    {
        var result = await _store.UpsertClaimsAsync([Claims.Enriched("c1"), Claims.Enriched("c1")], CancellationToken.None);

        result.Count.ShouldBe(1);
        await using var db = _database.CreateDbContext();
        (await db.Claims.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_claim_replaces_the_stored_version_and_its_rows()
    {
        await _store.UpsertClaimsAsync([Claims.Enriched("c1")], CancellationToken.None);
        var changed = Claims.Enriched("c1", text: "A corrected sentence.") with { Places = [], Entities = [] };

        await _store.UpsertClaimsAsync([changed], CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var stored = await db.Claims.SingleAsync();
        stored.Text.ShouldBe("A corrected sentence.");
        stored.Places.ShouldBeEmpty();
        (await db.Set<ClaimRecord>().SelectMany(c => c.Entities).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_batch_larger_than_one_statement_stores_every_claim_and_row_once()
    {
        // 2,500 claims of 16 columns take many statements (on SQLite the writer splits at 1,000 values, elsewhere at 16,000).
        var batch = Enumerable.Range(0, 2_500).Select(i => Claims.Enriched($"bulk-{i}", ordinal: i)).ToList();

        var result = await _store.UpsertClaimsAsync(batch, CancellationToken.None);
        var again = await _store.UpsertClaimsAsync(batch, CancellationToken.None);

        result.Count(r => r.Created).ShouldBe(2_500);
        again.Count(r => r.Created).ShouldBe(0);
        await using var db = _database.CreateDbContext();
        (await db.Claims.CountAsync()).ShouldBe(2_500);
        (await db.Claims.SelectMany(c => c.Attributions).CountAsync()).ShouldBe(2_500);
        (await db.Claims.SelectMany(c => c.Places).CountAsync()).ShouldBe(2_500);
        (await db.Claims.SingleAsync(c => c.ClaimId == "bulk-2499")).Ordinal.ShouldBe(2_499);
    }

    [Fact]
    public async Task Storing_an_article_twice_keeps_one_row_with_the_latest_version()
    {
        var article = new Contracts.ArticleIngested
        {
            ArticleId = "a1", ContentHash = "h1", Text = "text", ClaimCount = 3, IngestedAt = _time.GetUtcNow(), Title = "First",
        };
        await _store.UpsertArticleAsync(article, CancellationToken.None);
        await _store.UpsertArticleAsync(article with { ContentHash = "h2", Title = "Edited" }, CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var stored = await db.Articles.SingleAsync();
        stored.ContentHash.ShouldBe("h2");
        stored.Title.ShouldBe("Edited");
    }
}
