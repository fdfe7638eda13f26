using System.Net;
using System.Text;
using Ingestion.Contracts;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Pipeline.Tests;

/// <summary>
/// Polls running at the same time (Ingestion:PollConcurrency above 1) must not announce one article twice: two
/// feeds that list the same story, or one feed that lists it under two ids, queue it once.
/// </summary>
public sealed class ConcurrentAnnouncementTests
{
    private const string Story = "https://harbourgazette.example/2026/12/ferry-timetable-restored";

    private static HttpResponseMessage Rss(string title, params (string Guid, string Link)[] items)
    {
        var body = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>{title}</title><link>https://harbourgazette.example/</link><description>d</description>
            {string.Join("\n", items.Select(i => $"<item><title>Ferry timetable restored</title><link>{WebUtility.HtmlEncode(i.Link)}</link><guid isPermaLink=\"false\">{i.Guid}</guid></item>"))}
            </channel></rss>
            """;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/rss+xml") };
    }

    private static async Task<PollOutcome> Poll(PipelineTestHost host, Uri feed)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, CancellationToken.None);
    }

    [Fact]
    public async Task An_article_in_two_feeds_polled_at_the_same_time_is_announced_once()
    {
        var local = new Uri("https://harbourgazette.example/local.rss");
        var regional = new Uri("https://coastnews.example/regional.xml");
        var http = new StubHttpHandler((_, request) => request.RequestUri!.Host == local.Host
            ? Rss("Harbour Gazette: local", ("hg-4411", Story))
            : Rss("Coast News: regional", ("cn-93", Story + "?utm_source=coastnews&utm_medium=rss")));
        await using var host = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")]);
        // The first publish is held until the second feed's poll has finished: the two polls overlap exactly where
        // one has decided to announce the story and has not yet recorded it.
        var held = new HoldFirstPublish();
        using var observer = host.Services.GetRequiredService<IBus>().ConnectPublishObserver(held);

        var first = Poll(host, local);
        await held.Entered;
        var second = await Poll(host, regional);
        held.Release();
        var firstOutcome = await first;

        (firstOutcome.Published + second.Published).ShouldBe(1);
        held.Published.ShouldBe(1);
        host.Harness.Published.Select<ArticleDiscovered>().Count().ShouldBe(1);
        host.Harness.Published.Select<ArticleDiscovered>().Single().Context.Message.ArticleId
            .ShouldBe(FeedPollingService.ArticleIdOfLink(new Uri(Story)));
    }

    [Fact]
    public async Task An_article_listed_twice_in_one_feed_under_two_ids_is_announced_once()
    {
        var feed = new Uri("https://harbourgazette.example/all.rss");
        var http = new StubHttpHandler((_, _) => Rss("Harbour Gazette", ("hg-4411", Story), ("hg-4411-update", Story + "?utm_campaign=evening")));
        await using var host = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")]);

        var outcome = await Poll(host, feed);
        var again = await Poll(host, feed);

        outcome.Published.ShouldBe(1);
        again.Published.ShouldBe(0);
        host.Harness.Published.Select<ArticleDiscovered>().Count().ShouldBe(1);
    }

    /// <summary>Holds the first <see cref="ArticleDiscovered"/> publish until released; counts every one.</summary>
    private sealed class HoldFirstPublish : IPublishObserver
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _published;

        public Task Entered => _entered.Task;

        public int Published => Volatile.Read(ref _published);

        public void Release() => _released.TrySetResult();

        public Task PrePublish<T>(PublishContext<T> context) where T : class
        {
            if (context.Message is not ArticleDiscovered)
            {
                return Task.CompletedTask;
            }

            if (Interlocked.Increment(ref _published) == 1)
            {
                _entered.TrySetResult();
                return _released.Task;
            }

            return Task.CompletedTask;
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
