using System.Diagnostics.Metrics;

namespace Ingestion.Pipeline;

/// <summary>
/// Counts what passes through this process's stages: the source of the run-once summary and of the
/// pipeline's metrics (meter "Ingestion.Pipeline").
/// </summary>
public sealed class PipelineMonitor : IDisposable
{
    public const string MeterName = "Ingestion.Pipeline";

    private readonly Meter _meter;
    private readonly Counter<long> _feedsPolled;
    private readonly Counter<long> _articles;
    private readonly Counter<long> _claims;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _stageSeconds;
    private readonly TaskCompletionSource _pollingDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _articlesDiscovered;
    private long _articlesIngested;
    private long _articlesSkipped;
    private long _articlesFailed;
    private long _articlesStored;
    private long _articleStoresFailed;
    private long _claimsExtracted;
    private long _claimsStored;
    private long _claimsFailed;
    private long _feedsFailed;

    public PipelineMonitor(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _feedsPolled = _meter.CreateCounter<long>("ingestion.feeds.polled", description: "Feed polls, by outcome");
        _articles = _meter.CreateCounter<long>("ingestion.articles", description: "Articles, by stage outcome");
        _claims = _meter.CreateCounter<long>("ingestion.claims", description: "Claims, by stage outcome");
        _failures = _meter.CreateCounter<long>("ingestion.failures", description: "Faulted messages, by stage");
        _stageSeconds = _meter.CreateHistogram<double>("ingestion.stage.duration", unit: "s", description: "Time a stage spent on one message");
    }

    public long ArticlesDiscovered => Interlocked.Read(ref _articlesDiscovered);
    public long ArticlesIngested => Interlocked.Read(ref _articlesIngested);
    public long ArticlesSkipped => Interlocked.Read(ref _articlesSkipped);
    public long ArticlesFailed => Interlocked.Read(ref _articlesFailed);
    public long ArticlesStored => Interlocked.Read(ref _articlesStored);
    public long ArticleStoresFailed => Interlocked.Read(ref _articleStoresFailed);
    public long ClaimsExtracted => Interlocked.Read(ref _claimsExtracted);
    public long ClaimsStored => Interlocked.Read(ref _claimsStored);
    public long ClaimsFailed => Interlocked.Read(ref _claimsFailed);
    public long FeedsFailed => Interlocked.Read(ref _feedsFailed);

    /// <summary>Everything that failed: feeds that could not be polled, articles and claims that faulted.</summary>
    public long Failed => FeedsFailed + ArticlesFailed + ArticleStoresFailed + ClaimsFailed;

    public void FeedPolled(bool succeeded)
    {
        if (!succeeded)
        {
            Interlocked.Increment(ref _feedsFailed);
        }

        _feedsPolled.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));
    }

    public void ArticleDiscovered()
    {
        Interlocked.Increment(ref _articlesDiscovered);
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", "discovered"));
    }

    public void ArticleIngested(int claimCount)
    {
        Interlocked.Add(ref _claimsExtracted, claimCount);
        Interlocked.Increment(ref _articlesIngested);
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", "ingested"));
        _claims.Add(claimCount, new KeyValuePair<string, object?>("outcome", "extracted"));
    }

    /// <summary>
    /// An announced article that publishes nothing: a copy of an article already ingested under another id, or a
    /// re-announced entry whose text did not change. It is accounted for, but it is not ingested and never stored.
    /// </summary>
    public void ArticleSkipped(string reason)
    {
        Interlocked.Increment(ref _articlesSkipped);
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", reason));
    }

    public void ArticleFailed()
    {
        Interlocked.Increment(ref _articlesFailed);
        _failures.Add(1, new KeyValuePair<string, object?>("stage", "articles"));
    }

    public void ArticleStored() => Interlocked.Increment(ref _articlesStored);

    public void ArticleStoreFailed()
    {
        Interlocked.Increment(ref _articleStoresFailed);
        _failures.Add(1, new KeyValuePair<string, object?>("stage", Roles.Store));
    }

    public void ClaimsStoredCount(int count)
    {
        Interlocked.Add(ref _claimsStored, count);
        _claims.Add(count, new KeyValuePair<string, object?>("outcome", "stored"));
    }

    public void ClaimFailed(string stage) => ClaimsFailedCount(stage, 1);

    /// <summary>Claims that faulted together in one message (an article's claims in the per-article mode).</summary>
    public void ClaimsFailedCount(string stage, int count)
    {
        Interlocked.Add(ref _claimsFailed, count);
        _failures.Add(count, new KeyValuePair<string, object?>("stage", stage));
    }

    public void StageDuration(string stage, TimeSpan elapsed) =>
        _stageSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("stage", stage));

    /// <summary>The poller has finished its single pass (run-once mode).</summary>
    public void PollingCompleted() => _pollingDone.TrySetResult();

    public Task PollingCompletion => _pollingDone.Task;

    /// <summary>
    /// True when every discovered article was ingested or failed, every ingested article was stored or failed,
    /// and every extracted claim was stored or failed. Only meaningful when one process runs every role
    /// (run-once mode). The article store counts too: an in-memory run that exits before it would lose articles.
    /// </summary>
    public bool IsDrained =>
        _pollingDone.Task.IsCompleted
        && ArticlesIngested + ArticlesSkipped + ArticlesFailed >= ArticlesDiscovered
        && ArticlesStored + ArticleStoresFailed >= ArticlesIngested
        && ClaimsStored + ClaimsFailed >= ClaimsExtracted;

    public string Summary() =>
        $"articles={ArticlesIngested} claims={ClaimsExtracted} stored={ClaimsStored} failed={Failed}";

    public void Dispose() => _meter.Dispose();
}
