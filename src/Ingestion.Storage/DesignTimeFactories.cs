using Microsoft.EntityFrameworkCore.Design;

namespace Ingestion.Storage;

// Used only by `dotnet ef migrations add`, which needs a context per provider to generate its migrations:
//   dotnet ef migrations add <Name> --project src/Ingestion.Storage --context SqliteIngestionDbContext --output-dir Migrations/Sqlite
//   dotnet ef migrations add <Name> --project src/Ingestion.Storage --context PostgresIngestionDbContext --output-dir Migrations/Postgres
// Generating a migration does not connect to a database.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIngestionDbContext>
{
    public SqliteIngestionDbContext CreateDbContext(string[] args) =>
        (SqliteIngestionDbContext)StorageRegistration.CreateContext(new StorageOptions { Provider = "Sqlite", ConnectionString = "Data Source=design-time.db" });
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIngestionDbContext>
{
    public PostgresIngestionDbContext CreateDbContext(string[] args) =>
        (PostgresIngestionDbContext)StorageRegistration.CreateContext(new StorageOptions { Provider = "Postgres", ConnectionString = "Host=localhost;Database=ingestion" });
}
