using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ingestion.Storage;

/// <summary>
/// The model, shared by both providers. Each provider has its own derived context so that each keeps its own
/// migrations (SQL types and defaults differ) and its own conventions for dates.
/// </summary>
public abstract class IngestionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ArticleRecord> Articles => Set<ArticleRecord>();
    public DbSet<ClaimRecord> Claims => Set<ClaimRecord>();
    public DbSet<FeedRecord> Feeds => Set<FeedRecord>();
    public DbSet<SeenEntryRecord> SeenEntries => Set<SeenEntryRecord>();
    public DbSet<ArticleVersionRecord> ArticleVersions => Set<ArticleVersionRecord>();
    public DbSet<ArticleContentRecord> ArticleContents => Set<ArticleContentRecord>();
    public DbSet<ArticleAliasRecord> ArticleAliases => Set<ArticleAliasRecord>();
    public DbSet<ArticleAnnouncementRecord> ArticleAnnouncements => Set<ArticleAnnouncementRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ArticleRecord>(article =>
        {
            article.ToTable("articles");
            article.HasKey(a => a.ArticleId);
            article.Property(a => a.ArticleId).HasMaxLength(64);
            article.Property(a => a.ContentHash).HasMaxLength(64);
            article.HasIndex(a => a.PublishedAt);
            article.HasIndex(a => a.Url);
            article.HasIndex(a => a.ContentHash);
            // Query API: articles of a feed.
            article.HasIndex(a => a.FeedUrl);
        });

        modelBuilder.Entity<ArticleVersionRecord>(version =>
        {
            version.ToTable("article_versions");
            version.HasKey(v => new { v.ArticleId, v.Version });
            version.Property(v => v.ArticleId).HasMaxLength(64);
            version.Property(v => v.Version).ValueGeneratedNever();
            version.Property(v => v.ContentHash).HasMaxLength(64);
            version.Property(v => v.CanonicalArticleId).HasMaxLength(64);
            version.HasIndex(v => v.CanonicalArticleId);
        });

        modelBuilder.Entity<ArticleContentRecord>(content =>
        {
            content.ToTable("article_contents");
            content.HasKey(c => c.ContentHash);
            content.Property(c => c.ContentHash).HasMaxLength(64);
            content.Property(c => c.ArticleId).HasMaxLength(64);
        });

        modelBuilder.Entity<ArticleAliasRecord>(alias =>
        {
            alias.ToTable("article_aliases");
            alias.HasKey(a => a.AliasArticleId);
            alias.Property(a => a.AliasArticleId).HasMaxLength(64);
            alias.Property(a => a.ArticleId).HasMaxLength(64);
            alias.Property(a => a.ContentHash).HasMaxLength(64);
            alias.Property(a => a.Reason).HasMaxLength(16);
            alias.HasIndex(a => a.ArticleId);
        });

        modelBuilder.Entity<ClaimRecord>(claim =>
        {
            claim.ToTable("claims");
            claim.HasKey(c => c.ClaimId);
            claim.Property(c => c.ClaimId).HasMaxLength(64);
            claim.Property(c => c.ArticleId).HasMaxLength(64);
            claim.Property(c => c.Kind).HasMaxLength(16);
            // Query paths: the claims of an article in order; claims by publication time.
            claim.HasIndex(c => new { c.ArticleId, c.Ordinal });
            claim.HasIndex(c => c.PublishedAt);
            // Query API: claims of an outlet, newest first.
            claim.HasIndex(c => new { c.Outlet, c.PublishedAt });

            // Row positions are assigned by the store; EF must not treat position 0 as "to be generated".
            claim.OwnsMany(c => c.Attributions, a =>
            {
                a.ToTable("attributions");
                a.WithOwner().HasForeignKey("ClaimId");
                a.HasKey("ClaimId", nameof(AttributionRow.Level));
                a.Property(x => x.Level).ValueGeneratedNever();
                a.HasIndex(x => x.SourceName);
                a.Property(x => x.CueClass).HasMaxLength(16);
                a.HasIndex(x => x.Role);
            });
            claim.OwnsMany(c => c.Entities, e =>
            {
                e.ToTable("entities");
                e.WithOwner().HasForeignKey("ClaimId");
                e.HasKey("ClaimId", nameof(EntityRow.Position));
                e.Property(x => x.Position).ValueGeneratedNever();
                e.HasIndex(x => new { x.Type, x.Name });
                e.HasIndex(x => x.Name);
            });
            claim.OwnsMany(c => c.Places, p =>
            {
                p.ToTable("places");
                p.WithOwner().HasForeignKey("ClaimId");
                p.HasKey("ClaimId", nameof(PlaceRow.Position));
                p.Property(x => x.Position).ValueGeneratedNever();
                p.HasIndex(x => x.GeonameId);
                p.HasIndex(x => x.Country);
                // Query API: places by name and by bounding box.
                p.HasIndex(x => x.Name);
                p.HasIndex(x => new { x.Lon, x.Lat });
            });
            claim.OwnsMany(c => c.Times, t =>
            {
                t.ToTable("times");
                t.WithOwner().HasForeignKey("ClaimId");
                t.HasKey("ClaimId", nameof(TimeRow.Position));
                t.Property(x => x.Position).ValueGeneratedNever();
                t.HasIndex(x => x.Value);
            });
            claim.OwnsMany(c => c.Quantities, q =>
            {
                q.ToTable("quantities");
                q.WithOwner().HasForeignKey("ClaimId");
                q.HasKey("ClaimId", nameof(QuantityRow.Position));
                q.Property(x => x.Position).ValueGeneratedNever();
            });
        });

        modelBuilder.Entity<FeedRecord>(feed =>
        {
            feed.ToTable("feeds");
            feed.HasKey(f => f.FeedUrl);
            feed.HasIndex(f => f.NextPollAt);
            feed.Property(f => f.Source).HasMaxLength(16).HasDefaultValue(FeedSources.Config);
            feed.HasIndex(f => f.Source);
        });

        modelBuilder.Entity<SeenEntryRecord>(seen =>
        {
            seen.ToTable("feed_entries");
            seen.HasKey(s => new { s.FeedUrl, s.EntryKey });
            seen.HasIndex(s => s.ArticleId);
            seen.Property(s => s.Fingerprint).HasMaxLength(64);
        });

        modelBuilder.Entity<ArticleAnnouncementRecord>(announcement =>
        {
            announcement.ToTable("article_announcements");
            announcement.HasKey(a => a.ArticleId);
        });
    }
}

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteIngestionDbContext(DbContextOptions<SqliteIngestionDbContext> options) : IngestionDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no date type and cannot compare DateTimeOffset text in queries ("due feeds", "claims since"):
        // store them as sortable 64-bit values.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>Production storage: PostgreSQL.</summary>
public sealed class PostgresIngestionDbContext(DbContextOptions<PostgresIngestionDbContext> options) : IngestionDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // timestamptz holds instants: Npgsql accepts only UTC offsets, and feeds give dates in any zone.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
