using System.Threading.Channels;
using Ingestion.Storage;
using Microsoft.Extensions.Logging;

namespace Ingestion.Pipeline;

/// <summary>
/// Saves the poller's poll results in batches: polls hand their feed's new state over and go on, one writer saves
/// whatever has gathered (up to <see cref="FeedPoller.SaveBatch"/>) in one transaction and gives the leases back
/// with it. At a thousand polls a second that is a handful of commits a second instead of thousands, which is
/// what SQLite (one writer at a time) and PostgreSQL (one fsync per commit) can keep up with.
/// Disposing it waits until everything handed over is saved.
/// </summary>
internal sealed partial class FeedStateWriter : IAsyncDisposable
{
    private readonly Channel<FeedRecord> _pending;
    private readonly FeedStateStore _state;
    private readonly string _owner;
    private readonly ILogger _logger;
    private readonly Task _drain;

    public FeedStateWriter(FeedStateStore state, string owner, ILogger logger)
    {
        _state = state;
        _owner = owner;
        _logger = logger;
        // Bounded: when the database falls behind, polls wait instead of piling up results in memory.
        _pending = Channel.CreateBounded<FeedRecord>(new BoundedChannelOptions(FeedPoller.SaveBatch * 4)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _drain = Task.Run(DrainAsync);
    }

    /// <summary>Hands a polled feed's state over for saving (waits only while the writer is a full queue behind).</summary>
    public ValueTask SaveAsync(FeedRecord record, CancellationToken cancellationToken) => _pending.Writer.WriteAsync(record, cancellationToken);

    private async Task DrainAsync()
    {
        var batch = new List<FeedRecord>(FeedPoller.SaveBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < FeedPoller.SaveBatch && _pending.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            try
            {
                // Not cancelled by shutdown: polls already made are saved, so their errors and backoffs are kept.
                await _state.SavePolledAsync(batch, _owner, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The polls' results are lost, not their entries (recorded as seen by the polls themselves): the next
                // pass refetches these feeds without their new validators. The leases run out on their own.
                LogSaveFailed(ex, batch.Count);
            }

            batch.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _drain;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving the state of {FeedCount} polled feeds failed; they are polled again as if these polls had not happened")]
    private partial void LogSaveFailed(Exception exception, int feedCount);
}
