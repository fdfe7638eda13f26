using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Ingestion.Contracts;
using Ingestion.FeedPollBenchmark;
using Ingestion.Pipeline;
using Ingestion.Storage;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Usage: dotnet run -c Release --project benchmarks/Ingestion.FeedPollBenchmark -- [--feeds 10000] [--rounds 3]
//        [--change 0.05] [--hosts 20] [--entries 3] [--per-host 64] [--concurrency N] [--db-folder DIR]
var settings = BenchmarkSettings.Parse(args);
if (settings is null)
{
    return 2;
}

var folder = settings.DatabaseFolder is { } parent
    ? Directory.CreateDirectory(Path.Combine(parent, $"ingestion-feedpoll-{Guid.NewGuid():N}")).FullName
    : Directory.CreateTempSubdirectory("ingestion-feedpoll-").FullName;
await using var server = await FeedServer.StartAsync(settings.Feeds, settings.Hosts, settings.InitialEntries);
Console.Error.WriteLine($"feedpoll: {settings.Feeds} feeds on {settings.Hosts} loopback hosts; SQLite in {folder}");

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
var configuration = new Dictionary<string, string?>
{
    // No pipeline role: no consumers and no hosted poller. The benchmark runs FeedPoller itself, one pass per round.
    // "api" is a valid role that adds nothing to this host (the query API lives in the worker's web host).
    ["Ingestion:Roles"] = Roles.Api,
    ["Storage:Provider"] = "Sqlite",
    ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "ingestion.db")}",
    // The fetcher's loopback refusal and per-host limits (when the build has them): the feeds are local on
    // purpose, and the limits must measure the poller, not throttle it.
    ["Fetch:AllowLoopback"] = "true",
    ["Fetch:PerHostConcurrency"] = settings.PerHostConcurrency.ToString(CultureInfo.InvariantCulture),
    ["Fetch:PerHostRequestsPerSecond"] = "0", // 0 = no rate limit: the feeds are local and the rate is what is measured
};
if (settings.PollConcurrency is { } concurrency)
{
    configuration["Ingestion:PollConcurrency"] = concurrency.ToString(CultureInfo.InvariantCulture);
}

builder.Configuration.AddInMemoryCollection(configuration);
builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
builder.AddIngestionPipeline((bus, _) =>
{
    bus.AddConsumer<AnnouncedCounter>();
    bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
});
builder.Services.AddSingleton<AnnouncedCounter.Total>();
using var host = builder.Build();
await host.Services.InitializeStorageAsync();
await host.StartAsync();

using var polls = new PollCounter();
var announced = host.Services.GetRequiredService<AnnouncedCounter.Total>();
var monitor = host.Services.GetRequiredService<PipelineMonitor>();
var pollerOptions = host.Services.GetRequiredService<IOptions<PipelineOptions>>().Value;
var runOnce = new PipelineOptions { RunOnce = true, PollInterval = pollerOptions.PollInterval, Roles = pollerOptions.Roles };
foreach (var url in server.FeedUrls)
{
    runOnce.Feeds.Add(url);
}

var rows = new List<RoundResult>();
using var process = Process.GetCurrentProcess();
for (var round = 0; round <= settings.Rounds; round++)
{
    var changed = round == 0 ? settings.Feeds : (int)Math.Round(settings.Feeds * settings.ChangeShare);
    if (round > 0)
    {
        server.ChangeFeeds(round, changed);
    }

    var (ok0, notModified0, other0) = server.Counts;
    var (polled0, failed0) = polls.Counts;
    var announced0 = announced.Count;
    var discovered0 = monitor.ArticlesDiscovered;
    process.Refresh();
    var cpu0 = process.TotalProcessorTime;
    using var heap = new HeapSampler();
    var wall = Stopwatch.StartNew();

    // The real poller in run-once mode: one pass over every feed, as `Ingestion.Worker --once` makes it.
    var poller = ActivatorUtilities.CreateInstance<FeedPoller>(host.Services, Options.Create(runOnce));
    await poller.StartAsync(CancellationToken.None);
    await poller.ExecuteTask!;
    wall.Stop();
    // Delivery on the in-memory bus is asynchronous: wait (briefly) until every published message arrived.
    var expected = monitor.ArticlesDiscovered - discovered0;
    for (var waited = 0; announced.Count - announced0 < expected && waited < 100; waited++)
    {
        await Task.Delay(50);
    }

    process.Refresh();
    var (ok1, notModified1, other1) = server.Counts;
    var (polled1, failed1) = polls.Counts;
    rows.Add(new RoundResult(round, changed, polled1 - polled0, ok1 - ok0, notModified1 - notModified0, (failed1 - failed0) + (other1 - other0),
        announced.Count - announced0, wall.Elapsed, process.TotalProcessorTime - cpu0, process.PeakWorkingSet64, heap.PeakBytes));
    Console.Error.WriteLine($"feedpoll: round {round} done in {wall.Elapsed.TotalSeconds:F1} s");
    poller.Dispose();
}

