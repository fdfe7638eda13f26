using Ingestion.IntegrationTests.Servers;
using Ingestion.Storage;

namespace Ingestion.IntegrationTests;

/// <summary>
/// The feed poller's batch methods (one state read per pass, leases taken many at a time, results saved by one
/// writer) on the real PostgreSQL server: their SQL differs from SQLite's in locking and upsert behaviour, and
/// two replicas share one database in production.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FeedStatePostgresTests(PostgresServer server)
{
    private static readonly string[] Feeds = ["https://tidewater.example/a.rss", "https://tidewater.example/b.rss", "https://lighthouse.example/c.rss"];

    [Fact]
    public async Task Leasing_many_feeds_creates_their_rows_and_skips_those_another_poller_holds()
    {
        var store = await NewStoreAsync();
        (await store.TryLeaseAsync(Feeds[1], "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue();

        var leased = await store.TryLeaseManyAsync(Feeds, "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None);

        leased.ShouldBe([Feeds[0], Feeds[2]], ignoreOrder: true);
        (await store.ListAsync(CancellationToken.None)).Count.ShouldBe(3);
        (await store.TryLeaseAsync(Feeds[2], "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Two_replicas_leasing_the_same_feeds_at_once_never_both_get_one()
    {
        var store = await NewStoreAsync();
        var feeds = Enumerable.Range(0, 200).Select(i => $"https://harbour{i % 7}.example/feed-{i}.rss").ToList();

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(r =>
            Task.Run(() => store.TryLeaseManyAsync(feeds, $"replica-{r}", TimeSpan.FromMinutes(5), CancellationToken.None))));

        var all = results.SelectMany(r => r).ToList();
        all.Count.ShouldBe(all.Distinct().Count());
        all.ShouldBe(feeds, ignoreOrder: true);
        (await store.ListAsync(CancellationToken.None)).Count.ShouldBe(200);
    }

    [Fact]
    public async Task Saving_polled_feeds_in_a_batch_keeps_their_state_and_gives_back_only_this_pollers_leases()
    {
        var store = await NewStoreAsync();
        string[] feeds = [Feeds[0], Feeds[2]];
        await store.AddApiFeedAsync(Feeds[0], CancellationToken.None);
        await store.TryLeaseManyAsync(feeds, "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None);
        var records = await store.GetManyAsync(feeds, CancellationToken.None);
        // Removed through the API while the poll ran: the poll's save must not bring the feed back.
        await store.RemoveApiFeedAsync(Feeds[0], CancellationToken.None);
        records[Feeds[0]].ETag = "\"t-7\"";
        records[Feeds[2]].ErrorCount = 3;

        await store.SavePolledAsync(records.Values.ToList(), "replica-1", CancellationToken.None);

        var saved = await store.GetManyAsync(feeds, CancellationToken.None);
        saved[Feeds[0]].ETag.ShouldBe("\"t-7\"");
        saved[Feeds[0]].RemovedAt.ShouldNotBeNull();
        saved[Feeds[2]].ErrorCount.ShouldBe(3);
        saved.Values.ShouldAllBe(f => f.LeaseOwner == null);
        (await store.TryLeaseManyAsync(feeds, "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_save_by_a_poller_that_lost_its_lease_does_not_release_the_new_holders_lease()
    {
        var store = await NewStoreAsync();
        await store.TryLeaseManyAsync([Feeds[0]], "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None);
        var records = await store.GetManyAsync([Feeds[0]], CancellationToken.None);
        await store.ReleaseLeaseAsync(Feeds[0], "replica-1", CancellationToken.None);
        (await store.TryLeaseAsync(Feeds[0], "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue();

        await store.SavePolledAsync(records.Values.ToList(), "replica-1", CancellationToken.None);

        (await store.GetAsync(Feeds[0], CancellationToken.None)).LeaseOwner.ShouldBe("replica-2");
    }

    [Fact]
    public async Task Entries_marked_seen_in_batches_are_known_across_feeds_in_one_call()
    {
        var store = await NewStoreAsync();
        await store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1"), new SeenEntry("e2", "article-2"), new SeenEntry("e2", "article-2")], CancellationToken.None);
        await store.MarkSeenAsync("feed-b", [new SeenEntry("x", "article-2")], CancellationToken.None);

        (await store.KnownArticlesAsync(["article-2", "article-3", "article-1"], CancellationToken.None)).ShouldBe(["article-1", "article-2"], ignoreOrder: true);
        (await store.UnseenAsync("feed-a", ["e1", "e3"], CancellationToken.None)).ShouldBe(["e3"]);
        (await store.UnseenAsync("feed-b", ["e1"], CancellationToken.None)).ShouldBe(["e1"]);
    }

    [Fact]
    public async Task Four_replicas_claiming_the_same_new_articles_at_once_never_both_get_one()
    {
        var store = await NewStoreAsync();
        var articles = Enumerable.Range(0, 300).Select(i => $"story-{i}").ToList();

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(r =>
            Task.Run(() => store.TryClaimAnnouncementsAsync(articles, $"replica-{r}", TimeSpan.FromMinutes(5), CancellationToken.None))));

        var all = results.SelectMany(r => r).ToList();
        all.Count.ShouldBe(all.Distinct().Count());
        all.ShouldBe(articles, ignoreOrder: true);
        var winner = results.Select((claimed, i) => (claimed, owner: $"replica-{i + 1}")).First(r => r.claimed.Count > 0);
        await store.ReleaseAnnouncementsAsync(winner.claimed.ToList(), winner.owner, CancellationToken.None);
        (await store.TryClaimAnnouncementsAsync(articles, "replica-5", TimeSpan.FromMinutes(5), CancellationToken.None)).Count.ShouldBe(winner.claimed.Count);
    }

    private async Task<FeedStateStore> NewStoreAsync()
    {
        return new FeedStateStore(await PostgresContexts.CreateMigratedAsync(server), TimeProvider.System);
    }
}
