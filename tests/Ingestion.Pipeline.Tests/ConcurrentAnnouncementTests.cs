using System.Net;
using System.Text;
using Ingestion.Contracts;
using MassTransit;
using MassTransit.Testing;
using Ingestion.Storage;
using Ingestion.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
    public async Task An_article_in_two_feeds_polled_at_the_same_time_by_two_replicas_is_announced_once()
    {
        var local = new Uri("https://harbourgazette.example/local.rss");
        var regional = new Uri("https://coastnews.example/regional.xml");
        var http = new StubHttpHandler((_, request) => request.RequestUri!.Host == local.Host
            ? Rss("Harbour Gazette: local", ("hg-4411", Story))
            : Rss("Coast News: regional", ("cn-93", Story + "?utm_source=coastnews&utm_medium=rss")));
        // Two processes on one database: neither sees the other's in-process claims, only the shared ones.
        using var database = new SqliteDatabase();
        await using var replicaA = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")], database: database);
        await using var replicaB = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")], database: database);
        var held = new HoldFirstPublish();
        using var observer = replicaA.Services.GetRequiredService<IBus>().ConnectPublishObserver(held);

        var first = Poll(replicaA, local);
        await held.Entered;
        var second = await Poll(replicaB, regional);
        held.Release();
        var firstOutcome = await first;
        var secondAgain = await Poll(replicaB, regional);

        firstOutcome.Published.ShouldBe(1);
        second.Published.ShouldBe(0);
        secondAgain.Published.ShouldBe(0);
        replicaA.Harness.Published.Select<ArticleDiscovered>().Count().ShouldBe(1);
        (await replicaB.Harness.Published.Any<ArticleDiscovered>()).ShouldBeFalse();
        // The later poll recorded the entry as seen (the article was known by then): it is never announced.
        var store = replicaB.Services.GetRequiredService<FeedStateStore>();
        (await store.UnseenAsync(regional.AbsoluteUri, ["cn-93"], CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_database_that_refuses_the_shared_claim_fails_the_poll_and_the_next_poll_announces_the_article()
    {
        var feed = new Uri("https://harbourgazette.example/local.rss");
        var http = new StubHttpHandler((_, _) => Rss("Harbour Gazette: local", ("hg-4411", Story)));
        using var database = new SqliteDatabase();
        await using var host = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")], database: database);
        var store = host.Services.GetRequiredService<FeedStateStore>();
        // The claims' table out of reach: the claim statement fails the way it does when the database goes away
        // between the feed's fetch and its announcements.
        await RenameAnnouncementsTable(database, "article_announcements", "article_announcements_away");

        var failed = await Poll(host, feed);

        failed.Published.ShouldBe(0);
        (await host.Harness.Published.Any<ArticleDiscovered>()).ShouldBeFalse();
        var state = await store.GetAsync(feed.AbsoluteUri, CancellationToken.None);
        state.ErrorCount.ShouldBe(1);
        state.LastError.ShouldNotBeNull().ShouldContain("article_announcements");
        // Nothing was recorded as seen and no claim was left behind, in the process or in the database.
        (await store.UnseenAsync(feed.AbsoluteUri, ["hg-4411"], CancellationToken.None)).ShouldBe(["hg-4411"]);

        await RenameAnnouncementsTable(database, "article_announcements_away", "article_announcements");
        var next = await Poll(host, feed);
        var after = await Poll(host, feed);

        next.Published.ShouldBe(1);
        after.Published.ShouldBe(0);
        host.Harness.Published.Select<ArticleDiscovered>().Count().ShouldBe(1);
        (await store.GetAsync(feed.AbsoluteUri, CancellationToken.None)).ErrorCount.ShouldBe(0);
    }

    private static async Task RenameAnnouncementsTable(SqliteDatabase database, string from, string to)
    {
        await using var db = database.CreateDbContext();
        // Table names cannot be parameters; these two are the test's own constants.
        var rename = string.Concat("ALTER TABLE \"", from, "\" RENAME TO \"", to, "\"");
        await db.Database.ExecuteSqlRawAsync(rename);
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

    [Fact]
    public async Task A_concurrent_pass_announces_each_article_once_and_saves_every_feeds_state_with_its_lease_given_back()
    {
        // Six feeds on three hosts; the ferry story is in two of them, the bridge story in two others.
        var stories = new Dictionary<string, string>
        {
            ["https://harbourgazette.example/local.rss"] = Story,
            ["https://coastnews.example/regional.xml"] = Story + "?utm_source=coastnews",
            ["https://harbourgazette.example/transport.rss"] = "https://harbourgazette.example/2026/12/swing-bridge-repairs",
            ["https://islandradio.example/news.xml"] = "https://harbourgazette.example/2026/12/swing-bridge-repairs#latest",
            ["https://coastnews.example/sport.xml"] = "https://coastnews.example/2026/12/regatta-postponed",
            ["https://islandradio.example/weather.xml"] = "https://islandradio.example/2026/12/gale-warning",
        };
        var http = new StubHttpHandler((_, request) => Rss("Feed", ("id-" + request.RequestUri!.AbsolutePath, stories[request.RequestUri.AbsoluteUri])));
        await using var host = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller"), new("Ingestion:PollConcurrency", "4")]);
        var runOnce = new PipelineOptions { RunOnce = true, PollConcurrency = 4 };
        foreach (var feed in stories.Keys)
        {
            runOnce.Feeds.Add(feed);
        }

        using var poller = ActivatorUtilities.CreateInstance<FeedPoller>(host.Services, Options.Create(runOnce));
        await poller.StartAsync(CancellationToken.None);
        await poller.ExecuteTask!;

        var announced = host.Harness.Published.Select<ArticleDiscovered>().Select(m => m.Context.Message.ArticleId).ToList();
        announced.Count.ShouldBe(4);
        announced.Distinct().Count().ShouldBe(4);
        var states = await host.Services.GetRequiredService<FeedStateStore>().GetManyAsync(stories.Keys.ToList(), CancellationToken.None);
        states.Values.ShouldAllBe(s => s.LastSuccessAt != null && s.LeaseOwner == null && s.Title == "Feed");
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