await host.StopAsync();
Console.WriteLine($"Feed polling: {settings.Feeds} feeds on {settings.Hosts} loopback hosts, {settings.InitialEntries} entries at first, "
    + $"{settings.ChangeShare:P0} changed per later round; SQLite, in-memory bus; poll concurrency: "
    + (settings.PollConcurrency?.ToString(CultureInfo.InvariantCulture) ?? "the poller's default") + ".");
Console.WriteLine();
Console.WriteLine("| round | changed | polls | 200 | 304 | errors | articles announced | wall s | polls/s | CPU s | CPU/wall | peak working set MiB | peak GC heap MiB |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var r in rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Round} | {r.Changed} | {r.Polls} | {r.Ok} | {r.NotModified} | {r.Errors} | {r.Announced} | {r.Wall.TotalSeconds:F1} | {r.Polls / r.Wall.TotalSeconds:F0} | {r.Cpu.TotalSeconds:F1} | {r.Cpu / r.Wall:F2} | {r.PeakWorkingSet / 1048576} | {r.PeakHeap / 1048576} |"));
}

Directory.Delete(folder, recursive: true);
return rows.All(r => r.Errors == 0) ? 0 : 1;

internal sealed record RoundResult(int Round, int Changed, long Polls, long Ok, long NotModified, long Errors, long Announced,
    TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSet, long PeakHeap);

internal sealed record BenchmarkSettings(int Feeds, int Rounds, double ChangeShare, int Hosts, int InitialEntries, int PerHostConcurrency, int? PollConcurrency, string? DatabaseFolder)
{
    public static BenchmarkSettings? Parse(string[] args)
    {
        var s = new BenchmarkSettings(10_000, 3, 0.05, 20, 3, 64, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            var inv = CultureInfo.InvariantCulture;
            switch (args[i])
            {
                case "--feeds" when int.TryParse(value, inv, out var n) && n > 0: s = s with { Feeds = n }; break;
                case "--rounds" when int.TryParse(value, inv, out var n) && n >= 0: s = s with { Rounds = n }; break;
                case "--change" when double.TryParse(value, inv, out var d) && d is >= 0 and <= 1: s = s with { ChangeShare = d }; break;
                case "--hosts" when int.TryParse(value, inv, out var n) && n is >= 1 and <= 254: s = s with { Hosts = n }; break;
                case "--entries" when int.TryParse(value, inv, out var n) && n is >= 1 and <= 20: s = s with { InitialEntries = n }; break;
                case "--per-host" when int.TryParse(value, inv, out var n) && n >= 1: s = s with { PerHostConcurrency = n }; break;
                case "--concurrency" when int.TryParse(value, inv, out var n) && n >= 1: s = s with { PollConcurrency = n }; break;
                case "--db-folder" when Directory.Exists(value): s = s with { DatabaseFolder = value }; break;
                default:
                    Console.Error.WriteLine($"feedpoll: bad argument '{args[i]} {value}'. Options: --feeds N --rounds K --change SHARE(0..1) --hosts H(1..254) --entries E(1..20) --per-host N --concurrency N --db-folder DIR");
                    return null;
            }

            i++;
        }

        return s;
    }
}

/// <summary>Counts the <see cref="ArticleDiscovered"/> messages that reached the bus's consumers.</summary>
internal sealed class AnnouncedCounter(AnnouncedCounter.Total total) : IConsumer<ArticleDiscovered>
{
    public Task Consume(ConsumeContext<ArticleDiscovered> context)
    {
        total.Add();
        return Task.CompletedTask;
    }

    internal sealed class Total
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }
}

/// <summary>Polls as the poller reports them (the ingestion.feeds.polled counter, by outcome).</summary>
internal sealed class PollCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _polled;
    private long _failed;

    public PollCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineMonitor.MeterName && instrument.Name == "ingestion.feeds.polled")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            Interlocked.Add(ref _polled, value);
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome" && (string?)tag.Value == "failed")
                {
                    Interlocked.Add(ref _failed, value);
                }
            }
        });
        _listener.Start();
    }

    public (long Polled, long Failed) Counts => (Interlocked.Read(ref _polled), Interlocked.Read(ref _failed));

    public void Dispose() => _listener.Dispose();
}

/// <summary>Samples the GC heap size every 50 ms and keeps the largest.</summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public HeapSampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    public long PeakBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        var size = GC.GetGCMemoryInfo().HeapSizeBytes;
        var current = GC.GetTotalMemory(forceFullCollection: false);
        var value = Math.Max(size, current);
        long seen;
        while (value > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, value, seen) != seen)
        {
        }
    }

    public void Dispose() => _timer.Dispose();
}
