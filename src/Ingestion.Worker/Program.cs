using Ingestion.Pipeline;
using Ingestion.Storage;
using Ingestion.Worker;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;

// Container health probe: the runtime image has no curl, so the worker probes itself
// (`Ingestion.Worker --healthcheck http://localhost:8080/health/ready` exits 0 when healthy).
if (args is ["--healthcheck", var probeUrl])
{
    return await HealthProbe.RunAsync(new Uri(probeUrl));
}

// Two-stage Serilog: a bootstrap logger catches start-up failures before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose,
    formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();
var runOnce = args.Contains("--once");
var migrateOnly = args.Contains("--migrate");
var hostArgs = args.Where(a => a is not "--once" and not "--migrate").ToArray();
// Settings and bundled samples sit next to the binary; relative data paths (./data/) stay relative to where
// the worker is started.
try
{
    if (runOnce)
    {
        // One pass and exit: no web server, nothing listening.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddIngestionWorker(runOnce: true);
        using var host = builder.Build();
        await host.Services.InitializeStorageAsync();
        await host.RunAsync();
    }
    else if (migrateOnly)
    {
        // `--migrate`: bring the database schema up to date and exit (for deployments that migrate as a step).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddIngestionStorage();
        using var host = builder.Build();
        await host.Services.InitializeStorageAsync();
        Log.Information("The database schema is up to date");
    }
    else
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddIngestionWorker(runOnce: false);
        var app = builder.Build();
        if (app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStartup)
        {
            await app.Services.InitializeStorageAsync();
        }

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
        app.Lifetime.ApplicationStarted.Register(() => Log.Information("Serving {Urls} (dashboard at /, OpenAPI at /openapi/v1.json)", string.Join(", ", app.Urls)));
        await app.RunAsync();
    }

    return Environment.ExitCode;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The worker stopped on an unrecoverable error");
    return 2;
}
finally
{
    await Log.CloseAndFlushAsync();
}
