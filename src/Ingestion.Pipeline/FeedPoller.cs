using System.Collections.Concurrent;
using Ingestion.Feeds;
using Ingestion.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline;

/// <summary>
/// The poller role: on each tick, polls the feeds that are due: the configured ones and those added through the
/// feeds API (read from the database each tick, so every replica sees an addition or removal at its next tick).
/// In run-once mode it polls every feed once and reports that it is done. Each tick catches and logs its
/// failures; only shutdown ends the loop.
/// </summary>
public sealed partial class FeedPoller(
    IServiceScopeFactory scopes,
    FeedStateStore state,
    PipelineMonitor monitor,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<FeedPoller> logger) : BackgroundService
{
    /// <summary>How often due feeds are looked for; a feed's own interval decides when it is due.</summary>
    internal static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    /// <summary>Longest a poll may hold a feed's lease; a crashed replica's feeds are free again after this.</summary>
    internal static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    /// <summary>This replica's identity in feed leases.</summary>
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Retired feeds already warned about by this process: one warning per feed, not one per tick.</summary>
    private readonly ConcurrentDictionary<string, byte> _retiredWarned = new(StringComparer.Ordinal);

    /// <summary>The configured feeds as absolute URIs (paths resolved against the application folder).</summary>
    public static IReadOnlyList<Uri> ConfiguredFeeds(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ActiveFeeds().Select(f => FeedLocations.Resolve(f, AppContext.BaseDirectory)).Distinct().ToList();
    }

    /// <summary>The feeds to poll now: the configured ones, then the active API feeds, each once.</summary>
    public static async Task<IReadOnlyList<Uri>> CurrentFeedsAsync(PipelineOptions options, FeedStateStore state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var configured = ConfiguredFeeds(options);
        var added = await state.ActiveApiFeedsAsync(cancellationToken);
        return configured
            .Concat(added.Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null).OfType<Uri>())
            .DistinctBy(u => u.AbsoluteUri, StringComparer.Ordinal)
            .ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarting(ConfiguredFeeds(options.Value).Count, options.Value.RunOnce);
        if (options.Value.RunOnce)
        {
            try
            {
                await PollAllAsync(await CurrentFeedsAsync(options.Value, state, stoppingToken), dueOnly: false, stoppingToken);
            }
            finally
            {
                monitor.PollingCompleted();
            }

            return;
        }

        using var timer = new PeriodicTimer(Tick, time);
        do
        {
            try
            {
                await PollAllAsync(await CurrentFeedsAsync(options.Value, state, stoppingToken), dueOnly: true, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTickFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Feeds leased in one statement; a lease is taken shortly before its feed's turn comes.</summary>
    internal const int LeaseBatch = 256;

    /// <summary>Most poll results saved in one transaction.</summary>
    internal const int SaveBatch = 512;

    private async Task PollAllAsync(IReadOnlyList<Uri> feeds, bool dueOnly, CancellationToken cancellationToken)
    {
        // One read of every feed's state per pass, not one (or two) per feed.
        var records = await state.GetManyAsync(feeds.Select(f => f.AbsoluteUri).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        var due = new List<Uri>(feeds.Count);
        foreach (var feed in feeds)
        {
            var record = records[feed.AbsoluteUri];
            if (record.RetiredAt is not null)
            {
                // Checked before leasing: a retired feed costs nothing but its share of the pass's read.
                if (_retiredWarned.TryAdd(feed.AbsoluteUri, 0))
                {
                    LogRetiredSkipped(feed.AbsoluteUri, record.RetiredAt.Value, record.LastError);
                }

                continue;
            }

            if (!dueOnly || record.NextPollAt is not { } next || next <= now)
            {
                due.Add(feed);
            }
        }

        if (due.Count == 0)
        {
            return;
        }

        // Polls are mostly waiting (network, database), so several run at once; the bound keeps the number of open
        // requests predictable. Each feed still has one poll at a time (its lease), each host its own limits (the
        // fetcher's), and the feeds are taken host by host in turn so that one slow or rate-limited host does not
        // hold every worker. States are saved in batches by one writer, off the polls' path.
        await using var writer = new FeedStateWriter(state, _owner, logger);
        var services = new ConcurrentBag<AsyncServiceScope>();
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.PollConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(LeasedAsync(InterleaveByHost(due), dueOnly, cancellationToken), parallel, async (leased, ct) =>
            {
                var (feed, record) = leased;
                // One polling service per worker for the whole pass, not one scope per poll.
                var scope = services.TryTake(out var free) ? free : scopes.CreateAsyncScope();
                try
                {
                    var outcome = await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, record, ct);
                    if (outcome.Retired)
                    {
                        // The polling service warned as it retired the feed; no second warning when it is next skipped.
                        _retiredWarned.TryAdd(feed.AbsoluteUri, 0);
                    }

                    await writer.SaveAsync(record, ct);
                }
                catch
                {
                    // Stopped half-way (shutdown): the feed is free again for another replica at once, not after the lease.
                    await state.ReleaseLeaseAsync(feed.AbsoluteUri, _owner, CancellationToken.None);
                    throw;
                }
                finally
                {
                    services.Add(scope);
                }
            });
        }
        finally
        {
            foreach (var scope in services)
            {
                await scope.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The feeds whose lease this poller took, leased <see cref="LeaseBatch"/> at a time as the workers reach them,
    /// each with its state read again after the lease: another replica may have polled it since the pass began.
    /// </summary>
    private async IAsyncEnumerable<(Uri Feed, FeedRecord Record)> LeasedAsync(IReadOnlyList<Uri> feeds, bool dueOnly,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in feeds.Chunk(LeaseBatch))
        {
            var leased = await state.TryLeaseManyAsync(chunk.Select(f => f.AbsoluteUri).ToList(), _owner, LeaseDuration, cancellationToken);
            var records = await state.GetManyAsync(leased, cancellationToken);
            var now = time.GetUtcNow();
            var waiting = new Queue<(Uri, FeedRecord)>();
            foreach (var feed in chunk)
            {
                if (!leased.Contains(feed.AbsoluteUri))
                {
                    LogLeasedElsewhere(feed.AbsoluteUri);
                    continue;
                }

                var record = records[feed.AbsoluteUri];
                if (record.RetiredAt is not null || (dueOnly && record.NextPollAt > now))
                {
                    // Polled (or retired) by another replica between this pass's first read and the lease.
                    await state.ReleaseLeaseAsync(feed.AbsoluteUri, _owner, CancellationToken.None);
                    continue;
                }

                waiting.Enqueue((feed, record));
            }

            try
            {
                while (waiting.TryDequeue(out var next))
                {
                    yield return next;
                }
            }
            finally
            {
                // The pass stopped (shutdown) before these feeds' turn: free them now rather than when the lease runs out.
                foreach (var (feed, _) in waiting)
                {
                    await state.ReleaseLeaseAsync(feed.AbsoluteUri, _owner, CancellationToken.None);
                }
            }
        }
    }

    /// <summary>The feeds reordered so that consecutive feeds are on different hosts where possible (one of each host in turn).</summary>
    internal static IReadOnlyList<Uri> InterleaveByHost(IReadOnlyList<Uri> feeds)
    {
        var byHost = feeds.GroupBy(f => f.IdnHost, StringComparer.OrdinalIgnoreCase).Select(g => new Queue<Uri>(g)).ToList();
        var ordered = new List<Uri>(feeds.Count);
        while (ordered.Count < feeds.Count)
        {
            foreach (var queue in byHost)
            {
                if (queue.TryDequeue(out var feed))
                {
                    ordered.Add(feed);
                }
            }
        }

        return ordered;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed poller starting with {FeedCount} configured feeds and any added through the API (run once: {RunOnce})")]
    private partial void LogStarting(int feedCount, bool runOnce);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedUrl} was retired at {RetiredAt} and is not polled ({Reason}); remove it from the configuration or reinstate it")]
    private partial void LogRetiredSkipped(string feedUrl, DateTimeOffset retiredAt, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedUrl} is being polled by another replica")]
    private partial void LogLeasedElsewhere(string feedUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "A polling pass failed; the next tick tries again")]
    private partial void LogTickFailed(Exception exception);
}
