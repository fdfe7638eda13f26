using Ingestion.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Storage.Tests;

public sealed class FeedStateStoreTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedStateStore _store;

    public FeedStateStoreTests() => _store = new FeedStateStore(_database, _time);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Entries_marked_seen_are_no_longer_unseen_for_that_feed_only()
    {
        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1")], CancellationToken.None);

        (await _store.UnseenAsync("feed-a", ["e1", "e2"], CancellationToken.None)).ShouldBe(["e2"]);
        (await _store.UnseenAsync("feed-b", ["e1"], CancellationToken.None)).ShouldBe(["e1"]);
    }

    [Fact]
    public async Task Marking_an_entry_seen_twice_is_harmless()
    {
        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1")], CancellationToken.None);
        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1"), new SeenEntry("e1", "article-1")], CancellationToken.None);

        (await _store.UnseenAsync("feed-a", ["e1"], CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_article_seen_in_one_feed_is_known_to_all()
    {
        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1")], CancellationToken.None);

        (await _store.IsArticleKnownAsync("article-1", CancellationToken.None)).ShouldBeTrue();
        (await _store.IsArticleKnownAsync("article-2", CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Feed_state_round_trips_and_updates()
    {
        var feed = await _store.GetAsync("feed-a", CancellationToken.None);
        feed.ETag = "\"v1\"";
        feed.NextPollAt = _time.GetUtcNow().AddMinutes(15);
        await _store.SaveAsync(feed, CancellationToken.None);

        var reloaded = await _store.GetAsync("feed-a", CancellationToken.None);
        reloaded.ETag.ShouldBe("\"v1\"");
        reloaded.NextPollAt.ShouldBe(_time.GetUtcNow().AddMinutes(15));
        reloaded.ErrorCount = 2;
        await _store.SaveAsync(reloaded, CancellationToken.None);
        (await _store.ListAsync(CancellationToken.None)).Single().ErrorCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_feed_leased_by_one_poller_is_refused_to_another_until_released_or_expired()
    {
        (await _store.TryLeaseAsync("feed-a", "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue();
        (await _store.TryLeaseAsync("feed-a", "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeFalse();
        (await _store.TryLeaseAsync("feed-a", "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue("the holder may renew");

        await _store.ReleaseLeaseAsync("feed-a", "replica-1", CancellationToken.None);
        (await _store.TryLeaseAsync("feed-a", "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue();

        _time.Advance(TimeSpan.FromMinutes(6));
        (await _store.TryLeaseAsync("feed-a", "replica-3", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue("an expired lease is free");
    }

    [Fact]
    public async Task Saving_poll_results_does_not_overwrite_the_lease()
    {
        (await _store.TryLeaseAsync("feed-a", "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue();
        var feed = await _store.GetAsync("feed-a", CancellationToken.None);
        feed.LeaseOwner = null;
        feed.ErrorCount = 1;
        await _store.SaveAsync(feed, CancellationToken.None);

        (await _store.TryLeaseAsync("feed-a", "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeFalse();
        (await _store.GetAsync("feed-a", CancellationToken.None)).ErrorCount.ShouldBe(1);
    }

    [Fact]
    public async Task Leasing_many_feeds_creates_their_rows_and_skips_those_another_poller_holds()
    {
        (await _store.TryLeaseAsync("https://tidewater.example/b.rss", "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeTrue();

        var leased = await _store.TryLeaseManyAsync(
            ["https://tidewater.example/a.rss", "https://tidewater.example/b.rss", "https://lighthouse.example/c.rss"], "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None);

        leased.ShouldBe(["https://tidewater.example/a.rss", "https://lighthouse.example/c.rss"], ignoreOrder: true);
        (await _store.ListAsync(CancellationToken.None)).Count.ShouldBe(3);
        (await _store.TryLeaseAsync("https://lighthouse.example/c.rss", "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Saving_polled_feeds_in_a_batch_keeps_their_state_and_gives_back_only_this_pollers_leases()
    {
        string[] feeds = ["https://tidewater.example/a.rss", "https://lighthouse.example/c.rss"];
        await _store.AddApiFeedAsync("https://tidewater.example/a.rss", CancellationToken.None);
        await _store.TryLeaseManyAsync(feeds, "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None);
        var records = await _store.GetManyAsync(feeds, CancellationToken.None);
        // Removed through the API while the poll ran: the poll's save must not bring the feed back.
        await _store.RemoveApiFeedAsync("https://tidewater.example/a.rss", CancellationToken.None);
        records["https://tidewater.example/a.rss"].ETag = "\"t-7\"";
        records["https://lighthouse.example/c.rss"].ErrorCount = 3;

        await _store.SavePolledAsync(records.Values.ToList(), "replica-1", CancellationToken.None);

        var saved = await _store.GetManyAsync(feeds, CancellationToken.None);
        saved["https://tidewater.example/a.rss"].ETag.ShouldBe("\"t-7\"");
        saved["https://tidewater.example/a.rss"].RemovedAt.ShouldNotBeNull();
        saved["https://lighthouse.example/c.rss"].ErrorCount.ShouldBe(3);
        saved.Values.ShouldAllBe(f => f.LeaseOwner == null);
        (await _store.TryLeaseManyAsync(feeds, "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_articles_known_among_many_are_found_in_one_call()
    {
        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1"), new SeenEntry("e2", "article-2")], CancellationToken.None);
        await _store.MarkSeenAsync("feed-b", [new SeenEntry("x", "article-2")], CancellationToken.None);

        (await _store.KnownArticlesAsync(["article-2", "article-3", "article-1"], CancellationToken.None)).ShouldBe(["article-1", "article-2"], ignoreOrder: true);
        (await _store.KnownArticlesAsync([], CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_announcement_claim_goes_to_the_first_poller_until_given_back_or_lapsed()
    {
        var first = await _store.TryClaimAnnouncementsAsync(["ferry", "bridge"], "replica-1", TimeSpan.FromMinutes(5), CancellationToken.None);
        var whileHeld = await _store.TryClaimAnnouncementsAsync(["ferry", "gale"], "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None);
        await _store.ReleaseAnnouncementsAsync(["ferry"], "replica-1", CancellationToken.None);
        await _store.ReleaseAnnouncementsAsync(["bridge"], "replica-2", CancellationToken.None); // not its claim: kept
        var afterRelease = await _store.TryClaimAnnouncementsAsync(["ferry", "bridge"], "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(6));
        var afterLapse = await _store.TryClaimAnnouncementsAsync(["bridge"], "replica-3", TimeSpan.FromMinutes(5), CancellationToken.None);

        first.ShouldBe(["ferry", "bridge"], ignoreOrder: true);
        whileHeld.ShouldBe(["gale"]);
        afterRelease.ShouldBe(["ferry"]);
        afterLapse.ShouldBe(["bridge"]);
    }
}
