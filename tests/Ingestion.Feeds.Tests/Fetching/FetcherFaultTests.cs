using System.Globalization;
using System.IO.Compression;
using System.Text;
using Ingestion.Feeds.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingestion.Feeds.Tests.Fetching;

/// <summary>The fetcher against a real local server that misbehaves in the ways feed hosts do.</summary>
public sealed class FetcherFaultTests
{
    private const string Feed = "<rss version=\"2.0\"><channel><title>T</title><link>http://x/</link><description>d</description></channel></rss>";

    private static ContentFetcher Fetcher(params KeyValuePair<string, string?>[] settings) =>
        Services(settings).GetRequiredService<ContentFetcher>();

    private static IServiceProvider Services(params KeyValuePair<string, string?>[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            new("Fetch:MaxRetries", "2"),
            new("Fetch:RetryDelay", "00:00:00.010"),
            new("Fetch:Timeout", "00:00:05"),
            new("Fetch:PerHostRequestsPerSecond", "0"),
            // The test servers listen on loopback, which the fetcher refuses by default.
            new("Fetch:AllowLoopback", "true"),
        ]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddIngestionFeeds();
        return builder.Build().Services;
    }

    private static KeyValuePair<string, string?> S(string key, string value) => new(key, value);

    private static Task Redirect(HttpContext context, int status, string location)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_a_transient_failure()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/slow", async (HttpContext context) =>
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }));
        var fetcher = Fetcher(S("Fetch:Timeout", "00:00:00.300"), S("Fetch:MaxRetries", "1"));

        var error = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(server.Url("/slow")), CancellationToken.None));

        error.IsTransient.ShouldBeTrue();
        error.Message.ShouldContain("timed out");
        // The timeout is per attempt: the one retry was made and timed out too.
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task A_server_error_then_success_returns_the_content()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed", (HttpContext context) =>
            Interlocked.Increment(ref calls) == 1 ? LocalHttpServer.Write(context, 500, "oops") : LocalHttpServer.Write(context, 200, Feed)));

        var result = await Fetcher().FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None);

        Encoding.UTF8.GetString(result.Content).ShouldBe(Feed);
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task A_short_retry_after_is_waited_out_within_the_fetch()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/busy", (HttpContext context) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return LocalHttpServer.Write(context, 429, "slow down");
            }

            return LocalHttpServer.Write(context, 200, Feed);
        }));

        var result = await Fetcher().FetchAsync(new FetchRequest(server.Url("/busy")), CancellationToken.None);

        Encoding.UTF8.GetString(result.Content).ShouldBe(Feed);
        calls.ShouldBe(2);
    }

    [Theory]
    [InlineData(429, "seconds")]
    [InlineData(429, "date")]
    [InlineData(503, "seconds")]
    [InlineData(503, "date")]
    public async Task A_long_retry_after_is_not_retried_and_is_reported(int status, string form)
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/busy", (HttpContext context) =>
        {
            Interlocked.Increment(ref calls);
            context.Response.Headers.RetryAfter = form == "seconds"
                ? "3600"
                : DateTimeOffset.UtcNow.AddHours(1).ToString("R", CultureInfo.InvariantCulture);
            return LocalHttpServer.Write(context, status, "come back later");
        }));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher().FetchAsync(new FetchRequest(server.Url("/busy")), CancellationToken.None));

        calls.ShouldBe(1);
        error.IsTransient.ShouldBeTrue();
        error.StatusCode.ShouldBe(status);
        error.RetryAfter.ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task Permanent_redirects_report_where_the_resource_moved_and_a_temporary_one_does_not()
    {
        await using var server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/a", (HttpContext c) => Redirect(c, 301, "/b"));
            app.MapGet("/b", (HttpContext c) => Redirect(c, 308, "/c"));
            app.MapGet("/c", (HttpContext c) => LocalHttpServer.Write(c, 200, Feed));
            app.MapGet("/t", (HttpContext c) => Redirect(c, 302, "/c"));
            app.MapGet("/p-then-t", (HttpContext c) => Redirect(c, 301, "/t"));
        });
        var fetcher = Fetcher();

        var moved = await fetcher.FetchAsync(new FetchRequest(server.Url("/a")), CancellationToken.None);
        var temporary = await fetcher.FetchAsync(new FetchRequest(server.Url("/t")), CancellationToken.None);
        var mixed = await fetcher.FetchAsync(new FetchRequest(server.Url("/p-then-t")), CancellationToken.None);

        moved.MovedTo.ShouldBe(server.Url("/c"));
        moved.Url.ShouldBe(server.Url("/c"));
        temporary.MovedTo.ShouldBeNull();
        temporary.Url.ShouldBe(server.Url("/c"));
        // Only the permanent hop before the temporary one moved.
        mixed.MovedTo.ShouldBe(server.Url("/t"));
    }

    [Fact]
    public async Task Conditional_headers_go_with_every_redirect_hop()
    {
        await using var server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/old", (HttpContext c) => Redirect(c, 301, "/new"));
            app.MapGet("/new", (HttpContext c) =>
            {
                if (c.Request.Headers.IfNoneMatch == "\"v7\"")
                {
                    c.Response.StatusCode = 304;
                    return Task.CompletedTask;
                }

                return LocalHttpServer.Write(c, 200, Feed);
            });
        });

        var result = await Fetcher().FetchAsync(new FetchRequest(server.Url("/old"), ETag: "\"v7\""), CancellationToken.None);

        result.NotModified.ShouldBeTrue();
        result.MovedTo.ShouldBe(server.Url("/new"));
    }

    [Fact]
    public async Task Redirect_loops_and_long_chains_are_permanent_errors()
    {
        await using var server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/ping", (HttpContext c) => Redirect(c, 302, "/pong"));
            app.MapGet("/pong", (HttpContext c) => Redirect(c, 302, "/ping"));
            app.MapGet("/hop/{n:int}", (HttpContext c, int n) => Redirect(c, 301, $"/hop/{n + 1}"));
        });
        var fetcher = Fetcher(S("Fetch:MaxRedirects", "3"));

        var loop = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(server.Url("/ping")), CancellationToken.None));
        var chain = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(server.Url("/hop/0")), CancellationToken.None));

        loop.IsTransient.ShouldBeFalse();
        loop.Message.ShouldContain("redirect loop");
        chain.IsTransient.ShouldBeFalse();
        chain.Message.ShouldContain("more than 3 redirects");
    }

    [Fact]
    public async Task A_redirect_to_a_non_http_scheme_is_refused()
    {
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/sneaky", (HttpContext c) => Redirect(c, 302, "file:///etc/passwd")));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher().FetchAsync(new FetchRequest(server.Url("/sneaky")), CancellationToken.None));

        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("only http and https");
    }

    [Fact]
    public async Task Gone_is_a_permanent_failure_marked_as_gone_and_not_retried()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            Interlocked.Increment(ref calls);
            return LocalHttpServer.Write(c, 410, "gone");
        }));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher().FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None));

        error.IsGone.ShouldBeTrue();
        error.IsTransient.ShouldBeFalse();
        calls.ShouldBe(1);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Gzip_and_brotli_bodies_are_decompressed(string encoding)
    {
        string? acceptEncoding = null;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed", async (HttpContext context) =>
        {
            acceptEncoding = context.Request.Headers.AcceptEncoding.ToString();
            using var compressed = new MemoryStream();
            await using (Stream zip = encoding == "gzip" ? new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true) : new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await zip.WriteAsync(Encoding.UTF8.GetBytes(Feed));
            }

            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(compressed.ToArray());
        }));

        var result = await Fetcher().FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None);

        Encoding.UTF8.GetString(result.Content).ShouldBe(Feed);
        acceptEncoding.ShouldNotBeNull().ShouldContain("gzip");
        acceptEncoding.ShouldContain("br");
    }

    [Fact]
    public async Task The_configured_user_agent_reaches_the_server()
    {
        string? userAgent = null;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            userAgent = c.Request.Headers.UserAgent.ToString();
            return LocalHttpServer.Write(c, 200, Feed);
        }));

        await Fetcher().FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None);
        await Fetcher(S("Fetch:UserAgent", "NewsDesk/2.1 (+mailto:ops@desk.example)")).FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None);

        userAgent.ShouldBe("NewsDesk/2.1 (+mailto:ops@desk.example)");
        new FetchOptions().UserAgent.ShouldStartWith("IngestionWorker/");
        new FetchOptions().UserAgent.ShouldContain("+http");
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_is_refused_before_the_body_is_read()
    {
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/huge", async (HttpContext context) =>
        {
            var body = Encoding.UTF8.GetBytes(new string('x', 200_000));
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        }));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher(S("Fetch:MaxResponseBytes", "100000")).FetchAsync(new FetchRequest(server.Url("/huge")), CancellationToken.None));

        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("200000 bytes is over the limit of 100000");
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("2130706433")]
    public async Task Loopback_is_refused_by_default_without_a_request_reaching_it(string host)
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            Interlocked.Increment(ref calls);
            return LocalHttpServer.Write(c, 200, Feed);
        }));
        var url = new UriBuilder(server.Url("/feed")) { Host = host }.Uri;

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher(S("Fetch:AllowLoopback", "false")).FetchAsync(new FetchRequest(url), CancellationToken.None));

        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("loopback address");
        calls.ShouldBe(0);
    }

    [Fact]
    public async Task A_redirect_to_an_address_outside_the_allowed_networks_is_refused_at_connect_time()
    {
        await using var server = await LocalHttpServer.StartAsync(app =>
            app.MapGet("/feed", (HttpContext c) => Redirect(c, 302, $"http://127.0.0.2:{c.Request.Host.Port}/internal")));
        // Only this one address is opened up; the rest of 127/8 stays refused like any internal host.
        var fetcher = Fetcher(S("Fetch:AllowLoopback", "false"), S("Fetch:AllowedNetworks:0", "127.0.0.1/32"));

        var error = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None));

        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("127.0.0.2");
        error.Message.ShouldContain("refused");
    }

    [Fact]
    public void An_allowed_network_that_is_not_a_network_stops_the_start()
    {
        var services = Services(S("Fetch:AllowedNetworks:0", "10.0.0.0/33"));

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchOptions>>().Value)
            .Message.ShouldContain("AllowedNetworks");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public async Task Requests_to_one_host_wait_for_the_per_host_concurrency_limit(int limit)
    {
        var inFlight = 0;
        var maxInFlight = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed/{n:int}", async (HttpContext c) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            // Hold each request until one more than the limit is in flight (proof the limit was broken) or a while
            // has passed (the limit held and the rest are queued behind this one).
            var deadline = DateTime.UtcNow.AddMilliseconds(300);
            while (Volatile.Read(ref inFlight) <= limit && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            Interlocked.Decrement(ref inFlight);
            await LocalHttpServer.Write(c, 200, Feed);
        }));
        var fetcher = Fetcher(S("Fetch:PerHostConcurrency", limit.ToString(CultureInfo.InvariantCulture)));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => fetcher.FetchAsync(new FetchRequest(server.Url($"/feed/{n}")), CancellationToken.None)));

        results.ShouldAllBe(r => r.Content.Length > 0);
        maxInFlight.ShouldBeLessThanOrEqualTo(limit);
    }

    [Fact]
    public async Task Without_a_per_host_limit_requests_run_side_by_side()
    {
        // The control for the test above: the server does see more than two at once when nothing limits them.
        var inFlight = 0;
        var maxInFlight = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed/{n:int}", async (HttpContext c) =>
        {
            InterlockedMax(ref maxInFlight, Interlocked.Increment(ref inFlight));
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (Volatile.Read(ref maxInFlight) < 3 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            Interlocked.Decrement(ref inFlight);
            await LocalHttpServer.Write(c, 200, Feed);
        }));
        var fetcher = Fetcher(S("Fetch:PerHostConcurrency", "0"));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(n => fetcher.FetchAsync(new FetchRequest(server.Url($"/feed/{n}")), CancellationToken.None)));

        maxInFlight.ShouldBe(3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
