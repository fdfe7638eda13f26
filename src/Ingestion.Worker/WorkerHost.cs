using Ingestion.Storage;
using Microsoft.Extensions.Options;
using Serilog;

namespace Ingestion.Worker;

/// <summary>Builds and runs the host each <see cref="WorkerMode"/> needs; the process's exit code is what it returns.</summary>
public static class WorkerHost
{
    /// <summary>Exit code of a worker stopped by an unrecoverable error, invalid options included.</summary>
    public const int FailedExitCode = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var commandLine = WorkerCommandLine.Parse(args);
        if (commandLine.Mode == WorkerMode.HealthCheck)
        {
            // Container health probe: the runtime image has no curl, so the worker probes itself.
            return await HealthProbe.RunAsync(commandLine.ProbeUrl!);
        }

        // Two-stage Serilog: a bootstrap logger catches start-up failures before configuration is read.
        Log.Logger = new LoggerConfiguration().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose,
            formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();
        try
        {
            var hostArgs = commandLine.HostArgs.ToArray();
            await (commandLine.Mode switch
            {
                WorkerMode.RunOnce => RunOnceAsync(hostArgs),
                WorkerMode.Migrate => MigrateAsync(hostArgs),
                _ => ServeAsync(hostArgs),
            });
            return Environment.ExitCode;
        }
        catch (Exception ex) when (ex is not HostAbortedException)
        {
            Log.Fatal(ex, "The worker stopped on an unrecoverable error");
            return FailedExitCode;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    // Settings and bundled samples sit next to the binary (the content root); relative data paths (./data/) stay
    // relative to where the worker is started.

    /// <summary>One pass and exit: a generic host, no web server, nothing listening.</summary>
    private static async Task RunOnceAsync(string[] hostArgs)
    {
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

    /// <summary>Only the storage: migrate the schema and exit.</summary>
    private static async Task MigrateAsync(string[] hostArgs)
    {
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

    /// <summary>The configured roles on a web host, with the endpoints of <see cref="WorkerEndpoints"/>, until stopped.</summary>
    private static async Task ServeAsync(string[] hostArgs)
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

        app.MapWorkerEndpoints();
        app.Lifetime.ApplicationStarted.Register(() => Log.Information("Serving {Urls} (dashboard at /, OpenAPI at /openapi/v1.json)", string.Join(", ", app.Urls)));
        await app.RunAsync();
    }
}
