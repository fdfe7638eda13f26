using System.ComponentModel.DataAnnotations;

namespace Ingestion.Worker;

/// <summary>The message transport. Bound from "Transport" (env: Transport__Kind=RabbitMq, Transport__Host, ...).</summary>
public sealed class TransportOptions : IValidatableObject
{
    public const string Section = "Transport";

    /// <summary>"InMemory" (the embedded default: one process, nothing to install) or "RabbitMq".</summary>
    [Required]
    [RegularExpression("^(InMemory|RabbitMq)$", ErrorMessage = "Transport:Kind must be InMemory or RabbitMq.")]
    public string Kind { get; set; } = "InMemory";

    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Declare receive queues as quorum queues (replicated, durable; RabbitMQ 3.8+).</summary>
    public bool QuorumQueues { get; set; } = true;

    /// <summary>How long shutdown waits for in-flight messages to finish before the host stops.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per-endpoint overrides by queue name ("articles", "claims-enrich", "claims-store", ...).</summary>
    public Dictionary<string, EndpointOptions> Endpoints { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Built-in values for endpoints whose work differs from the transport-wide default; <see cref="Endpoints"/>
    /// overrides them. The enricher's work per claim is short next to the wait for its publish to be confirmed,
    /// so it keeps more claims in flight; the articles and store endpoints keep the transport's values (the store
    /// raises its prefetch to hold whole batches itself).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, EndpointOptions> EndpointDefaults =
        new Dictionary<string, EndpointOptions>(StringComparer.OrdinalIgnoreCase)
        {
            ["claims-enrich"] = new() { PrefetchCount = 128, ConcurrencyLimit = 32 },
        };

    /// <summary>Messages a consumer endpoint may hold unacknowledged.</summary>
    [Range(1, 10_000)]
    public int PrefetchCount { get; set; } = 32;

    /// <summary>Messages a consumer endpoint processes at once.</summary>
    [Range(1, 1_000)]
    public int ConcurrencyLimit { get; set; } = 8;

    /// <summary>The per-endpoint overrides' own ranges: the data-annotations validator does not descend into the dictionary.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (queue, endpoint) in Endpoints)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(endpoint, new ValidationContext(endpoint), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"Transport:Endpoints:{queue}: {result.ErrorMessage}", result.MemberNames.Select(m => $"Endpoints.{queue}.{m}"));
                }
            }
        }
    }
}

/// <summary>Prefetch and concurrency of one consumer endpoint (Transport:Endpoints:articles:PrefetchCount, ...).</summary>
public sealed class EndpointOptions
{
    [Range(1, 10_000)]
    public int? PrefetchCount { get; set; }

    [Range(1, 1_000)]
    public int? ConcurrencyLimit { get; set; }
}
