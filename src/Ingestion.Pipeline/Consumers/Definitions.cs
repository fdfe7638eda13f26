using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// Retry lives next to each consumer (house style): exponential backoff with jitter for transient faults only;
/// anything else faults at once and goes to the endpoint's error queue with its exception details.
/// </summary>
public abstract class RetryingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected RetryingConsumerDefinition(IOptions<PipelineOptions> options, string endpointName)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        EndpointName = endpointName;
    }

    protected PipelineOptions Options { get; }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        var retry = Options.Retry;
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta);
            r.Handle<Exception>(FailureClassifier.IsTransient);
        });
    }
}

public sealed class ArticleConsumerDefinition(IOptions<PipelineOptions> options)
    : RetryingConsumerDefinition<ArticleConsumer>(options, "articles");

public sealed class EnrichClaimConsumerDefinition(IOptions<PipelineOptions> options)
    : RetryingConsumerDefinition<EnrichClaimConsumer>(options, "claims-enrich");

/// <summary>
/// A store endpoint: its consumer takes batches (one set-based write per batch) within
/// <see cref="PipelineOptions.StoreBatch"/>, on top of the retry policy.
/// </summary>
public abstract class BatchingConsumerDefinition<TConsumer>(IOptions<PipelineOptions> options, string endpointName)
    : RetryingConsumerDefinition<TConsumer>(options, endpointName)
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        var batch = Options.StoreBatch;
        // The transport must be allowed to hold a whole batch (and the next) unacknowledged.
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, batch.MessageLimit * batch.ConcurrencyLimit);
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(batch.MessageLimit)
            .SetTimeLimit(batch.TimeLimit)
            .SetConcurrencyLimit(batch.ConcurrencyLimit));
    }
}

public sealed class StoreArticleConsumerDefinition(IOptions<PipelineOptions> options)
    : BatchingConsumerDefinition<StoreArticleConsumer>(options, "articles-store");

public sealed class StoreClaimsConsumerDefinition(IOptions<PipelineOptions> options)
    : BatchingConsumerDefinition<StoreClaimsConsumer>(options, "claims-store");

public sealed class FaultMonitorConsumerDefinition : ConsumerDefinition<FaultMonitorConsumer>
{
    public FaultMonitorConsumerDefinition() => EndpointName = "faults-monitor";
}
