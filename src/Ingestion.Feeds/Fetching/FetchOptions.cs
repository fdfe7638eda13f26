using System.ComponentModel.DataAnnotations;

namespace Ingestion.Feeds.Fetching;

/// <summary>How feeds and pages are fetched. Bound from the "Fetch" section (env: Fetch__Timeout, ...).</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Time allowed for one attempt; the resilience pipeline retries transient failures within <see cref="TotalTimeout"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time allowed for a fetch including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient HTTP failure within one fetch (5xx, 408, 429, network errors).</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay of the exponential HTTP retry backoff (jittered); Retry-After wins when the server sends one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Longest Retry-After (429, 503) that is waited out inside one fetch. A server asking for a longer pause is not
    /// retried at all: the fetch fails with <see cref="FetchException.RetryAfter"/> and the feed's next poll is moved
    /// past it, so a busy server is never hammered and a worker thread never sleeps for minutes.
    /// </summary>
    public TimeSpan MaxRetryAfterWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed per fetch; more is an error (a loop is an error at once).</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Largest response body accepted, in bytes: a hostile or broken server cannot exhaust memory.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Requests in flight to one host at a time (0: no limit); more wait their turn, bounded by <see cref="Timeout"/>.</summary>
    [Range(0, 1000)]
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Requests started per second to one host (0: no limit; 0.5 is one every two seconds); more wait their turn.</summary>
    [Range(0d, 1000d)]
    public double PerHostRequestsPerSecond { get; set; } = 2;

    /// <summary>Sent with every request so that site operators can tell who polls them and how to reach us.</summary>
    [Required]
    public string UserAgent { get; set; } = "IngestionWorker/1.0 (+https://github.com/news-claims/ingestion)";

    /// <summary>
    /// Allows connections to loopback addresses (127.0.0.0/8, ::1). Off by default: a feed or a redirect must not
    /// make the worker call services on its own machine. Tests and local demos turn it on.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>
    /// Networks in CIDR form ("10.20.0.0/16", "fd00::/8") that may be connected to although they are not public
    /// (private, link-local, CGNAT, loopback, ...). Empty by default: only public addresses are fetched from.
    /// </summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>
    /// Folders whose files may be read through file: URLs. Feeds configured as local paths add their own folder;
    /// a remote feed can never make the worker read a local file.
    /// </summary>
    public IList<string> LocalRoots { get; } = [];
}
