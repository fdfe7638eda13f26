using Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.IntegrationTests.Servers;

/// <summary>Contexts on a fresh, migrated database of the test PostgreSQL server, as the worker makes them.</summary>
internal sealed class PostgresContexts(StorageOptions options) : IDbContextFactory<IngestionDbContext>
{
    public IngestionDbContext CreateDbContext() => StorageRegistration.CreateContext(options);

    public static async Task<PostgresContexts> CreateMigratedAsync(PostgresServer server)
    {
        var contexts = new PostgresContexts(new StorageOptions { Provider = "Postgres", ConnectionString = await server.CreateDatabaseAsync() });
        await using (var db = contexts.CreateDbContext())
        {
            await StorageRegistration.MigrateAsync(db);
        }

        return contexts;
    }
}
