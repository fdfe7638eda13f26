using System.Diagnostics;
using Ingestion.IntegrationTests.Servers;
using Npgsql;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// One fault test's world: its own PostgreSQL database, empty pipeline and error queues on the shared broker,
/// the worker's environment (service mode, the corpus as its only feed), the workers it started (killed at the
/// end), and the checks every fault test ends with.
/// </summary>
public sealed class FaultScenario : IDisposable
{
    /// <summary>The worker's receive queues; each faults into "&lt;name&gt;_error", skips into "&lt;name&gt;_skipped".</summary>
    public static readonly string[] PipelineQueues = ["articles", "claims-enrich", "claims-store", "articles-store"];

    private static readonly string[] AllEndpointQueues = [.. PipelineQueues, "faults-monitor"];

    /// <summary>Only a deadline against hanging: the tests never assert how long anything takes.</summary>
    private static readonly TimeSpan CompletionDeadline = TimeSpan.FromMinutes(3);

    private readonly List<RunningWorker> _workers = [];
    private readonly ITestOutputHelper _output;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingestion-fault-");

    private FaultScenario(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, string database, ITestOutputHelper output)
    {
        Broker = broker;
        Postgres = postgres;
        Corpus = corpus;
        Database = database;
        _output = output;
        // The probe's own connections must not be pooled: pooled connections die with a stopped server.
        ProbeConnectionString = new NpgsqlConnectionStringBuilder(database) { Pooling = false, Timeout = 5 }.ConnectionString;
        Environment = new Dictionary<string, string>(broker.TransportSettings("__"), StringComparer.Ordinal)
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database,
            // Poll often (the feed is re-read and nothing new is found: that must not duplicate anything).
            ["Ingestion__PollInterval"] = "00:00:02",
            // Transient faults are retried for about half a minute: longer than the outages the tests cause.
            ["Ingestion__Retry__Limit"] = "30",
            ["Ingestion__Retry__MinInterval"] = "00:00:00.200",
            ["Ingestion__Retry__MaxInterval"] = "00:00:01",
            ["Ingestion__Retry__IntervalDelta"] = "00:00:00.200",
            // Small batches and little parallelism stretch the stream out, so a fault lands in the middle of it.
            ["Ingestion__StoreBatch__MessageLimit"] = "5",
            ["Transport__PrefetchCount"] = "4",
            ["Transport__ConcurrencyLimit"] = "2",
            ["Transport__ShutdownTimeout"] = "00:00:05",
            // Service mode serves HTTP: a free port, never a fixed one another test or developer holds.
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in corpus.FeedSettings())
        {
            Environment[key] = value;
        }
    }

    public RabbitMqServer Broker { get; }

    public PostgresServer Postgres { get; }

    public FaultCorpus Corpus { get; }

    /// <summary>The worker's connection string to this test's database.</summary>
    public string Database { get; }

    public string ProbeConnectionString { get; }

    /// <summary>The worker's environment; tests may change it before starting a worker.</summary>
    public Dictionary<string, string> Environment { get; }

    public static async Task<FaultScenario> CreateAsync(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
    {
        var database = await postgres.CreateDatabaseAsync();
        var scenario = new FaultScenario(broker, postgres, corpus, database, output);
        await scenario.PurgeQueuesAsync();
        return scenario;
    }

    /// <summary>Starts a worker in service mode on this scenario's broker and database.</summary>
    public RunningWorker StartWorker()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, $"worker-{_workers.Count}")).FullName;
        var worker = RunningWorker.Start(folder, Environment);
        _workers.Add(worker);
        return worker;
    }

    public void Dispose()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }

        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> claims are stored (and fails if the worker dies).</summary>
    public async Task WaitForStoredClaimsAsync(int count)
    {
        await WaitUntilAsync($"{count} claims stored", async () => await StoredClaimCountAsync() >= count);
        _output.WriteLine($"{await StoredClaimCountAsync()} of {Corpus.ExpectedClaimIds.Count} claims stored when the wait ended");
    }

    /// <summary>
    /// Waits until the database holds every expected claim and article and the pipeline queues are drained; the
    /// exact checks follow in <see cref="AssertCompleteAsync"/>, which says what differs.
    /// </summary>
    public Task WaitForCompletionAsync(IReadOnlySet<string> expectedClaims, IReadOnlySet<string> expectedArticles) =>
        WaitUntilAsync("the expected claims and articles stored and the queues drained", async () =>
            (await ClaimIdsAsync()).ToHashSet(StringComparer.Ordinal).IsSupersetOf(expectedClaims)
            && (await ArticleIdsAsync()).ToHashSet(StringComparer.Ordinal).IsSupersetOf(expectedArticles)
            && await PipelineQueuesEmptyAsync());

    /// <summary>
    /// The end state every fault test asserts: exactly the expected claims (none missing, none extra), each
    /// stored once, the expected articles, drained pipeline queues, and exactly the expected error/skipped queue
    /// contents (every other error and skipped queue empty).
    /// </summary>
    public async Task AssertCompleteAsync(IReadOnlySet<string> expectedClaims, IReadOnlySet<string> expectedArticles,
        IReadOnlyDictionary<string, uint>? expectedDeadLetters = null)
    {
        var stored = await ClaimIdsAsync();
        var storedSet = stored.ToHashSet(StringComparer.Ordinal);
        var missing = expectedClaims.Except(storedSet).ToList();
        var extra = storedSet.Except(expectedClaims).ToList();
        missing.ShouldBeEmpty($"{missing.Count} expected claims were never stored (of {expectedClaims.Count})");
        extra.ShouldBeEmpty($"{extra.Count} claims were stored that the corpus does not produce");

        var (total, distinct) = await ClaimCountsAsync();
        total.ShouldBe(distinct, "a claim id is stored more than once");
        total.ShouldBe(expectedClaims.Count);

        (await ArticleIdsAsync()).ShouldBe(expectedArticles, ignoreOrder: true);

        foreach (var queue in PipelineQueues)
        {
            (await QueueDepthAsync(queue)).ShouldBe(0u, $"queue {queue} is drained");
        }

        foreach (var queue in AllEndpointQueues.SelectMany(q => new[] { q + "_error", q + "_skipped" }))
        {
            var expected = expectedDeadLetters?.GetValueOrDefault(queue) ?? 0u;
            (await QueueDepthAsync(queue)).ShouldBe(expected, $"messages in {queue}");
        }
    }

    public async Task<List<string>> ClaimIdsAsync() => await StringsAsync("""SELECT "ClaimId" FROM claims""");

    public async Task<List<string>> ArticleIdsAsync() => await StringsAsync("""SELECT "ArticleId" FROM articles""");

    public async Task<int> StoredClaimCountAsync()
    {
        try
        {
            return (await ClaimIdsAsync()).Count;
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException)
        {
            // The table is not there yet (the worker migrates on start) or the server is down.
            return 0;
        }
    }

    /// <summary>Ready messages in a queue; 0 when the queue does not exist (error queues appear on first use).</summary>
    public async Task<uint> QueueDepthAsync(string queue)
    {
        try
        {
            return await Broker.GetMessageCountAsync(queue);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    public async Task<bool> PipelineQueuesEmptyAsync()
    {
        foreach (var queue in PipelineQueues)
        {
            if (await QueueDepthAsync(queue) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails (with the worker's log) at the deadline or if a worker died.</summary>
    public async Task WaitUntilAsync(string what, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < CompletionDeadline)
        {
            var died = _workers.FirstOrDefault(w => w.HasExited && !w.WasKilled);
            if (died is not null)
            {
                throw new InvalidOperationException($"the worker exited while waiting for {what}:\n{died.LogTail()}");
            }

            try
            {
                if (await condition())
                {
                    _output.WriteLine($"{what}: after {clock.Elapsed.TotalSeconds:F1} s");
                    return;
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or PostgresException or BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException or IOException)
            {
                // A server the test stopped, or one still starting: try again.
                last = ex;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        var log = _workers.Count > 0 ? _workers[^1].LogTail() : "(no worker)";
        throw new TimeoutException($"not reached within {CompletionDeadline}: {what}; stored {await StoredClaimCountAsync()} of {Corpus.ExpectedClaimIds.Count} claims; last error: {last?.Message}\nworker log:\n{log}");
    }

    /// <summary>Empties the pipeline queues and their error and skipped queues left by an earlier test.</summary>
    public async Task PurgeQueuesAsync()
    {
        await using var connection = await Broker.CreateConnectionFactory().CreateConnectionAsync();
        foreach (var queue in AllEndpointQueues.SelectMany(q => new[] { q, q + "_error", q + "_skipped" }))
        {
            // A missing queue closes the channel: one channel per queue.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                await channel.QueueDeclarePassiveAsync(queue);
                await channel.QueuePurgeAsync(queue);
            }
            catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
            {
            }
        }
    }

    /// <summary>
    /// The messages of a queue with their headers (as text), read without removing them: they are not
    /// acknowledged, and closing the channel puts them back.
    /// </summary>
    public async Task<List<PeekedMessage>> PeekAsync(string queue)
    {
        await using var connection = await Broker.CreateConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var messages = new List<PeekedMessage>();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } message)
        {
            var headers = (message.BasicProperties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
                h => h.Key,
                h => h.Value switch
                {
                    byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
                    null => "",
                    var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                },
                StringComparer.Ordinal);
            messages.Add(new PeekedMessage(message.BasicProperties.MessageId, headers, message.Body.ToArray()));
        }

        return messages;
    }

    /// <summary>A single number from the test's database (e.g. a COUNT).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ProbeConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(long Total, long Distinct)> ClaimCountsAsync()
    {
        await using var connection = new NpgsqlConnection(ProbeConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT COUNT(*), COUNT(DISTINCT "ClaimId") FROM claims""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<List<string>> StringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ProbeConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

/// <summary>A message read from a queue without removing it.</summary>
public sealed record PeekedMessage(string? MessageId, IReadOnlyDictionary<string, string> Headers, byte[] Body);
