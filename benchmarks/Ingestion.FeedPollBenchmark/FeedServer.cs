using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingestion.FeedPollBenchmark;

/// <summary>
/// Serves N small RSS feeds from Kestrel on loopback addresses 127.0.0.1..127.0.0.H (one port each), with ETag
/// and Last-Modified. Each feed has a version; a round bumps the version of a chosen share of the feeds, which
/// then answer 200 with one more entry, while the others answer 304 to a conditional GET.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly int[] _versions;
    private readonly int _initialEntries;
    private long _ok;
    private long _notModified;
    private long _other;

    private FeedServer(WebApplication app, int feeds, int initialEntries)
    {
        _app = app;
        _versions = new int[feeds];
        _initialEntries = initialEntries;
    }

    /// <summary>The feed URLs, feed i on host 127.0.0.(1 + i mod H).</summary>
    public IReadOnlyList<string> FeedUrls { get; private set; } = [];

    public (long Ok, long NotModified, long Other) Counts =>
        (Interlocked.Read(ref _ok), Interlocked.Read(ref _notModified), Interlocked.Read(ref _other));

    public static async Task<FeedServer> StartAsync(int feeds, int hosts, int initialEntries)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            for (var h = 1; h <= hosts; h++)
            {
                // All of 127.0.0.0/8 is loopback on Linux: distinct hosts for per-host limits, no network exposure.
                kestrel.Listen(IPAddress.Parse($"127.0.0.{h}"), 0);
            }

            kestrel.Limits.MaxConcurrentConnections = null;
        });
        var app = builder.Build();
        var server = new FeedServer(app, feeds, initialEntries);
        app.MapGet("/feeds/{id:int}.xml", (int id, HttpContext context) => server.Serve(id, context));
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a))
            .ToDictionary(u => u.Host, u => u.Port);
        server.FeedUrls = Enumerable.Range(0, feeds)
            .Select(i => $"http://127.0.0.{1 + (i % hosts)}:{addresses[$"127.0.0.{1 + (i % hosts)}"]}/feeds/{i}.xml")
            .ToList();
        return server;
    }

    /// <summary>Changes <paramref name="count"/> feeds, chosen at random (seeded by the round), by one new entry each.</summary>
    public void ChangeFeeds(int round, int count)
    {
        var chosen = Enumerable.Range(0, _versions.Length).ToArray();
        new Random(round).Shuffle(chosen);
        foreach (var i in chosen.Take(count))
        {
            Interlocked.Increment(ref _versions[i]);
        }
    }

    private IResult Serve(int id, HttpContext context)
    {
        if (id < 0 || id >= _versions.Length)
        {
            Interlocked.Increment(ref _other);
            return Results.NotFound();
        }

        var version = Volatile.Read(ref _versions[id]);
        var etag = $"\"{id}-{version}\"";
        var lastModified = Epoch.AddHours(version);
        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Tag.Equals(etag, StringComparison.Ordinal))
            : request.IfModifiedSince is { } since && since >= lastModified;
        var response = context.Response.GetTypedHeaders();
        response.ETag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue(etag);
        response.LastModified = lastModified;
        if (notModified)
        {
            Interlocked.Increment(ref _notModified);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        Interlocked.Increment(ref _ok);
        return Results.Text(Rss(id, version), "application/rss+xml", Encoding.UTF8);
    }

    /// <summary>Feed <paramref name="id"/> at <paramref name="version"/>: the initial entries plus one per change, newest first, at most 20.</summary>
    private string Rss(int id, int version)
    {
        var host = $"feed{id}.example";
        var sb = new StringBuilder(2048);
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
            .Append(CultureInfo.InvariantCulture, $"<title>Feed {id}</title><link>https://{host}/</link><description>Benchmark feed {id}</description>");
        var last = _initialEntries + version - 1;
        for (var k = last; k >= Math.Max(0, last - 19); k--)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><title>Story {k} of feed {id}</title><link>https://{host}/news/{k}</link><guid>https://{host}/news/{k}</guid>")
              .Append(CultureInfo.InvariantCulture,
                $"<pubDate>{Epoch.AddMinutes(k).ToString("r", CultureInfo.InvariantCulture)}</pubDate><description>Summary of story {k}.</description></item>");
        }

        return sb.Append("</channel></rss>").ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
