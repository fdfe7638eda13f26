using System.ComponentModel.DataAnnotations;

namespace Ingestion.Pipeline;

/// <summary>The pipeline's settings. Bound from the "Ingestion" section (env: Ingestion__Feeds__0, Ingestion__PollInterval, ...).</summary>
public sealed class PipelineOptions : IValidatableObject
{
    public const string Section = "Ingestion";

    /// <summary>Feeds to poll: http(s) URLs or local paths (relative paths are resolved against the application folder).</summary>
    public IList<string> Feeds { get; } = [];

    /// <summary>Time between two polls of the same feed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How many feeds one poller polls at the same time (env: Ingestion__PollConcurrency), 1 to 256. Each host keeps
    /// its own limits (Fetch:PerHostConcurrency, Fetch:PerHostRequestsPerSecond) whatever this is; an article listed
    /// by two feeds polled at the same moment is still announced once (see <see cref="ArticleAnnouncements"/>).
    /// </summary>
    [Range(1, 256)]
    public int PollConcurrency { get; set; } = 8;

    /// <summary>
    /// The roles this process runs, comma-separated: poller, articles, enricher, store, api (all by default). The
    /// api role serves the query API and the dashboard, so readers can run on replicas of their own.
    /// </summary>
    [Required]
    public string Roles { get; set; } = "poller,articles,enricher,store,api";

    /// <summary>Poll every feed once, wait until the pipeline is drained, print a summary and exit (the --once flag).</summary>
    public bool RunOnce { get; set; }

    /// <summary>In run-once mode, how long to wait for the pipeline to drain before giving up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RunOnceTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Inline feed content shorter than this many characters is a teaser: the page is fetched instead.</summary>
    [Range(0, int.MaxValue)]
    public int MinInlineContentChars { get; set; } = 600;

    /// <summary>
    /// Whether the articles stage publishes one message per claim (<c>PerClaim</c>, the version 1 events, the
    /// default) or one per article (<c>PerArticle</c>: far fewer messages; subscribers then read
    /// ArticleClaimsExtracted / ArticleClaimsEnriched instead of ClaimExtracted / ClaimEnriched). docs/contracts.md.
    /// </summary>
    public ClaimMessages ClaimMessages { get; set; } = ClaimMessages.PerClaim;

    /// <summary>
    /// Whether the store announces an article message's stored claims one <c>ClaimStored</c> per claim (the
    /// default, what version 1 subscribers read) or one <c>ArticleClaimsStored</c> per article (<c>PerArticle</c>).
    /// docs/contracts.md.
    /// </summary>
    public StoredEvents StoredEvents { get; set; } = StoredEvents.PerClaim;

    public RetryOptions Retry { get; set; } = new();

    public StoreBatchOptions StoreBatch { get; set; } = new();

    /// <summary>
    /// The configured feeds without blank entries: configuration lists merge by index, so an environment can
    /// switch off a default feed by setting its entry empty (Ingestion__Feeds__2=).
    /// </summary>
    public IEnumerable<string> ActiveFeeds() => Feeds.Where(f => !string.IsNullOrWhiteSpace(f));

    /// <summary>
    /// What attributes cannot say: the nested sections' own attributes (the data-annotations validator does not
    /// descend into Retry and StoreBatch), role names (a misspelt role would silently run nothing), and the
    /// retry bounds' order.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var role in Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Pipeline.Roles.Known.Contains(role, StringComparer.OrdinalIgnoreCase))
            {
                yield return new ValidationResult(
                    $"Ingestion:Roles names '{role}', which is not a role: use {string.Join(", ", Pipeline.Roles.Known)} (comma-separated).", [nameof(Roles)]);
            }
        }

        foreach (var (section, value) in new (string, object)[] { ("Retry", Retry), ("StoreBatch", StoreBatch) })
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"Ingestion:{section}: {result.ErrorMessage}", result.MemberNames.Select(m => $"{section}.{m}"));
                }
            }
        }

        if (Retry.MinInterval > Retry.MaxInterval)
        {
            yield return new ValidationResult("Ingestion:Retry:MinInterval must not be longer than Ingestion:Retry:MaxInterval.", ["Retry.MinInterval"]);
        }
    }

    public bool HasRole(string role) =>
        Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(r => r.Equals(role, StringComparison.OrdinalIgnoreCase) || r.Equals("all", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Message retry for transient faults: exponential backoff with jitter.</summary>
public sealed class RetryOptions
{
    [Range(0, 100)]
    public int Limit { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>How the store consumer gathers claims into one write.</summary>
public sealed class StoreBatchOptions
{
    [Range(1, 10_000)]
    public int MessageLimit { get; set; } = 100;

    /// <summary>A partial batch is written after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(1, 64)]
    public int ConcurrencyLimit { get; set; } = 2;
}

public static class Roles
{
    public const string Poller = "poller";
    public const string Articles = "articles";
    public const string Enricher = "enricher";
    public const string Store = "store";

    /// <summary>The read-only query API and the dashboard (served by the web host; no consumers).</summary>
    public const string Api = "api";

    /// <summary>Every role name Ingestion:Roles may hold; "all" stands for every role.</summary>
    public static readonly IReadOnlyList<string> Known = [Poller, Articles, Enricher, Store, Api, "all"];
}
