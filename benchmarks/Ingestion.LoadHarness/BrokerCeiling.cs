using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingestion.LoadHarness;

/// <summary>The raw RabbitMQ 1-hop rate measured on the broker the pipeline uses, in the same run.</summary>
internal sealed record CeilingResult(int Messages, TimeSpan Elapsed)
{
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;
}

/// <summary>
/// The broker's ceiling for one hop as the pipeline uses it: persistent 1 KB messages into a quorum queue with
/// publisher confirms, and one consumer that acknowledges each message. A claim crosses three such hops
/// (extracted, enriched, stored), so ceiling / 3 is the most claims per second the broker allows the pipeline.
/// </summary>
internal static class BrokerCeiling
{
    private const int BodyBytes = 1024;

    /// <summary>
    /// Publishes outstanding at once: confirms are awaited per message, as MassTransit does, while the window
    /// keeps the connection busy the way several concurrent consumers publishing do.
    /// </summary>
    private const int PublishWindow = 256;
    private const ushort ConsumerPrefetch = 256;

    public static async Task<CeilingResult> MeasureAsync(ConnectionFactory factory, int messages, CancellationToken cancellationToken)
    {
        var queue = $"load-ceiling-{Guid.NewGuid():N}";
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var publisher = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        try
        {
            await using var consumerChannel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await consumerChannel.BasicQosAsync(0, ConsumerPrefetch, global: false, cancellationToken);
            var received = 0;
            var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var consumer = new AsyncEventingBasicConsumer(consumerChannel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
                if (Interlocked.Increment(ref received) == messages)
                {
                    allReceived.TrySetResult();
                }
            };
            await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);

            var body = new byte[BodyBytes];
            Random.Shared.NextBytes(body);
            var properties = new BasicProperties { Persistent = true, ContentType = "application/octet-stream" };
            var clock = Stopwatch.StartNew();
            using var window = new SemaphoreSlim(PublishWindow);
            var inFlight = new List<Task>(messages);
            for (var i = 0; i < messages; i++)
            {
                await window.WaitAsync(cancellationToken);
                inFlight.Add(PublishAsync());
            }

            await Task.WhenAll(inFlight);
            await allReceived.Task.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
            clock.Stop();
            return new CeilingResult(messages, clock.Elapsed);

            async Task PublishAsync()
            {
                try
                {
                    await publisher.BasicPublishAsync("", queue, mandatory: true, properties, body, cancellationToken);
                }
                finally
                {
                    window.Release();
                }
            }
        }
        finally
        {
            await publisher.QueueDeleteAsync(queue, cancellationToken: cancellationToken);
        }
    }
}
