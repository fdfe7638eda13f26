using Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.TestSupport;

/// <summary>A real SQLite database file in a temporary folder, created with the production schema; deleted on dispose.</summary>
public sealed class SqliteDatabase : IDbContextFactory<IngestionDbContext>, IDisposable
{
    private readonly DbContextOptions<SqliteIngestionDbContext> _options;

    public SqliteDatabase(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        Folder = Directory.CreateTempSubdirectory("ingestion-test-").FullName;
        ConnectionString = $"Data Source={Path.Combine(Folder, "test.db")};Pooling=False";
        var builder = new DbContextOptionsBuilder<SqliteIngestionDbContext>();
        StorageRegistration.Configure(builder, new StorageOptions { Provider = "Sqlite", ConnectionString = ConnectionString });
        builder.AddInterceptors(interceptors);
        _options = builder.Options;
        using var db = CreateDbContext();
        StorageRegistration.MigrateAsync(db).GetAwaiter().GetResult();
    }

    public string Folder { get; }
    public string ConnectionString { get; }

    public IngestionDbContext CreateDbContext() => new SqliteIngestionDbContext(_options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the OS later.
        }
    }
}
