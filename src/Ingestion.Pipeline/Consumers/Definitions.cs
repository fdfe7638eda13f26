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

    /// <summary>The transport must be allowed to hold a whole batch (and the next) unacknowledged.</summary>
    protected static void ConfigureBatch(IReceiveEndpointConfigurator endpointConfigurator, StoreBatchOptions batch) =>
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, batch.MessageLimit * batch.ConcurrencyLimit);

    protected static void BatchLimits(BatchOptions options, StoreBatchOptions batch) => options
        .SetMessageLimit(batch.MessageLimit)
        .SetTimeLimit(batch.TimeLimit)
        .SetConcurrencyLimit(batch.ConcurrencyLimit);

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

public sealed class StoreArticleConsumerDefinition(IOptions<PipelineOptions> options)
    : RetryingConsumerDefinition<StoreArticleConsumer>(options, "articles-store")
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StoreArticleConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        ConfigureBatch(endpointConfigurator, Options.StoreBatch);
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.Options<BatchOptions>(o => BatchLimits(o, Options.StoreBatch));
    }
}

public sealed class StoreClaimsConsumerDefinition(IOptions<PipelineOptions> options)
    : RetryingConsumerDefinition<StoreClaimsConsumer>(options, "claims-store")
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StoreClaimsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        ConfigureBatch(endpointConfigurator, Options.StoreBatch);
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.Options<BatchOptions>(o => BatchLimits(o, Options.StoreBatch));
    }
}

public sealed class FaultMonitorConsumerDefinition : ConsumerDefinition<FaultMonitorConsumer>
{
    public FaultMonitorConsumerDefinition() => EndpointName = "faults-monitor";
}
