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

    /// <summary>Largest response body accepted, in bytes: a hostile or broken server cannot exhaust memory.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Sent with every request so that site operators can tell who polls them and how to reach us.</summary>
    [Required]
    public string UserAgent { get; set; } = "IngestionWorker/1.0 (+https://github.com/news-claims/ingestion)";

    /// <summary>
    /// Folders whose files may be read through file: URLs. Feeds configured as local paths add their own folder;
    /// a remote feed can never make the worker read a local file.
    /// </summary>
    public IList<string> LocalRoots { get; } = [];
}
