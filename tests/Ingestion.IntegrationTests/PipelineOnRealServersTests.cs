using System.Text.RegularExpressions;
using Ingestion.IntegrationTests.Servers;
using Ingestion.Worker.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests;

/// <summary>
/// The worker process on the production engines, configured exactly as operators do (environment variables):
/// RabbitMQ for messages, PostgreSQL for storage. The claims it stores must be exactly those the embedded default
/// stores for the same feeds, and a second run must store nothing new.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed partial class PipelineOnRealServersTests(RabbitMqServer broker, PostgresServer postgres, ITestOutputHelper output)
    : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly string[] PipelineQueues = ["articles", "claims-enrich", "claims-store", "articles-store"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingestion-real-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task The_worker_on_RabbitMq_and_Postgres_stores_the_same_claims_as_the_embedded_default_once_each()
    {
        var database = await postgres.CreateDatabaseAsync();
        var environment = broker.TransportSettings("__").ToDictionary(p => p.Key, p => p.Value);
        environment["Storage__Provider"] = "Postgres";
        environment["Storage__ConnectionString"] = database;

        var first = await WorkerProcess.RunAsync(Folder("production"), environment, "--once");
        output.WriteLine(first.StandardOutput);
        first.ExitCode.ShouldBe(0, Tail(first.StandardError));
        var summary = SummaryLine().Match(first.StandardOutput.Trim());
        summary.Success.ShouldBeTrue(first.StandardOutput);
        summary.Groups["failed"].Value.ShouldBe("0");
        int.Parse(summary.Groups["stored"].Value).ShouldBeGreaterThanOrEqualTo(20);

        var second = await WorkerProcess.RunAsync(Folder("production"), environment, "--once");
        second.ExitCode.ShouldBe(0, Tail(second.StandardError));
        second.StandardOutput.Trim().ShouldBe("articles=0 claims=0 stored=0 failed=0");

        var embedded = await WorkerProcess.RunAsync(Folder("embedded"), null, "--once");
        embedded.ExitCode.ShouldBe(0, Tail(embedded.StandardError));

        var stored = await PostgresClaimIds(database);
        var expected = SqliteClaimIds(Path.Combine(_folder.FullName, "embedded", "data", "ingestion.db"));
        stored.Count.ShouldBe(int.Parse(summary.Groups["stored"].Value));
        stored.ShouldBe(expected, ignoreOrder: true);
        foreach (var queue in PipelineQueues)
        {
            (await broker.GetMessageCountAsync(queue)).ShouldBe(0u, $"queue {queue} is drained");
        }
    }

    [Fact]
    public async Task Per_article_claim_messages_on_RabbitMq_and_Postgres_store_what_per_claim_messages_store_once_each()
    {
        var database = await postgres.CreateDatabaseAsync();
        var environment = broker.TransportSettings("__").ToDictionary(p => p.Key, p => p.Value);
        environment["Storage__Provider"] = "Postgres";
        environment["Storage__ConnectionString"] = database;
        environment["Ingestion__ClaimMessages"] = "PerArticle";
        environment["Ingestion__StoredEvents"] = "PerArticle";

        var run = await WorkerProcess.RunAsync(Folder("per-article"), environment, "--once");
        output.WriteLine(run.StandardOutput);
        run.ExitCode.ShouldBe(0, Tail(run.StandardError));
        var summary = SummaryLine().Match(run.StandardOutput.Trim());
        summary.Success.ShouldBeTrue(run.StandardOutput);
        summary.Groups["failed"].Value.ShouldBe("0");
        summary.Groups["stored"].Value.ShouldBe(summary.Groups["claims"].Value);

        var perClaim = await WorkerProcess.RunAsync(Folder("per-claim"), null, "--once");
        perClaim.ExitCode.ShouldBe(0, Tail(perClaim.StandardError));

        var stored = await PostgresClaimIds(database);
        stored.Count.ShouldBe(int.Parse(summary.Groups["stored"].Value));
        stored.ShouldBe(SqliteClaimIds(Path.Combine(_folder.FullName, "per-claim", "data", "ingestion.db")), ignoreOrder: true);
        foreach (var queue in PipelineQueues)
        {
            (await broker.GetMessageCountAsync(queue)).ShouldBe(0u, $"queue {queue} is drained");
        }
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;

    private static async Task<List<string>> PostgresClaimIds(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "ClaimId" FROM claims""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static List<string> SqliteClaimIds(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ClaimId FROM claims";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string Tail(string log) => log.Length > 3000 ? log[^3000..] : log;

    [GeneratedRegex(@"^articles=(?<articles>\d+) claims=(?<claims>\d+) stored=(?<stored>\d+) failed=(?<failed>\d+)$")]
    private static partial Regex SummaryLine();
}
