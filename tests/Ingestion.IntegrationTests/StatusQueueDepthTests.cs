using System.Net;
using System.Net.Http.Json;
using Ingestion.Cli.Tests;
using Ingestion.IntegrationTests.Faults;
using Ingestion.IntegrationTests.Servers;
using Ingestion.Pipeline;
using Ingestion.Storage;
using Ingestion.TestSupport;
using Ingestion.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Ingestion.IntegrationTests;

/// <summary>
/// GET /status (the dashboard's "Queues and failures" panel) against the real broker: messages waiting in a
/// queue no consumer reads, and in its error queue, are counted, and the replay command it shows moves the
/// failed ones back. The queues live in a virtual host of their own: the pipeline's queue names are fixed, and
/// other tests of the collection use them on the default one.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class StatusQueueDepthTests(RabbitMqServer broker) : IAsyncLifetime
{
    private const int Waiting = 7;
    private const int Failed = 3;

    private readonly SqliteDatabase _database = new();
    private WebApplication? _app;
    private string _virtualHost = null!;

    public async Task InitializeAsync()
    {
        if (!broker.IsPrivate)
        {
            // Skipped (PrivateServerFact): an existing broker gets no virtual host of ours.
            return;
        }

        _virtualHost = await broker.CreateVirtualHostAsync($"status-{Guid.NewGuid():N}");
        var transport = broker.TransportSettings().ToDictionary();
        transport["Transport:VirtualHost"] = _virtualHost;

        // The status endpoint as the api role serves it, in-process.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _database.Folder, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection([
            new("Storage:ConnectionString", _database.ConnectionString),
            .. transport.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)),
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

    [PrivateServerFact(RabbitMqServer.EnvironmentVariable, "creates a virtual host with rabbitmqctl")]
    public async Task Status_counts_unconsumed_and_failed_messages_and_its_replay_command_moves_the_failed_back()
    {
        var factory = broker.CreateConnectionFactory();
        factory.VirtualHost = _virtualHost;
        await using (var connection = await factory.CreateConnectionAsync())
        {
            var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
            await using var channel = await connection.CreateChannelAsync(options);
            // The articles endpoint's topology as MassTransit declares it (an exchange named like the queue and bound
            // to it, where replay publishes; the _error queue beside it), with no consumer.
            await channel.ExchangeDeclareAsync("articles", ExchangeType.Fanout, durable: true);
            await channel.QueueDeclareAsync("articles", durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync("articles", "articles", routingKey: "");
            await channel.QueueDeclareAsync("articles_error", durable: true, exclusive: false, autoDelete: false);
            for (var i = 0; i < Waiting + Failed; i++)
            {
                var queue = i < Waiting ? "articles" : "articles_error";
                var properties = new BasicProperties { Persistent = true, MessageId = Guid.NewGuid().ToString() };
                await channel.BasicPublishAsync("", queue, mandatory: true, properties, RawMessages.Garbage(i));
            }
        }

        var before = await StatusAsync();

        before.Transport.ShouldBe("RabbitMq");
        before.QueuesUnavailable.ShouldBeNull();
        var queues = before.Queues.ShouldNotBeNull().ToDictionary(q => q.Queue);
        queues["articles"].ShouldBe(new QueueDepth("articles", Waiting, Failed));
        // The other endpoints' queues were never declared in this virtual host: unknown, not zero.
        queues.Where(q => q.Key != "articles").ShouldAllBe(q => q.Value.Messages == null && q.Value.Errors == null);

        // The replay command the status shows, as an operator runs it (against this broker).
        var replay = before.ReplayCommands.Single(c => c.Contains("errors replay", StringComparison.Ordinal));
        replay.ShouldContain("--queue articles");
        var arguments = replay[(replay.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var replayed = await IngestProcess.RunAsync(null, [.. arguments, "--broker", BrokerUri()]);
        replayed.ExitCode.ShouldBe(0, replayed.StandardError);
        replayed.Lines.ShouldHaveSingleItem().GetProperty("replayed").GetInt32().ShouldBe(Failed);

        var after = await StatusAsync();

        after.Queues.ShouldNotBeNull().Single(q => q.Queue == "articles").ShouldBe(new QueueDepth("articles", Waiting + Failed, 0));
    }

    private async Task<WorkerStatus> StatusAsync()
    {
        using var client = _app!.GetTestClient();
        var response = await client.GetAsync("/status");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<WorkerStatus>()).ShouldNotBeNull();
    }

    private string BrokerUri() =>
        $"amqp://{Uri.EscapeDataString(broker.Username)}:{Uri.EscapeDataString(broker.Password)}@{broker.Host}:{broker.Port}/{Uri.EscapeDataString(_virtualHost)}";
}
