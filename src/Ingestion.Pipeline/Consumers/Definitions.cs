using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline.Consumers;

// Retry lives next to each consumer (house style): exponential backoff with jitter for transient faults only;
// anything else faults at once and goes to the endpoint's error queue with its exception details.

internal static class RetryPolicy
{
    public static void Apply(IReceiveEndpointConfigurator endpoint, RetryOptions retry) =>
        endpoint.UseMessageRetry(r =>
        {
            r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta);
            r.Handle<Exception>(FailureClassifier.IsTransient);
        });
}

public sealed class ArticleConsumerDefinition : ConsumerDefinition<ArticleConsumer>
{
    private readonly PipelineOptions _options;

    public ArticleConsumerDefinition(IOptions<PipelineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        EndpointName = "articles";
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        RetryPolicy.Apply(endpointConfigurator, _options.Retry);
    }
}

public sealed class EnrichClaimConsumerDefinition : ConsumerDefinition<EnrichClaimConsumer>
{
    private readonly PipelineOptions _options;

    public EnrichClaimConsumerDefinition(IOptions<PipelineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        EndpointName = "claims-enrich";
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<EnrichClaimConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        RetryPolicy.Apply(endpointConfigurator, _options.Retry);
    }
}

public sealed class StoreClaimsConsumerDefinition : ConsumerDefinition<StoreClaimsConsumer>
{
    private readonly PipelineOptions _options;

    public StoreClaimsConsumerDefinition(IOptions<PipelineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        EndpointName = "claims-store";
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StoreClaimsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        var batch = _options.StoreBatch;
        // The transport must be allowed to hold a whole batch (and the next) unacknowledged.
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, batch.MessageLimit * batch.ConcurrencyLimit);
        RetryPolicy.Apply(endpointConfigurator, _options.Retry);
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(batch.MessageLimit)
            .SetTimeLimit(batch.TimeLimit)
            .SetConcurrencyLimit(batch.ConcurrencyLimit));
    }
}

public sealed class StoreArticleConsumerDefinition : ConsumerDefinition<StoreArticleConsumer>
{
    private readonly PipelineOptions _options;

    public StoreArticleConsumerDefinition(IOptions<PipelineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        EndpointName = "articles-store";
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StoreArticleConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        RetryPolicy.Apply(endpointConfigurator, _options.Retry);
    }
}

public sealed class FaultMonitorConsumerDefinition : ConsumerDefinition<FaultMonitorConsumer>
{
    public FaultMonitorConsumerDefinition() => EndpointName = "faults-monitor";
}
