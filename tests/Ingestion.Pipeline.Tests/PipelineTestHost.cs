using Ingestion.Feeds.Fetching;
using Ingestion.Storage;
using Ingestion.TestSupport;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Pipeline.Tests;

/// <summary>
/// The production pipeline registration with MassTransit's test harness in place of the transport, a real SQLite
/// database file, short retry intervals, and (optionally) a scripted HTTP boundary.
/// </summary>
internal sealed class PipelineTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly bool _ownsDatabase;

    private PipelineTestHost(IHost host, SqliteDatabase database, bool ownsDatabase)
    {
        _host = host;
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public SqliteDatabase Database { get; }
    public IServiceProvider Services => _host.Services;
    public ITestHarness Harness => _host.Services.GetRequiredService<ITestHarness>();
    public PipelineMonitor Monitor => _host.Services.GetRequiredService<PipelineMonitor>();

    /// <summary>
    /// Polls until <paramref name="condition"/> holds, for at most 30 s (only a failing test waits that long).
    /// Things that must happen are waited for this way, by presence: the harness's own waits end after a
    /// second without bus activity, and on a loaded machine retries and the first enrichment (the gazetteer's
    /// load) can leave the bus quiet for longer than that. Absence checks keep using the harness's waits.
    /// </summary>
    public static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 1200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        condition().ShouldBeTrue();
    }

    public static async Task<PipelineTestHost> StartAsync(
        StubHttpHandler? http = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        IInterceptor? dbInterceptor = null,
        SqliteDatabase? database = null)
    {
        // A database passed in outlives this host (a second run on the same data); one made here does not.
        var ownsDatabase = database is null;
        database ??= new SqliteDatabase();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            new("Ingestion:Roles", "articles,enricher,store"),
            new("Ingestion:Retry:Limit", "3"),
            new("Ingestion:Retry:MinInterval", "00:00:00.010"),
            new("Ingestion:Retry:MaxInterval", "00:00:00.050"),
            new("Ingestion:Retry:IntervalDelta", "00:00:00.010"),
            new("Ingestion:StoreBatch:TimeLimit", "00:00:00.050"),
            new("Storage:ConnectionString", database.ConnectionString),
            new("Fetch:MaxRetries", "1"),
            new("Fetch:RetryDelay", "00:00:00.001"),
        ]);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddIngestionPipeline((bus, _) => bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context)));
        if (http is not null)
        {
            builder.Services.AddHttpClient<ContentFetcher>().ConfigurePrimaryHttpMessageHandler(() => http);
        }

        if (dbInterceptor is not null)
        {
            builder.Services.AddSingleton(dbInterceptor);
        }

        // Absence checks ("no fault was published") wait for this much quiet; the host's retry and batch
        // intervals are at most 50 ms, so a second of inactivity means the pipeline has settled.
        builder.Services.AddMassTransitTestHarness(x => x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(1)));
        var host = builder.Build();
        await host.Services.InitializeStorageAsync();
        await host.StartAsync();
        return new PipelineTestHost(host, database, ownsDatabase);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (_ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
