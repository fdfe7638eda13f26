using Ingestion.Contracts;
using Ingestion.Storage;
using Ingestion.TestSupport;
using MassTransit.Testing;

namespace Ingestion.Pipeline.Tests;

/// <summary>The poller's feed list: configuration plus the feeds added through the API, read from the database.</summary>
public sealed class FeedPollerFeedListTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("feedlist-");

    public void Dispose() => _folder.Delete(recursive: true);

    private Uri WriteFeed(string name, string link)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>{name}</title><link>https://news.example/</link><description>d</description>
            <item><title>Story</title><link>{link}</link><guid isPermaLink="false">{name}-1</guid></item>
            </channel></rss>
            """);
        return new Uri(path);
    }

    [Fact]
    public async Task The_feed_list_is_the_configured_feeds_then_the_active_api_feeds_each_once()
    {
        using var database = new SqliteDatabase();
        var store = new FeedStateStore(database, TimeProvider.System);
        await store.AddApiFeedAsync("https://added.example/feed.xml", CancellationToken.None);
        await store.AddApiFeedAsync("https://configured.example/feed.xml", CancellationToken.None);
        await store.AddApiFeedAsync("https://removed.example/feed.xml", CancellationToken.None);
        await store.RemoveApiFeedAsync("https://removed.example/feed.xml", CancellationToken.None);
        var options = new PipelineOptions();
        options.Feeds.Add("https://configured.example/feed.xml");
        options.Feeds.Add("");

        var feeds = await FeedPoller.CurrentFeedsAsync(options, store, CancellationToken.None);

        feeds.Select(f => f.AbsoluteUri).ShouldBe(["https://configured.example/feed.xml", "https://added.example/feed.xml"]);
    }

    [Fact]
    public async Task A_running_poller_polls_a_feed_added_through_the_api_and_not_one_removed()
    {
        using var database = new SqliteDatabase();
        var store = new FeedStateStore(database, TimeProvider.System);
        var added = WriteFeed("added.xml", "https://news.example/added-story");
        var removed = WriteFeed("removed.xml", "https://news.example/removed-story");
        await store.AddApiFeedAsync(added.AbsoluteUri, CancellationToken.None);
        await store.AddApiFeedAsync(removed.AbsoluteUri, CancellationToken.None);
        await store.RemoveApiFeedAsync(removed.AbsoluteUri, CancellationToken.None);

        await using var host = await PipelineTestHost.StartAsync(database: database, settings:
        [
            new("Ingestion:Roles", "poller"),
            new("Fetch:LocalRoots:0", _folder.FullName),
        ]);

        // The poller's first tick runs at start; the added feed's state shows when it was polled.
        for (var i = 0; i < 600 && (await store.GetAsync(added.AbsoluteUri, CancellationToken.None)).LastSuccessAt is null; i++)
        {
            await Task.Delay(50);
        }

        (await host.Harness.Published.Any<ArticleDiscovered>(m => m.Context.Message.Url == "https://news.example/added-story")).ShouldBeTrue();
        host.Harness.Published.Select<ArticleDiscovered>().ShouldNotContain(m => m.Context.Message.Url == "https://news.example/removed-story");
        (await store.GetAsync(removed.AbsoluteUri, CancellationToken.None)).LastPolledAt.ShouldBeNull();
    }
}
