using Ingestion.Pipeline;
using MassTransit;
using Serilog;
using Serilog.Formatting.Compact;

namespace Ingestion.Worker;

public static class WorkerRegistration
{
    /// <summary>Everything the worker runs, on either host (web in service mode, generic in --once mode).</summary>
    public static IHostApplicationBuilder AddIngestionWorker(this IHostApplicationBuilder builder, bool runOnce)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (runOnce)
        {
            builder.Configuration.AddInMemoryCollection([new("Ingestion:RunOnce", "true")]);
        }

        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            var json = string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
            // In --once mode standard output carries only the summary line; the log goes to standard error.
            var errorFrom = runOnce ? Serilog.Events.LogEventLevel.Verbose : (Serilog.Events.LogEventLevel?)null;
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: errorFrom);
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    standardErrorFromLevel: errorFrom,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        builder.Services.AddOptions<TransportOptions>()
            .Bind(builder.Configuration.GetSection(TransportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var transport = builder.Configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();

        // Shutdown stops the receive endpoints and lets in-flight messages finish, up to this long.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = transport.ShutdownTimeout);
        builder.AddIngestionPipeline((bus, _) =>
        {
            bus.AddConfigureEndpointsCallback((_, name, endpoint) =>
            {
                // Configured per-endpoint values first, then the endpoint's built-in default, then the transport's.
                transport.Endpoints.TryGetValue(name, out var overrides);
                TransportOptions.EndpointDefaults.TryGetValue(name, out var defaults);
                endpoint.PrefetchCount = overrides?.PrefetchCount ?? defaults?.PrefetchCount ?? endpoint.PrefetchCount;
                endpoint.ConcurrentMessageLimit = overrides?.ConcurrencyLimit ?? defaults?.ConcurrencyLimit ?? endpoint.ConcurrentMessageLimit;

                if (transport.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }
            });
            if (transport.Kind == "RabbitMq")
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(transport.Host, (ushort)transport.Port, transport.VirtualHost, host =>
                    {
                        host.Username(transport.Username);
                        host.Password(transport.Password);
                        host.PublisherConfirmation = true;
                    });
                    rabbit.PrefetchCount = transport.PrefetchCount;
                    rabbit.ConcurrentMessageLimit = transport.ConcurrencyLimit;
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) =>
                {
                    memory.ConcurrentMessageLimit = transport.ConcurrencyLimit;
                    memory.ConfigureEndpoints(context);
                });
            }
        });

        builder.Services.AddOptions<ApiOptions>()
            .Bind(builder.Configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (!runOnce)
        {
            // The OpenAPI document of every mapped endpoint, served at /openapi/v1.json.
            builder.Services.AddOpenApi(options => options.AddApiKeySecurity());
        }

        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        builder.AddIngestionTelemetry(serveMetrics: !runOnce);
        if (runOnce)
        {
            builder.Services.AddHostedService<RunOnceService>();
        }

        return builder;
    }
}
