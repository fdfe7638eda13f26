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

    private async Task PollAllAsync(IReadOnlyList<Uri> feeds, bool dueOnly, CancellationToken cancellationToken)
    {
        // Polls are mostly waiting (network, database), so several may run at once; the bound keeps the number of
        // open requests and database connections predictable. Each feed still has one poll at a time (its lease).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.PollConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(feeds, parallel, (feed, ct) => new ValueTask(PollOneAsync(feed, dueOnly, ct)));
    }

    private async Task PollOneAsync(Uri feed, bool dueOnly, CancellationToken cancellationToken)
    {
        var record = await state.GetAsync(feed.AbsoluteUri, cancellationToken);
        if (record.RetiredAt is not null)
        {
            // Checked before leasing: a retired feed costs one read per tick and nothing else.
            if (_retiredWarned.TryAdd(feed.AbsoluteUri, 0))
            {
                LogRetiredSkipped(feed.AbsoluteUri, record.RetiredAt.Value, record.LastError);
            }

            return;
        }

        if (dueOnly && record.NextPollAt > time.GetUtcNow())
        {
            return;
        }

        if (!await state.TryLeaseAsync(feed.AbsoluteUri, _owner, LeaseDuration, cancellationToken))
        {
            LogLeasedElsewhere(feed.AbsoluteUri);
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, cancellationToken);
            if (outcome.Retired)
            {
                // The polling service warned as it retired the feed; no second warning when it is next skipped.
                _retiredWarned.TryAdd(feed.AbsoluteUri, 0);
            }
        }
        finally
        {
            await state.ReleaseLeaseAsync(feed.AbsoluteUri, _owner, CancellationToken.None);
        }
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
