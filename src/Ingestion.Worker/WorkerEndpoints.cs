using Ingestion.Pipeline;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Ingestion.Worker;

/// <summary>The HTTP endpoints of service mode: those every process serves, and the api role's read side.</summary>
public static class WorkerEndpoints
{
    public static WebApplication MapWorkerEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Live: the process answers. Ready: the bus is connected and the database answers.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapFeedsApi();
        app.MapOpenApi();
        if (app.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.HasRole(Roles.Api))
        {
            // The api role: the read side and the dashboard, for replicas that serve readers.
            app.MapQueryApi();
            app.MapStatusApi();
            app.MapDashboard();
        }

        return app;
    }
}
