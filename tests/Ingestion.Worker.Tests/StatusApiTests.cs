using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Ingestion.Pipeline;
using Ingestion.Storage;
using Ingestion.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Worker.Tests;

/// <summary>GET /status when the broker it should read queue depths from does not answer.</summary>
public sealed class StatusApiTests : IAsyncLifetime
{
    private readonly SqliteDatabase _database = new();
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        // A loopback port nothing listens on: the connection is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _database.Folder, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection([
            new("Storage:ConnectionString", _database.ConnectionString),
            new("Transport:Kind", "RabbitMq"),
            new("Transport:Host", "127.0.0.1"),
            new("Transport:Port", closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        builder.AddIngestionStorage();
        builder.Services.AddOptions<TransportOptions>().Bind(builder.Configuration.GetSection(TransportOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PipelineMonitor>();
        _app = builder.Build();
        _app.MapStatusApi();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _database.Dispose();
    }

    [Fact]
    public async Task An_unreachable_broker_leaves_the_queues_out_and_says_why()
    {
        using var client = _app!.GetTestClient();

        var response = await client.GetAsync("/status");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var status = (await response.Content.ReadFromJsonAsync<WorkerStatus>()).ShouldNotBeNull();
        status.Transport.ShouldBe("RabbitMq");
        status.Queues.ShouldBeNull();
        status.QueuesUnavailable.ShouldNotBeNull().ShouldContain("did not answer");
    }
}
