namespace Ingestion.Worker.Tests;

/// <summary>The query API over SQLite, the embedded default.</summary>
public sealed class QueryApiSqliteTests : QueryApiScenarios
{
    private readonly TestSupport.SqliteDatabase _database = new();

    protected override Task<(string Provider, string ConnectionString, string ContentRoot)> CreateDatabaseAsync() =>
        Task.FromResult(("Sqlite", _database.ConnectionString, _database.Folder));

    protected override Task DropDatabaseAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
