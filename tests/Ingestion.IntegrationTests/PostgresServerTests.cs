using Ingestion.IntegrationTests.Servers;
using Npgsql;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests;

/// <summary>The PostgreSQL fixture works: isolated databases, real SQL, and a server that can go away and come back.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests(PostgresServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task A_fresh_database_takes_a_table_and_gives_back_what_was_written()
    {
        output.WriteLine($"postgres {server.Host}:{server.Port}, initdb {server.InitDbDuration.TotalSeconds:F1} s, started in {server.LastStartupDuration.TotalSeconds:F1} s");
        var connectionString = await server.CreateDatabaseAsync();

        await ExecuteAsync(connectionString, "CREATE TABLE claims (id text PRIMARY KEY, body text NOT NULL)");
        await ExecuteAsync(connectionString, "INSERT INTO claims VALUES ('c1', 'Six airstrikes were launched.'), ('c2', 'ISIS can regenerate quickly.')");

        (await ReadBodiesAsync(connectionString)).ShouldBe(["Six airstrikes were launched.", "ISIS can regenerate quickly."]);
    }

    [Fact]
    public async Task Each_database_is_isolated_from_the_others()
    {
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();

        await ExecuteAsync(first, "CREATE TABLE claims (id text PRIMARY KEY, body text NOT NULL)");

        new NpgsqlConnectionStringBuilder(first).Database.ShouldNotBe(new NpgsqlConnectionStringBuilder(second).Database);
        var missing = await Should.ThrowAsync<PostgresException>(() => ReadBodiesAsync(second));
        missing.SqlState.ShouldBe(PostgresErrorCodes.UndefinedTable);
    }

    [PrivateServerFact(PostgresServer.EnvironmentVariable)]
    public async Task Data_survives_a_stop_and_start_and_connections_fail_while_it_is_down()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await ExecuteAsync(connectionString, "CREATE TABLE claims (id text PRIMARY KEY, body text NOT NULL)");
        await ExecuteAsync(connectionString, "INSERT INTO claims VALUES ('c1', 'before the restart')");

        await server.StopAsync();
        var unreachable = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 }.ConnectionString;
        await Should.ThrowAsync<NpgsqlException>(() => ReadBodiesAsync(unreachable));

        await server.StartAsync();
        output.WriteLine($"postgres restarted in {server.LastStartupDuration.TotalSeconds:F1} s");
        // Pooled connections died with the server; a real client would retry, the test just starts afresh.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(connectionString, "INSERT INTO claims VALUES ('c2', 'after the restart')");
        (await ReadBodiesAsync(connectionString)).ShouldBe(["before the restart", "after the restart"]);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadBodiesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT body FROM claims ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var bodies = new List<string>();
        while (await reader.ReadAsync())
        {
            bodies.Add(reader.GetString(0));
        }

        return bodies;
    }
}
