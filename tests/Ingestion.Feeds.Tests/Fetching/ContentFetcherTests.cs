using System.Net;
using System.Text;
using Ingestion.Feeds.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Feeds.Tests.Fetching;

public sealed class ContentFetcherTests : IDisposable
{
    private const string Feed = "<rss version=\"2.0\"><channel><title>T</title><link>http://x/</link><description>d</description></channel></rss>";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("fetcher-");

    public void Dispose() => _folder.Delete(recursive: true);

    private ContentFetcher Fetcher(int maxResponseBytes = 1_000_000, params KeyValuePair<string, string?>[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            new("Fetch:MaxRetries", "2"),
            new("Fetch:RetryDelay", "00:00:00.010"),
            new("Fetch:Timeout", "00:00:05"),
            new("Fetch:MaxResponseBytes", maxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Fetch:LocalRoots:0", _folder.FullName),
            // The test servers listen on loopback, which the fetcher refuses by default.
            new("Fetch:AllowLoopback", "true"),
        ]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddIngestionFeeds();
        return builder.Build().Services.GetRequiredService<ContentFetcher>();
    }

    [Fact]
    public async Task A_conditional_get_with_the_etag_returns_not_modified()
    {
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/feed", (HttpContext context) =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.CacheControl = "max-age=600";
            return LocalHttpServer.Write(context, 200, Feed);
        }));
        var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None);
        var second = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed"), first.ETag), CancellationToken.None);

        first.NotModified.ShouldBeFalse();
        Encoding.UTF8.GetString(first.Content).ShouldBe(Feed);
        first.ETag.ShouldBe("\"v1\"");
        first.MaxAge.ShouldBe(TimeSpan.FromMinutes(10));
        second.NotModified.ShouldBeTrue();
        second.Content.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_server_error_is_retried_within_the_fetch()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/flaky", (HttpContext context) =>
            Interlocked.Increment(ref calls) <= 2 ? LocalHttpServer.Write(context, 503, "busy") : LocalHttpServer.Write(context, 200, Feed)));

        var result = await Fetcher().FetchAsync(new FetchRequest(server.Url("/flaky")), CancellationToken.None);

        Encoding.UTF8.GetString(result.Content).ShouldBe(Feed);
        calls.ShouldBe(3);
    }

    [Fact]
    public async Task A_server_error_that_persists_is_a_transient_failure()
    {
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/down", (HttpContext context) => LocalHttpServer.Write(context, 500, "down")));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher().FetchAsync(new FetchRequest(server.Url("/down")), CancellationToken.None));

        error.IsTransient.ShouldBeTrue();
        error.StatusCode.ShouldBe(500);
    }

    [Fact]
    public async Task A_missing_page_is_a_permanent_failure_and_is_not_retried()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/gone", (HttpContext context) =>
        {
            Interlocked.Increment(ref calls);
            return LocalHttpServer.Write(context, 404, "no");
        }));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher().FetchAsync(new FetchRequest(server.Url("/gone")), CancellationToken.None));

        error.IsTransient.ShouldBeFalse();
        error.StatusCode.ShouldBe(404);
        error.Message.ShouldContain("404");
        calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_response_over_the_size_cap_is_refused_even_without_a_content_length()
    {
        await using var server = await LocalHttpServer.StartAsync(app => app.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.UTF8.GetBytes(new string('x', 4096));
            for (var i = 0; i < 64; i++)
            {
                await context.Response.Body.WriteAsync(chunk);
            }
        }));

        var error = await Should.ThrowAsync<FetchException>(() => Fetcher(maxResponseBytes: 100_000).FetchAsync(new FetchRequest(server.Url("/huge")), CancellationToken.None));

        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("over the limit");
    }

    [Fact]
    public async Task A_compressed_response_is_decompressed_and_a_redirect_followed()
    {
        await using var server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/old", (HttpContext context) =>
            {
                context.Response.StatusCode = (int)HttpStatusCode.MovedPermanently;
                context.Response.Headers.Location = "/new";
                return Task.CompletedTask;
            });
            app.MapGet("/new", (HttpContext context) => LocalHttpServer.Write(context, 200, Feed + new string(' ', 2000), "application/rss+xml"));
        });

        var result = await Fetcher().FetchAsync(new FetchRequest(server.Url("/old")), CancellationToken.None);

        result.Url.AbsolutePath.ShouldBe("/new");
        Encoding.UTF8.GetString(result.Content).TrimEnd().ShouldBe(Feed);
    }

    [Fact]
    public async Task Local_files_are_read_only_under_the_allowed_roots()
    {
        var inside = Path.Combine(_folder.FullName, "feed.xml");
        await File.WriteAllTextAsync(inside, Feed);
        var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(inside)), CancellationToken.None);
        var outside = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(new Uri("/etc/hostname", UriKind.Absolute)), CancellationToken.None));
        var escape = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(new Uri(Path.Combine(_folder.FullName, "..", "x.xml"))), CancellationToken.None));

        Encoding.UTF8.GetString(result.Content).ShouldBe(Feed);
        outside.IsTransient.ShouldBeFalse();
        outside.Message.ShouldContain("not allowed");
        escape.Message.ShouldContain("not allowed");
    }
}
