using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ingestion.Cli;

/// <summary>
/// `ingest errors list|replay`: shows the messages that faulted into the endpoints' error queues and moves them
/// back to their queues. Replay publishes each message with publisher confirms before it acknowledges (removes)
/// it from the error queue, so a crash mid-replay duplicates at most one message (harmless: ids are stable) and
/// never loses one.
/// </summary>
internal static class ErrorQueues
{
    /// <summary>The pipeline's receive queues (kebab-case endpoint names); each faults into "&lt;name&gt;_error".</summary>
    public static readonly string[] PipelineQueues = ["articles", "claims-enrich", "claims-store", "articles-store", "faults-monitor"];

    private static readonly JsonSerializerOptions JsonOptions = new(Json.Options) { WriteIndented = false };

    public static async Task<int> ListAsync(Uri broker, string? queue, int max)
    {
        await using var connection = await Connect(broker);
        var exitCode = 0;
        foreach (var name in Queues(queue))
        {
            var errorQueue = name + "_error";
            await using var channel = await connection.CreateChannelAsync();
            uint count;
            try
            {
                count = (await channel.QueueDeclarePassiveAsync(errorQueue)).MessageCount;
            }
            catch (OperationInterruptedException)
            {
                // No such queue: nothing ever faulted there (MassTransit creates error queues on first fault).
                Write(new { queue = errorQueue, messages = 0, items = Array.Empty<object>() });
                continue;
            }

            var items = new List<object>();
            // Peek: get without acknowledging; closing the channel puts every message back where it was.
            for (var i = 0; i < Math.Min(count, (uint)max); i++)
            {
                var message = await channel.BasicGetAsync(errorQueue, autoAck: false);
                if (message is null)
                {
                    break;
                }

                items.Add(Describe(message));
            }

            Write(new { queue = errorQueue, messages = count, items });
            exitCode = count > 0 ? 1 : exitCode;
        }

        // Exit 1 when some error queue holds messages, so scripts and probes can alert on it.
        return exitCode;
    }

    public static async Task<int> ReplayAsync(Uri broker, string? queue, int max)
    {
        await using var connection = await Connect(broker);
        var exitCode = 0;
        foreach (var name in Queues(queue))
        {
            var errorQueue = name + "_error";
            var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
            await using var channel = await connection.CreateChannelAsync(options);
            var replayed = 0;
            var declared = false;
            string? error = null;
            try
            {
                await channel.QueueDeclarePassiveAsync(errorQueue);
                declared = true;
                while (replayed < max && await channel.BasicGetAsync(errorQueue, autoAck: false) is { } message)
                {
                    var properties = new BasicProperties(message.BasicProperties)
                    {
                        Headers = message.BasicProperties.Headers?
                            .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                            .ToDictionary(h => h.Key, h => h.Value),
                    };
                    // MassTransit binds an exchange named like each queue to it: publishing there redelivers to the endpoint.
                    await channel.BasicPublishAsync(name, "", mandatory: true, properties, message.Body);
                    await channel.BasicAckAsync(message.DeliveryTag, multiple: false);
                    replayed++;
                }
            }
            catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404 && !declared)
            {
                // No error queue: nothing to replay. (A 404 after this point is a missing exchange: an error below,
                // and the unacknowledged message goes back to the error queue.)
            }
            catch (Exception ex) when (ex is OperationInterruptedException or PublishException or AlreadyClosedException)
            {
                error = ex.Message;
                exitCode = 1;
            }

            Write(new { queue = errorQueue, replayed, to = name, error });
        }

        return exitCode;
    }

    /// <summary>The broker from --broker, else from the worker's own Transport__* environment variables.</summary>
    public static Uri BrokerUri(string? option)
    {
        if (option is not null)
        {
            return new Uri(option);
        }

        string Env(string key, string fallback) => Environment.GetEnvironmentVariable("Transport__" + key) is { Length: > 0 } v ? v : fallback;
        var vhost = Env("VirtualHost", "/");
        var builder = new UriBuilder("amqp", Env("Host", "localhost"), int.Parse(Env("Port", "5672"), System.Globalization.CultureInfo.InvariantCulture))
        {
            UserName = Uri.EscapeDataString(Env("Username", "guest")),
            Password = Uri.EscapeDataString(Env("Password", "guest")),
            Path = vhost == "/" ? "/" : "/" + Uri.EscapeDataString(vhost),
        };
        return builder.Uri;
    }

    private static IEnumerable<string> Queues(string? queue) =>
        queue is null ? PipelineQueues : [queue.EndsWith("_error", StringComparison.Ordinal) ? queue[..^"_error".Length] : queue];

    private static async Task<IConnection> Connect(Uri broker) =>
        await new ConnectionFactory { Uri = broker, ClientProvidedName = "ingest-errors" }.CreateConnectionAsync();

    private static object Describe(BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
        string? Header(string key) => headers.TryGetValue(key, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => value.ToString(),
        } : null;

        string? messageType = null;
        try
        {
            using var envelope = JsonDocument.Parse(message.Body);
            if (envelope.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0)
            {
                messageType = types[0].GetString();
            }
        }
        catch (JsonException)
        {
            messageType = message.BasicProperties.ContentType;
        }

        return new
        {
            messageId = message.BasicProperties.MessageId,
            messageType,
            reason = Header("MT-Reason"),
            exceptionType = Header("MT-Fault-ExceptionType"),
            exceptionMessage = Header("MT-Fault-Message"),
            faultedAt = Header("MT-Fault-Timestamp"),
            retryCount = Header("MT-Fault-RetryCount"),
        };
    }

    private static void Write(object line) => Console.Out.WriteLine(JsonSerializer.Serialize(line, JsonOptions));
}
