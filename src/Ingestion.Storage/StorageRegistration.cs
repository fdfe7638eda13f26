using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Storage;

/// <summary>Where claims are stored. Bound from the "Storage" section (env: Storage__Provider, Storage__ConnectionString).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"Sqlite" (the embedded default) or "Postgres".</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Storage:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>ADO.NET connection string; for SQLite the default keeps the database under ./data/.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/ingestion.db";
}

public static class StorageRegistration
{
    public static IHostApplicationBuilder AddIngestionStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        // Interceptors registered in the container join every context (diagnostics; fault injection in tests).
        builder.Services.AddPooledDbContextFactory<IngestionDbContext>((services, db) =>
        {
            Configure(db, options);
            db.AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddSingleton<ClaimStore>();
        builder.Services.AddSingleton<FeedStateStore>();
        return builder;
    }

    /// <summary>Applies the provider of <paramref name="options"/> to a context's options (also used by tests).</summary>
    public static void Configure(DbContextOptionsBuilder db, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case "Sqlite":
                db.UseSqlite(options.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Storage provider '{options.Provider}' is not available in this build.");
        }
    }

    /// <summary>
    /// Creates the schema when it is missing. SQLite runs in WAL mode so that the store consumer's writes do
    /// not block the poller's reads.
    /// </summary>
    public static async Task InitializeStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<IngestionDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
