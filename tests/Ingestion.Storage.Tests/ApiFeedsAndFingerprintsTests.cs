using Ingestion.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Storage.Tests;

public sealed class ApiFeedsAndFingerprintsTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedStateStore _store;

    public ApiFeedsAndFingerprintsTests() => _store = new FeedStateStore(_database, _time);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Adding_a_feed_twice_keeps_one_feed()
    {
        var (first, firstOutcome) = await _store.AddApiFeedAsync("https://news.example/feed.xml", CancellationToken.None);
        var (_, secondOutcome) = await _store.AddApiFeedAsync("https://news.example/feed.xml", CancellationToken.None);

        (firstOutcome, secondOutcome).ShouldBe((FeedAddition.Added, FeedAddition.AlreadyPresent));
        (first.Source, first.AddedAt).ShouldBe((FeedSources.Api, (DateTimeOffset?)_time.GetUtcNow()));
        (await _store.ActiveApiFeedsAsync(CancellationToken.None)).ShouldBe(["https://news.example/feed.xml"]);
    }

    [Fact]
    public async Task A_removed_feed_is_no_longer_polled_and_can_be_added_back()
    {
        await _store.AddApiFeedAsync("https://news.example/feed.xml", CancellationToken.None);

        (await _store.RemoveApiFeedAsync("https://news.example/feed.xml", CancellationToken.None)).ShouldBeTrue();
        (await _store.RemoveApiFeedAsync("https://news.example/feed.xml", CancellationToken.None)).ShouldBeFalse();
        (await _store.ActiveApiFeedsAsync(CancellationToken.None)).ShouldBeEmpty();

        (await _store.AddApiFeedAsync("https://news.example/feed.xml", CancellationToken.None)).Outcome.ShouldBe(FeedAddition.Added);
        (await _store.ActiveApiFeedsAsync(CancellationToken.None)).ShouldBe(["https://news.example/feed.xml"]);
    }

    [Fact]
    public async Task A_configured_feed_cannot_be_removed_as_an_api_feed()
    {
        var configured = await _store.GetAsync("https://config.example/feed.xml", CancellationToken.None);
        await _store.SaveAsync(configured, CancellationToken.None);

        (await _store.RemoveApiFeedAsync("https://config.example/feed.xml", CancellationToken.None)).ShouldBeFalse();
        (await _store.ActiveApiFeedsAsync(CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_poll_that_saves_its_state_after_the_feed_was_removed_does_not_bring_it_back()
    {
        await _store.AddApiFeedAsync("https://news.example/feed.xml", CancellationToken.None);
        var polled = await _store.GetAsync("https://news.example/feed.xml", CancellationToken.None);
        await _store.RemoveApiFeedAsync("https://news.example/feed.xml", CancellationToken.None);

        polled.ErrorCount = 1;
        await _store.SaveAsync(polled, CancellationToken.None);

        (await _store.ActiveApiFeedsAsync(CancellationToken.None)).ShouldBeEmpty();
        (await _store.GetAsync("https://news.example/feed.xml", CancellationToken.None)).ErrorCount.ShouldBe(1);
    }

    [Fact]
    public async Task Fingerprints_are_stored_with_seen_entries_and_replaced_when_an_entry_changes()
    {
        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1", "fp-1"), new SeenEntry("e2", "article-2")], CancellationToken.None);
        (await _store.SeenFingerprintsAsync("feed-a", ["e1", "e2", "e3"], CancellationToken.None))
            .ShouldBe(new Dictionary<string, string?> { ["e1"] = "fp-1", ["e2"] = null });

        await _store.MarkSeenAsync("feed-a", [new SeenEntry("e1", "article-1", "fp-2")], CancellationToken.None);

        (await _store.SeenFingerprintsAsync("feed-a", ["e1"], CancellationToken.None))["e1"].ShouldBe("fp-2");
        (await _store.SeenFingerprintsAsync("feed-b", ["e1"], CancellationToken.None)).ShouldBeEmpty();
    }
}
