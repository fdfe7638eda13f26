using System.Text;
using System.Text.Json;
using Ingestion.IntegrationTests.Servers;
using RabbitMQ.Client;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// Puts messages straight into a queue with RabbitMQ.Client, bypassing MassTransit on the sending side: in
/// MassTransit's JSON envelope (what any producer on the broker may send) or as arbitrary bytes.
/// </summary>
public static class RawMessages
{
    public const string EnvelopeContentType = "application/vnd.masstransit+json";

    private static readonly JsonSerializerOptions MessageJson = new(JsonSerializerDefaults.Web);

    /// <summary>A MassTransit envelope for <paramref name="message"/>, typed by its contract's message URN.</summary>
    public static byte[] Envelope<T>(T message, Guid messageId)
        where T : class
    {
        var envelope = new
        {
            messageId,
            conversationId = Guid.NewGuid(),
            messageType = new[] { $"urn:message:{typeof(T).Namespace}:{typeof(T).Name}" },
            message,
            sentTime = DateTimeOffset.UtcNow,
            headers = new Dictionary<string, object>(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(envelope, MessageJson);
    }

    /// <summary>Publishes bodies to <paramref name="queue"/> through the default exchange, persistent, with confirms.</summary>
    public static async Task PublishAsync(RabbitMqServer broker, string queue, IEnumerable<(byte[] Body, string? ContentType, string MessageId)> messages)
    {
        await using var connection = await broker.CreateConnectionFactory().CreateConnectionAsync();
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(options);
        // The worker declares its queues on start; publishing before that would silently drop the message.
        await channel.QueueDeclarePassiveAsync(queue);
        foreach (var (body, contentType, messageId) in messages)
        {
            var properties = new BasicProperties { Persistent = true, ContentType = contentType, MessageId = messageId };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, body);
        }
    }

    public static Task PublishEnvelopesAsync<T>(RabbitMqServer broker, string queue, IEnumerable<T> messages)
        where T : class =>
        PublishAsync(broker, queue, messages.Select(m =>
        {
            var id = Guid.NewGuid();
            return (Envelope(m, id), (string?)EnvelopeContentType, id.ToString());
        }));

    /// <summary>Bytes that are no message at all: not JSON, not UTF-8.</summary>
    public static byte[] Garbage(int seed)
    {
        var bytes = new byte[64];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0xFF;
        return [.. bytes, .. Encoding.ASCII.GetBytes("{not json")];
    }
}
