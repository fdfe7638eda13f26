using Ingestion.Feeds;
using Ingestion.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline;

/// <summary>
/// The poller role: on each tick, polls the configured feeds that are due. In run-once mode it polls every
/// feed once and reports that it is done. Each tick catches and logs its failures; only shutdown ends the loop.
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = options.Value.ActiveFeeds().Select(f => FeedLocations.Resolve(f, AppContext.BaseDirectory)).Distinct().ToList();
        LogStarting(feeds.Count, options.Value.RunOnce);
        if (options.Value.RunOnce)
        {
            try
            {
                await PollAllAsync(feeds, dueOnly: false, stoppingToken);
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
                await PollAllAsync(feeds, dueOnly: true, stoppingToken);
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
        // Polls are mostly waiting (network, database), so several run at once; the bound keeps the number of
        // open requests and database connections predictable. Each feed still has one poll at a time (its lease).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.PollConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(feeds, parallel, (feed, ct) => new ValueTask(PollOneAsync(feed, dueOnly, ct)));
    }

    private async Task PollOneAsync(Uri feed, bool dueOnly, CancellationToken cancellationToken)
    {
        if (dueOnly)
        {
            var record = await state.GetAsync(feed.AbsoluteUri, cancellationToken);
            if (record.NextPollAt > time.GetUtcNow())
            {
                return;
            }
        }

        if (!await state.TryLeaseAsync(feed.AbsoluteUri, _owner, LeaseDuration, cancellationToken))
        {
            LogLeasedElsewhere(feed.AbsoluteUri);
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, cancellationToken);
        }
        finally
        {
            await state.ReleaseLeaseAsync(feed.AbsoluteUri, _owner, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed poller starting with {FeedCount} feeds (run once: {RunOnce})")]
    private partial void LogStarting(int feedCount, bool runOnce);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedUrl} is being polled by another replica")]
    private partial void LogLeasedElsewhere(string feedUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "A polling pass failed; the next tick tries again")]
    private partial void LogTickFailed(Exception exception);
}
