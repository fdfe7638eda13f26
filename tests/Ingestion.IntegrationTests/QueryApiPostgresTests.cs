using System.Data.Common;
using System.Net.Http.Json;
using Ingestion.IntegrationTests.Servers;
using Ingestion.Storage;
using Ingestion.Worker.Tests;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ingestion.IntegrationTests;

/// <summary>The query API scenarios over a real PostgreSQL server, plus what only PostgreSQL has: full-text search on its GIN index.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QueryApiPostgresTests(PostgresServer server) : QueryApiScenarios
{
    private readonly CommandRecorder _commands = new();
    private string _connectionString = "";
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("ingestion-query-").FullName;

    protected override async Task<(string Provider, string ConnectionString, string ContentRoot)> CreateDatabaseAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        return ("Postgres", _connectionString, _contentRoot);
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(_commands);

    protected override Task DropDatabaseAsync()
    {
        Directory.Delete(_contentRoot, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Text_search_uses_english_stemming_and_the_gin_index_built_for_its_expression()
    {
        _commands.Clear();
        // Stemming: "regenerating" finds "regenerate", which a substring search would not.
        var page = (await Client.GetFromJsonAsync<ClaimPage>("/claims?q=regenerating")).ShouldNotBeNull();
        page.Items.Select(c => c.Id).ShouldBe(["libya-1"]);

        // The search expression EF sent is the index's (configuration inlined, not a parameter), so PostgreSQL can
        // use IX_claims_Text_fts; with sequential scans off the plan shows it does.
        var search = _commands.Texts.First(t => t.Contains("@@", StringComparison.Ordinal));
        search.ShouldContain("to_tsvector('english', c.\"Text\")");
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand(
            "EXPLAIN SELECT \"ClaimId\" FROM claims AS c WHERE to_tsvector('english', c.\"Text\") @@ websearch_to_tsquery('english', 'regenerating')", connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        string.Join("\n", plan).ShouldContain("IX_claims_Text_fts");
    }

    /// <summary>Keeps the SQL of every command the API's contexts run.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly List<string> _texts = [];

        public IReadOnlyList<string> Texts
        {
            get { lock (_texts) { return [.. _texts]; } }
        }

        public void Clear()
        {
            lock (_texts)
            {
                _texts.Clear();
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (_texts)
            {
                _texts.Add(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
