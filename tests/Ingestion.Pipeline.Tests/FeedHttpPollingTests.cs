using System.Net;
using System.Text;
using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Pipeline.Tests;

/// <summary>
/// What a poll does with the HTTP answers a feed host can give: moves, temporary redirects, 410, Retry-After,
/// repeated failures and malformed feeds, with the state kept in a real SQLite database.
/// </summary>
public sealed class FeedHttpPollingTests
{
    private static readonly Uri FeedUrl = new("https://old.example/feed.xml");

    private static string Rss(params string[] ids) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Moving Feed</title><link>https://news.example/</link><description>d</description>
        {string.Join("\n", ids.Select(id => $"<item><title>Story {id}</title><link>https://news.example/{id}</link><guid>{id}</guid></item>"))}
        </channel></rss>
        """;

    private static HttpResponseMessage Feed(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/rss+xml") };

    private static HttpResponseMessage Redirect(HttpStatusCode status, string location)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("") };
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }

    private static async Task<PipelineTestHost> Host(StubHttpHandler http) =>
        await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")]);

    private static async Task<PollOutcome> Poll(PipelineTestHost host, Uri feed)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, CancellationToken.None);
    }

    private static Task<FeedRecord> State(PipelineTestHost host, Uri feed) =>
        host.Services.GetRequiredService<FeedStateStore>().GetAsync(feed.AbsoluteUri, CancellationToken.None);

    [Fact]
    public async Task A_chain_of_permanent_redirects_moves_the_feed_and_the_next_poll_goes_to_the_new_address()
    {
        var requested = new List<string>();
        var http = new StubHttpHandler((_, request) =>
        {
            var url = request.RequestUri!.AbsoluteUri;
            lock (requested)
            {
                requested.Add(url);
            }

            return url switch
            {
                "https://old.example/feed.xml" => Redirect(HttpStatusCode.MovedPermanently, "https://mid.example/rss"),
                "https://mid.example/rss" => Redirect(HttpStatusCode.PermanentRedirect, "/feed/"),
                "https://mid.example/feed/" => Feed(Rss("1", "2")),
                _ => StubHttpHandler.Status(HttpStatusCode.NotFound),
            };
        });
        await using var host = await Host(http);

        var first = await Poll(host, FeedUrl);
        var afterFirst = await State(host, FeedUrl);
        requested.Clear();
        var second = await Poll(host, FeedUrl);

        first.Published.ShouldBe(2);
        afterFirst.FeedUrl.ShouldBe(FeedUrl.AbsoluteUri);
        afterFirst.FetchUrl.ShouldBe("https://mid.example/feed/");
        requested.ShouldBe(["https://mid.example/feed/"]);
        second.Published.ShouldBe(0);
        // Entries stay keyed by the configured feed: the move does not announce them again.
        host.Harness.Published.Select<ArticleDiscovered>().ShouldAllBe(m => m.Context.Message.FeedUrl == FeedUrl.AbsoluteUri);
    }

    [Fact]
    public async Task A_temporary_redirect_is_followed_but_does_not_move_the_feed()
    {
        var requested = new List<string>();
        var http = new StubHttpHandler((_, request) =>
        {
            var url = request.RequestUri!.AbsoluteUri;
            lock (requested)
            {
                requested.Add(url);
            }

            return url == FeedUrl.AbsoluteUri ? Redirect(HttpStatusCode.Found, "https://cdn.example/feed.xml") : Feed(Rss("1"));
        });
        await using var host = await Host(http);

        (await Poll(host, FeedUrl)).Published.ShouldBe(1);
        await Poll(host, FeedUrl);

        (await State(host, FeedUrl)).FetchUrl.ShouldBeNull();
        requested.ShouldBe([FeedUrl.AbsoluteUri, "https://cdn.example/feed.xml", FeedUrl.AbsoluteUri, "https://cdn.example/feed.xml"]);
    }

    [Fact]
    public async Task A_permanent_redirect_after_a_temporary_one_does_not_move_the_feed()
    {
        var http = new StubHttpHandler((_, request) => request.RequestUri!.Host switch
        {
            "old.example" => Redirect(HttpStatusCode.TemporaryRedirect, "https://a.example/feed"),
            "a.example" => Redirect(HttpStatusCode.MovedPermanently, "https://b.example/feed"),
            _ => Feed(Rss("1")),
        });
        await using var host = await Host(http);

        await Poll(host, FeedUrl);

        (await State(host, FeedUrl)).FetchUrl.ShouldBeNull();
    }

    [Fact]
    public async Task A_redirect_loop_is_a_recorded_error_not_a_hang()
    {
        var http = new StubHttpHandler((_, request) => request.RequestUri!.Host == "old.example"
            ? Redirect(HttpStatusCode.Found, "https://loop.example/a")
            : Redirect(HttpStatusCode.Found, FeedUrl.AbsoluteUri));
        await using var host = await Host(http);

        await Poll(host, FeedUrl);

        var state = await State(host, FeedUrl);
        state.ErrorCount.ShouldBe(1);
        state.LastError.ShouldNotBeNull().ShouldContain("redirect loop");
        state.RetiredAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_feed_that_is_gone_is_retired_and_the_poller_no_longer_fetches_it()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Status(HttpStatusCode.Gone));
        await using var host = await Host(http);

        var outcome = await Poll(host, FeedUrl);
        var again = await Poll(host, FeedUrl);

        outcome.Retired.ShouldBeTrue();
        again.Retired.ShouldBeTrue();
        http.Calls.ShouldBe(1);
        var state = await State(host, FeedUrl);
        state.RetiredAt.ShouldNotBeNull();
        state.NextPollAt.ShouldBeNull();
        state.LastError.ShouldNotBeNull().ShouldStartWith("410 Gone");
        (await host.Services.GetRequiredService<FeedStateStore>().ListAsync(CancellationToken.None))
            .ShouldContain(f => f.FeedUrl == FeedUrl.AbsoluteUri && f.RetiredAt != null);
    }

    [Fact]
    public async Task The_run_once_poller_skips_a_retired_feed_and_a_reinstated_one_is_polled_again()
    {
        var http = new StubHttpHandler((_, _) => Feed(Rss("1")));
        using var database = new Ingestion.TestSupport.SqliteDatabase();
        KeyValuePair<string, string?>[] runOnce = [new("Ingestion:Roles", "poller"), new("Ingestion:RunOnce", "true"), new("Ingestion:Feeds:0", FeedUrl.AbsoluteUri)];
        await using (var setup = await PipelineTestHost.StartAsync(http, settings: [new("Ingestion:Roles", "poller")], database: database))
        {
            var record = await State(setup, FeedUrl);
            record.RetiredAt = DateTimeOffset.UtcNow;
            record.LastError = "410 Gone: test";
            await setup.Services.GetRequiredService<FeedStateStore>().SaveAsync(record, CancellationToken.None);
        }

        await using (var retired = await PipelineTestHost.StartAsync(http, settings: runOnce, database: database))
        {
            await WaitForPollingCompleted(retired);
        }

        var callsWhileRetired = http.Calls;
        (await new FeedStateStore(database, TimeProvider.System).ReinstateAsync(FeedUrl.AbsoluteUri, CancellationToken.None)).ShouldBeTrue();
        await using (var reinstated = await PipelineTestHost.StartAsync(http, settings: runOnce, database: database))
        {
            await WaitForPollingCompleted(reinstated);
        }

        callsWhileRetired.ShouldBe(0);
        http.Calls.ShouldBe(1);
    }

    private static async Task WaitForPollingCompleted(PipelineTestHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.Monitor.PollingCompletion.WaitAsync(timeout.Token);
    }

    [Theory]
    [InlineData(429, false)]
    [InlineData(429, true)]
    [InlineData(503, false)]
    [InlineData(503, true)]
    public async Task Retry_after_on_429_and_503_puts_the_next_poll_past_it_without_hammering(int status, bool asDate)
    {
        var http = new StubHttpHandler((_, _) =>
        {
            var response = StubHttpHandler.Status((HttpStatusCode)status);
            var now = DateTimeOffset.UtcNow;
            response.Headers.Date = now;
            if (asDate)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddHours(2));
            }
            else
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(2));
            }

            return response;
        });
        await using var host = await Host(http);
        var before = DateTimeOffset.UtcNow;

        await Poll(host, FeedUrl);

        var state = await State(host, FeedUrl);
        // The default interval is 15 minutes; the server asked for two hours and the fetch did not retry it.
        http.Calls.ShouldBe(1);
        state.ErrorCount.ShouldBe(1);
        state.LastError.ShouldNotBeNull().ShouldContain(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (state.NextPollAt.ShouldNotBeNull() - before).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(2));
        (state.NextPollAt.Value - before).ShouldBeLessThan(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_failing_feed_backs_off_exponentially_to_a_ceiling_and_keeps_its_error()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Status(HttpStatusCode.InternalServerError));
        await using var host = await Host(http);
        var delays = new List<TimeSpan>();

        for (var i = 0; i < 8; i++)
        {
            var before = DateTimeOffset.UtcNow;
            await Poll(host, FeedUrl);
            delays.Add((await State(host, FeedUrl)).NextPollAt.ShouldNotBeNull() - before);
        }

        var state = await State(host, FeedUrl);
        state.ErrorCount.ShouldBe(8);
        state.LastError.ShouldNotBeNull().ShouldContain("500");
        state.RetiredAt.ShouldBeNull();
        // 15 min, 30 min, 1 h, 2 h, 4 h, then the 6 h ceiling: it is still polled, just rarely.
        delays.Select(d => (int)Math.Round(d.TotalMinutes)).ShouldBe([15, 30, 60, 120, 240, 360, 360, 360]);
    }

    [Fact]
    public async Task A_success_after_failures_resets_the_error_count()
    {
        var http = new StubHttpHandler((call, _) => call <= 4 ? StubHttpHandler.Status(HttpStatusCode.BadGateway) : Feed(Rss("1")));
        await using var host = await Host(http);

        await Poll(host, FeedUrl);
        await Poll(host, FeedUrl);
        (await State(host, FeedUrl)).ErrorCount.ShouldBe(2);
        var outcome = await Poll(host, FeedUrl);

        outcome.Published.ShouldBe(1);
        var state = await State(host, FeedUrl);
        state.ErrorCount.ShouldBe(0);
        state.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task A_malformed_feed_is_recovered_and_flagged()
    {
        const string broken = """
            <rss version="2.0"><channel><title>Smith & Sons News</title>
            <item><title>Q&A with the mayor</title><link>https://news.example/qa?a=1&b=2</link><guid>qa</guid></item>
            <item><title>Flood barrier approved</title><link>https://news.example/barrier</link><guid>barrier</guid>
            </channel>
            """;
        var http = new StubHttpHandler((_, _) => Feed(broken));
        await using var host = await Host(http);

        var outcome = await Poll(host, FeedUrl);

        outcome.Recovered.ShouldBeTrue();
        outcome.Published.ShouldBe(2);
        (await State(host, FeedUrl)).ErrorCount.ShouldBe(0);
    }

    [Fact]
    public async Task Not_modified_keeps_the_validators_and_publishes_nothing()
    {
        var conditional = new List<string?>();
        var http = new StubHttpHandler((call, request) =>
        {
            lock (conditional)
            {
                conditional.Add(request.Headers.IfNoneMatch.ToString());
            }

            if (call == 1)
            {
                var response = Feed(Rss("1"));
                response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\"");
                return response;
            }

            return StubHttpHandler.Status(HttpStatusCode.NotModified);
        });
        await using var host = await Host(http);

        await Poll(host, FeedUrl);
        var second = await Poll(host, FeedUrl);

        second.NotModified.ShouldBeTrue();
        second.Published.ShouldBe(0);
        conditional.ShouldBe(["", "\"v1\""]);
        (await State(host, FeedUrl)).ETag.ShouldBe("\"v1\"");
    }
}
