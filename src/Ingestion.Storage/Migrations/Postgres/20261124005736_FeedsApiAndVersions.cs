using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingestion.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FeedsApiAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AddedAt",
                table: "feeds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemovedAt",
                table: "feeds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "feeds",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "config");

            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "feed_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "claims",
                type: "timestamp with time zone",
                nullable: true);

            // Articles stored before versions were kept hold their first text.
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "articles",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "article_aliases",
                columns: table => new
                {
                    AliasArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "text", nullable: true),
                    FeedUrl = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_aliases", x => x.AliasArticleId);
                });

            migrationBuilder.CreateTable(
                name: "article_contents",
                columns: table => new
                {
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_contents", x => x.ContentHash);
                });

            migrationBuilder.CreateTable(
                name: "article_versions",
                columns: table => new
                {
                    ArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CanonicalUrl = table.Column<string>(type: "text", nullable: true),
                    CanonicalArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_versions", x => new { x.ArticleId, x.Version });
                });

            migrationBuilder.CreateIndex(
                name: "IX_feeds_Source",
                table: "feeds",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_articles_ContentHash",
                table: "articles",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_article_aliases_ArticleId",
                table: "article_aliases",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_article_versions_CanonicalArticleId",
                table: "article_versions",
                column: "CanonicalArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_aliases");

            migrationBuilder.DropTable(
                name: "article_contents");

            migrationBuilder.DropTable(
                name: "article_versions");

            migrationBuilder.DropIndex(
                name: "IX_feeds_Source",
                table: "feeds");

            migrationBuilder.DropIndex(
                name: "IX_articles_ContentHash",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "feeds");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "feeds");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "feeds");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "feed_entries");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "articles");
        }
    }
}
