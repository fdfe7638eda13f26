using Ingestion.Pipeline;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ingestion.Worker;

/// <summary>
/// OpenTelemetry traces and metrics: MassTransit's (send, receive, consume, per message type), HTTP client and
/// server, .NET runtime, and the pipeline's own meter (feeds polled, articles, claims, failures, stage latency).
/// Metrics are scraped at /metrics (Prometheus); traces and metrics are also exported over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard OpenTelemetry variable). Traces are recorded only then.
/// </summary>
internal static class Telemetry
{
    public static IHostApplicationBuilder AddIngestionTelemetry(this IHostApplicationBuilder builder, bool serveMetrics)
    {
        var roles = builder.Configuration["Ingestion:Roles"] ?? "all";
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService("ingestion-worker", serviceInstanceId: Environment.MachineName)
                .AddAttributes([new("ingestion.roles", roles)]))
            .WithTracing(tracing =>
            {
                // Spans are recorded only when something exports them: a listener on the MassTransit source makes
                // every send, receive and consume build an activity with its tags, a cost per message paid for
                // nothing when no collector is configured.
                if (otlp)
                {
                    tracing.AddSource("MassTransit").AddHttpClientInstrumentation().AddAspNetCoreInstrumentation().AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("MassTransit", PipelineMonitor.MeterName)
                    .AddHttpClientInstrumentation()
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (serveMetrics)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }
}
