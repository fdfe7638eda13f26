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

    /// <summary>Apply pending schema migrations at start-up. Off: run `Ingestion.Worker --migrate` once per release instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;
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
        if (options.Provider == "Postgres")
        {
            Register<PostgresIngestionDbContext>(builder.Services, options);
        }
        else
        {
            Register<SqliteIngestionDbContext>(builder.Services, options);
        }

        builder.Services.AddSingleton<ClaimStore>();
        builder.Services.AddSingleton<FeedStateStore>();
        builder.Services.AddSingleton<ArticleVersionStore>();
        builder.Services.AddSingleton<ClaimQueries>();
        return builder;
    }

    private static void Register<TContext>(IServiceCollection services, StorageOptions options)
        where TContext : IngestionDbContext
    {
        // Interceptors registered in the container join every context (diagnostics; fault injection in tests).
        services.AddPooledDbContextFactory<TContext>((provider, db) =>
        {
            Configure(db, options);
            db.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddSingleton<IDbContextFactory<IngestionDbContext>, ProviderContextFactory<TContext>>();
    }

    /// <summary>Applies the provider of <paramref name="options"/> to a context's options (also used by tests and tools).</summary>
    public static void Configure(DbContextOptionsBuilder db, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case "Sqlite":
                db.UseSqlite(options.ConnectionString);
                break;
            case "Postgres":
                // Transient errors are retried by the consumers' message retry (one retry layer per boundary),
                // so the provider's own execution strategy stays off.
                db.UseNpgsql(options.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not Sqlite or Postgres.");
        }
    }

    /// <summary>Creates a context of the configured provider, for tools and tests that have no container.</summary>
    public static IngestionDbContext CreateContext(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == "Postgres")
        {
            var builder = new DbContextOptionsBuilder<PostgresIngestionDbContext>();
            Configure(builder, options);
            return new PostgresIngestionDbContext(builder.Options);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<SqliteIngestionDbContext>();
            Configure(builder, options);
            return new SqliteIngestionDbContext(builder.Options);
        }
    }

    /// <summary>
    /// Brings the schema up to date (EF Core migrations of the configured provider). SQLite also gets its data
    /// folder created and runs in WAL mode so the store's writes do not block the poller's reads.
    /// </summary>
    public static async Task InitializeStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<IngestionDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, cancellationToken);
    }

    public static async Task MigrateAsync(IngestionDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<IngestionDbContext>
        where TContext : IngestionDbContext
    {
        public IngestionDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<IngestionDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
