using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Pipeline.Tests;

public sealed class FeedPollingServiceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("poller-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Rss(params string[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test Feed</title><link>https://news.example/</link><description>d</description>
        {string.Join("\n", items)}
        </channel></rss>
        """;

    private static string Item(string id, string link) =>
        $"<item><title>Story {id}</title><link>{link}</link><guid isPermaLink=\"false\">{id}</guid><pubDate>Tue, 10 Jun 2025 07:15:00 GMT</pubDate></item>";

    private Uri WriteFeed(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return new Uri(path);
    }

    private static async Task<PollOutcome> Poll(PipelineTestHost host, Uri feed)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, CancellationToken.None);
    }

    private async Task<PipelineTestHost> Host() =>
        await PipelineTestHost.StartAsync(settings: [new("Ingestion:Roles", "poller"), new("Fetch:LocalRoots:0", _folder.FullName)]);

    [Fact]
    public async Task New_entries_are_announced_once_and_the_feed_state_recorded()
    {
        await using var host = await Host();
        var feed = WriteFeed("a.xml", Rss(Item("1", "https://news.example/1"), Item("2", "https://news.example/2")));

        var first = await Poll(host, feed);
        var second = await Poll(host, feed);

        first.Published.ShouldBe(2);
        second.Published.ShouldBe(0);
        var discovered = host.Harness.Published.Select<ArticleDiscovered>().Select(m => m.Context.Message).ToList();
        discovered.Select(d => d.Url).ShouldBe(["https://news.example/1", "https://news.example/2"], ignoreOrder: true);
        discovered.ShouldAllBe(d => d.FeedTitle == "Test Feed" && d.PublishedAt == new DateTimeOffset(2025, 6, 10, 7, 15, 0, TimeSpan.Zero));
        var state = await host.Services.GetRequiredService<FeedStateStore>().GetAsync(feed.AbsoluteUri, CancellationToken.None);
        state.LastSuccessAt.ShouldNotBeNull();
        state.ErrorCount.ShouldBe(0);
        state.Title.ShouldBe("Test Feed");
    }

    [Fact]
    public async Task Only_entries_added_since_the_last_poll_are_announced()
    {
        await using var host = await Host();
        var feed = WriteFeed("a.xml", Rss(Item("1", "https://news.example/1")));
        await Poll(host, feed);
        WriteFeed("a.xml", Rss(Item("1", "https://news.example/1"), Item("2", "https://news.example/2")));

        var outcome = await Poll(host, feed);

        outcome.Published.ShouldBe(1);
        host.Harness.Published.Select<ArticleDiscovered>().Last().Context.Message.Url.ShouldBe("https://news.example/2");
    }

    [Fact]
    public async Task The_same_article_in_two_feeds_is_announced_once_even_with_tracking_parameters()
    {
        await using var host = await Host();
        var a = WriteFeed("a.xml", Rss(Item("a-1", "https://news.example/story")));
        var b = WriteFeed("b.xml", Rss(Item("b-1", "https://NEWS.example/story?utm_source=rss&utm_medium=feed")));

        (await Poll(host, a)).Published.ShouldBe(1);
        (await Poll(host, b)).Published.ShouldBe(0);
    }

    [Fact]
    public async Task A_broken_feed_is_recorded_with_its_error_and_backs_off_without_throwing()
    {
        await using var host = await Host();
        var feed = WriteFeed("broken.xml", "this is not a feed at all");

        var outcome = await Poll(host, feed);

        outcome.Published.ShouldBe(0);
        var state = await host.Services.GetRequiredService<FeedStateStore>().GetAsync(feed.AbsoluteUri, CancellationToken.None);
        state.ErrorCount.ShouldBe(1);
        state.LastError.ShouldNotBeNullOrWhiteSpace();
        state.NextPollAt.ShouldNotBeNull();
        host.Monitor.FeedsFailed.ShouldBe(1);
    }

    [Fact]
    public async Task The_next_poll_waits_for_the_feeds_own_ttl_when_it_is_longer_than_the_interval()
    {
        await using var host = await Host();
        var feed = WriteFeed("ttl.xml", Rss(Item("1", "https://news.example/1")).Replace("<description>d</description>", "<description>d</description><ttl>120</ttl>"));
        var before = DateTimeOffset.UtcNow;

        await Poll(host, feed);

        var state = await host.Services.GetRequiredService<FeedStateStore>().GetAsync(feed.AbsoluteUri, CancellationToken.None);
        // The default interval is 15 minutes; the feed asks for 120.
        state.NextPollAt.ShouldNotBeNull();
        (state.NextPollAt.Value - before).ShouldBeGreaterThan(TimeSpan.FromMinutes(119));
        (state.NextPollAt.Value - before).ShouldBeLessThan(TimeSpan.FromMinutes(121));
    }
}
