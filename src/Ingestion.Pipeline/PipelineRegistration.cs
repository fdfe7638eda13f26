using Ingestion.Analysis;
using Ingestion.Feeds;
using Ingestion.Feeds.Fetching;
using Ingestion.Pipeline.Consumers;
using Ingestion.Storage;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Pipeline;

public static class PipelineRegistration
{
    /// <summary>
    /// Registers the stages of the roles this process runs, their consumers (on MassTransit), storage and feeds.
    /// <paramref name="configureTransport"/> picks the transport (in-memory by default, RabbitMQ in production,
    /// the test harness in tests).
    /// </summary>
    public static IHostApplicationBuilder AddIngestionPipeline(this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator, PipelineOptions> configureTransport)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureTransport);
        builder.Services.AddOptions<PipelineOptions>()
            .Bind(builder.Configuration.GetSection(PipelineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(PipelineOptions.Section).Get<PipelineOptions>() ?? new PipelineOptions();

        builder.AddIngestionStorage();
        builder.AddIngestionFeeds();
        // Local feeds may read the pages in their own folder (remote feeds never read local files).
        builder.Services.PostConfigure<FetchOptions>(fetch =>
        {
            foreach (var feed in options.ActiveFeeds().Select(f => FeedLocations.Resolve(f, AppContext.BaseDirectory)).Where(u => u.IsFile))
            {
                fetch.LocalRoots.Add(Path.GetDirectoryName(feed.LocalPath)!);
            }

            var configured = fetch.LocalRoots.ToList();
            fetch.LocalRoots.Clear();
            foreach (var root in configured.Select(r => FeedLocations.Resolve(r, AppContext.BaseDirectory).LocalPath).Distinct())
            {
                fetch.LocalRoots.Add(root);
            }
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PipelineMonitor>();
        builder.Services.AddSingleton<ArticleAnalyzer>();
        builder.Services.AddSingleton<ArticleAnnouncements>();
        builder.Services.AddScoped<FeedPollingService>();
        if (options.HasRole(Roles.Poller))
        {
            builder.Services.AddHostedService<FeedPoller>();
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            if (options.HasRole(Roles.Articles))
            {
                bus.AddConsumer<ArticleConsumer, ArticleConsumerDefinition>();
            }

            if (options.HasRole(Roles.Enricher))
            {
                bus.AddConsumer<EnrichClaimConsumer, EnrichClaimConsumerDefinition>();
            }

            if (options.HasRole(Roles.Store))
            {
                bus.AddConsumer<StoreClaimsConsumer, StoreClaimsConsumerDefinition>();
                bus.AddConsumer<StoreArticleConsumer, StoreArticleConsumerDefinition>();
            }

            bus.AddConsumer<FaultMonitorConsumer, FaultMonitorConsumerDefinition>();
            configureTransport(bus, options);
        });
        return builder;
    }
}
