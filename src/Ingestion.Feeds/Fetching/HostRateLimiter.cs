using System.Threading.RateLimiting;

namespace Ingestion.Feeds.Fetching;

/// <summary>
/// Politeness per host: at most <see cref="FetchOptions.PerHostConcurrency"/> requests in flight and
/// <see cref="FetchOptions.PerHostRequestsPerSecond"/> started per second to one host name. Requests over the limit
/// queue (oldest first) instead of failing; the attempt timeout bounds the wait. Other hosts are not held up.
/// One instance per process (a singleton), shared by every handler the HTTP client factory creates.
/// </summary>
public sealed class HostRateLimiter : IDisposable
{
    // Large enough that a burst of articles from one site waits rather than fails; the timeout bounds each wait.
    private const int QueueLimit = 100_000;

    private readonly PartitionedRateLimiter<string> _limiter;

    public HostRateLimiter(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limiters = new List<PartitionedRateLimiter<string>>();
        if (options.PerHostConcurrency > 0)
        {
            limiters.Add(PartitionedRateLimiter.Create<string, string>(host => RateLimitPartition.GetConcurrencyLimiter(host, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.PerHostConcurrency,
                QueueLimit = QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }), StringComparer.OrdinalIgnoreCase));
        }

        if (options.PerHostRequestsPerSecond > 0)
        {
            // One token per 1/rate seconds with a bucket of at most one second's worth: requests are spread out
            // evenly rather than sent in bursts.
            var period = TimeSpan.FromSeconds(1 / options.PerHostRequestsPerSecond);
            var bucket = Math.Max(1, (int)Math.Floor(options.PerHostRequestsPerSecond));
            limiters.Add(PartitionedRateLimiter.Create<string, string>(host => RateLimitPartition.GetTokenBucketLimiter(host, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = bucket,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = period,
                AutoReplenishment = true,
                QueueLimit = QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }), StringComparer.OrdinalIgnoreCase));
        }

        _limiter = limiters.Count switch
        {
            0 => PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetNoLimiter(string.Empty)),
            1 => limiters[0],
            _ => PartitionedRateLimiter.CreateChained([.. limiters]),
        };
    }

    /// <summary>Waits for a permit to send one request to <paramref name="host"/>; dispose the lease when the response is read.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string host, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(host, 1, cancellationToken);

    /// <summary>A permit for <paramref name="host"/> if one is free now, without waiting (IsAcquired tells).</summary>
    public RateLimitLease TryAcquire(string host) => _limiter.AttemptAcquire(host, 1);

    public void Dispose() => _limiter.Dispose();
}

/// <summary>
/// Applies the <see cref="HostRateLimiter"/> to each request the fetcher's client sends, retries and redirects included.
/// The permit is held until the response (body included) is disposed, so a slow body counts as in flight.
/// </summary>
public sealed class HostRateLimitHandler(HostRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.RequestUri?.IdnHost ?? string.Empty;
        var lease = await limiter.AcquireAsync(host, cancellationToken);
        try
        {
            if (!lease.IsAcquired)
            {
                throw new HttpRequestException($"too many requests queued for {host}; try again later");
            }

            var response = await base.SendAsync(request, cancellationToken);
            response.Content = new LeasedContent(response.Content, lease);
            return response;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>The response body, unchanged, that gives the permit back when it is disposed.</summary>
    private sealed class LeasedContent : HttpContent
    {
        private readonly HttpContent _inner;
        private RateLimitLease? _lease;

        public LeasedContent(HttpContent inner, RateLimitLease lease)
        {
            _inner = inner;
            _lease = lease;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            _inner.CopyToAsync(stream);

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken) =>
            _inner.CopyToAsync(stream, cancellationToken);

        protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => _inner.ReadAsStreamAsync(cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                Interlocked.Exchange(ref _lease, null)?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
