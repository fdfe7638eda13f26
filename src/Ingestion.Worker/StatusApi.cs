using Ingestion.Pipeline;
using Ingestion.Storage;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ingestion.Worker;

/// <summary>A receive queue's depth and its error queue's, as RabbitMQ reports them.</summary>
public sealed record QueueDepth(string Queue, uint? Messages, uint? Errors);

/// <summary>What this process has done since it started (the counters behind the ingestion_* metrics).</summary>
public sealed record ProcessCounters(
    long ArticlesDiscovered, long ArticlesIngested, long ArticlesFailed, long ClaimsExtracted, long ClaimsStored,
    long ClaimsFailed, long FeedsFailed);

/// <summary>The dashboard's health view: feeds with their polling state, queues, failures and how to replay them.</summary>
public sealed record WorkerStatus(
    string Roles, string Transport, IReadOnlyList<FeedStatus> Feeds, ProcessCounters Process,
    IReadOnlyList<QueueDepth>? Queues, string? QueuesUnavailable, IReadOnlyList<string> ReplayCommands);

public static class StatusApi
{
    /// <summary>The pipeline's receive queues (kebab-case endpoint names); each faults into "&lt;name&gt;_error".</summary>
    private static readonly string[] PipelineQueues = ["articles", "claims-enrich", "claims-store", "articles-store", "faults-monitor"];

    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/status", GetAsync).WithName("GetStatus").WithTags("status")
            .WithSummary("Feeds with their polling health, queue depths and error counts (RabbitMQ), this process's counters, and the replay commands.")
            .Produces<WorkerStatus>();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        FeedStateStore store, PipelineMonitor monitor, IOptions<PipelineOptions> pipeline, IOptions<TransportOptions> transport,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var feeds = await FeedsApi.AllAsync(store, pipeline.Value, cancellationToken);
        var counters = new ProcessCounters(monitor.ArticlesDiscovered, monitor.ArticlesIngested, monitor.ArticlesFailed,
            monitor.ClaimsExtracted, monitor.ClaimsStored, monitor.ClaimsFailed, monitor.FeedsFailed);
        IReadOnlyList<QueueDepth>? queues = null;
        string? unavailable;
        if (transport.Value.Kind == "RabbitMq")
        {
            (queues, unavailable) = await RabbitQueuesAsync(transport.Value, loggers.CreateLogger("Ingestion.Worker.StatusApi"), cancellationToken);
        }
        else
        {
            unavailable = "The in-memory transport has no queues to inspect: failed messages are counted under process and logged.";
        }

        // Replay is an operator's action on the broker, done with the `ingest` command line (README, Failed messages).
        string[] replay =
        [
            "dotnet run --project src/Ingestion.Cli -- errors list",
            "dotnet run --project src/Ingestion.Cli -- errors replay --queue articles --max 50",
        ];
        return Results.Ok(new WorkerStatus(pipeline.Value.Roles, transport.Value.Kind, feeds, counters, queues, unavailable, replay));
    }

    private static async Task<(IReadOnlyList<QueueDepth>?, string?)> RabbitQueuesAsync(TransportOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = options.Host,
            Port = options.Port,
            VirtualHost = options.VirtualHost,
            UserName = options.Username,
            Password = options.Password,
            ClientProvidedName = "ingestion-worker-status",
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            var depths = new List<QueueDepth>();
            foreach (var queue in PipelineQueues)
            {
                depths.Add(new QueueDepth(queue, await CountAsync(connection, queue, cancellationToken), await CountAsync(connection, queue + "_error", cancellationToken)));
            }

            return (depths, null);
        }
        catch (BrokerUnreachableException ex)
        {
            LogBrokerUnreachable(logger, ex);
            return (null, $"The broker at {options.Host}:{options.Port} did not answer.");
        }
    }

    /// <summary>A queue's message count; null when the queue does not exist (yet): a passive declare of a missing queue closes its channel, so each gets its own.</summary>
    private static async Task<uint?> CountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    private static void LogBrokerUnreachable(ILogger logger, Exception ex) =>
        logger.LogWarning(ex, "The status endpoint could not reach the broker for queue depths");
}
