using System.Globalization;
using System.Threading.Channels;
using Ingestion.IntegrationTests.Servers;
using MassTransit;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests;

public sealed record SmokePing(Guid Id);

/// <summary>The broker fixture works: MassTransit talks to it, and survives it being restarted.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqServerTests(RabbitMqServer server, ITestOutputHelper output)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReconnectTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_MassTransit_bus_publishes_and_consumes_through_the_broker()
    {
        output.WriteLine($"broker {server.NodeName ?? server.Host}:{server.Port}, started in {server.LastStartupDuration.TotalSeconds:F1} s");
        var received = Channel.CreateUnbounded<Guid>();
        var bus = CreateBus($"smoke-{Guid.NewGuid():N}", received, autoDelete: true);
        await bus.StartAsync(TestTimeout());
        try
        {
            var id = Guid.NewGuid();
            await bus.Publish(new SmokePing(id), TestTimeout());
            (await ReceiveAsync(received, id)).ShouldBeTrue($"the published message {id} was not consumed within {DeliveryTimeout}");
        }
        finally
        {
            await bus.StopAsync(TestTimeout());
        }
    }

    [PrivateServerFact(RabbitMqServer.EnvironmentVariable)]
    public async Task A_MassTransit_bus_reconnects_after_the_broker_restarts()
    {
        var received = Channel.CreateUnbounded<Guid>();
        var bus = CreateBus($"smoke-restart-{Guid.NewGuid():N}", received, autoDelete: false);
        await bus.StartAsync(TestTimeout());
        try
        {
            var before = Guid.NewGuid();
            await bus.Publish(new SmokePing(before), TestTimeout());
            (await ReceiveAsync(received, before)).ShouldBeTrue("the message before the restart was not consumed");

            await server.StopAsync();
            await server.StartAsync();
            output.WriteLine($"broker restarted in {server.LastStartupDuration.TotalSeconds:F1} s");

            var after = Guid.NewGuid();
            await PublishUntilAcceptedAsync(bus, new SmokePing(after));
            (await ReceiveAsync(received, after)).ShouldBeTrue("the bus did not consume again after the broker came back");
        }
        finally
        {
            await bus.StopAsync(TestTimeout());
        }
    }

    [Fact]
    public async Task The_message_count_of_a_queue_is_what_was_published_to_it()
    {
        var queue = $"smoke-depth-{Guid.NewGuid():N}";
        await PublishRawAsync(queue, count: 3, durable: server.IsPrivate);
        try
        {
            (await server.GetMessageCountAsync(queue)).ShouldBe(3u);
        }
        finally
        {
            await DeleteQueueAsync(queue);
        }
    }

    [PrivateServerFact(RabbitMqServer.EnvironmentVariable)]
    public async Task Queue_depths_are_listed_and_durable_messages_survive_a_restart()
    {
        var queue = $"smoke-durable-{Guid.NewGuid():N}";
        await PublishRawAsync(queue, count: 3, durable: true);

        (await server.ListQueueDepthsAsync()).ShouldContainKeyAndValue(queue, 3L);
        await server.StopAsync();
        await server.StartAsync();

        // Same data folder: the durable queue and its persistent messages are still there.
        (await server.ListQueueDepthsAsync()).ShouldContainKeyAndValue(queue, 3L);
        (await server.GetMessageCountAsync(queue)).ShouldBe(3u);
        await DeleteQueueAsync(queue);
        await Should.ThrowAsync<RabbitMQ.Client.Exceptions.OperationInterruptedException>(() => server.GetMessageCountAsync(queue));
    }

    /// <summary>A bus configured from the fixture's worker settings, the way WorkerRegistration reads them.</summary>
    private IBusControl CreateBus(string queue, Channel<Guid> received, bool autoDelete)
    {
        var transport = new ConfigurationBuilder()
            .AddInMemoryCollection(server.TransportSettings().Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build()
            .GetSection("Transport");
        transport["Kind"].ShouldBe("RabbitMq");
        return Bus.Factory.CreateUsingRabbitMq(bus =>
        {
            bus.Host(transport["Host"], ushort.Parse(transport["Port"]!, CultureInfo.InvariantCulture), transport["VirtualHost"], host =>
            {
                host.Username(transport["Username"]!);
                host.Password(transport["Password"]!);
            });
            bus.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.AutoDelete = autoDelete;
                endpoint.Handler<SmokePing>(context => received.Writer.WriteAsync(context.Message.Id).AsTask());
            });
        });
    }

    /// <summary>Publishing while the bus reconnects may fail or hang: each attempt gets a few seconds.</summary>
    private static async Task PublishUntilAcceptedAsync(IBus bus, SmokePing message)
    {
        var deadline = DateTime.UtcNow + ReconnectTimeout;
        while (true)
        {
            using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await bus.Publish(message, attempt.Token);
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    /// <summary>True once <paramref name="id"/> arrives (other tests' messages may arrive too).</summary>
    private static async Task<bool> ReceiveAsync(Channel<Guid> received, Guid id)
    {
        using var timeout = new CancellationTokenSource(DeliveryTimeout);
        try
        {
            while (await received.Reader.ReadAsync(timeout.Token) != id)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task PublishRawAsync(string queue, int count, bool durable)
    {
        await using var connection = await server.CreateConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: durable, exclusive: false, autoDelete: false);
        var properties = new BasicProperties { Persistent = durable };
        for (var i = 0; i < count; i++)
        {
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, BitConverter.GetBytes(i));
        }
    }

    private async Task DeleteQueueAsync(string queue)
    {
        await using var connection = await server.CreateConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(queue);
    }

    private static CancellationToken TestTimeout() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
