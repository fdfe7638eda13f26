using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingestion.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    ArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "text", nullable: true),
                    FeedUrl = table.Column<string>(type: "text", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: true),
                    Outlet = table.Column<string>(type: "text", nullable: true),
                    Byline = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Language = table.Column<string>(type: "text", nullable: true),
                    Section = table.Column<string>(type: "text", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.ArticleId);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    ClaimId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArticleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArticleUrl = table.Column<string>(type: "text", nullable: true),
                    Outlet = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Paragraph = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hedged = table.Column<bool>(type: "boolean", nullable: false),
                    EnrichedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claims", x => x.ClaimId);
                });

            migrationBuilder.CreateTable(
                name: "feed_entries",
                columns: table => new
                {
                    FeedUrl = table.Column<string>(type: "text", nullable: false),
                    EntryKey = table.Column<string>(type: "text", nullable: false),
                    ArticleId = table.Column<string>(type: "text", nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_entries", x => new { x.FeedUrl, x.EntryKey });
                });

            migrationBuilder.CreateTable(
                name: "feeds",
                columns: table => new
                {
                    FeedUrl = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: true),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<string>(type: "text", nullable: true),
                    LastPolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSuccessAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextPollAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "text", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feeds", x => x.FeedUrl);
                });

            migrationBuilder.CreateTable(
                name: "attributions",
                columns: table => new
                {
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ClaimId = table.Column<string>(type: "character varying(64)", nullable: false),
                    SourceText = table.Column<string>(type: "text", nullable: false),
                    SourceStart = table.Column<int>(type: "integer", nullable: false),
                    SourceLength = table.Column<int>(type: "integer", nullable: false),
                    SourceType = table.Column<string>(type: "text", nullable: false),
                    SourceName = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: true),
                    Via = table.Column<string>(type: "text", nullable: true),
                    Cue = table.Column<string>(type: "text", nullable: false),
                    ContentStart = table.Column<int>(type: "integer", nullable: false),
                    ContentLength = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attributions", x => new { x.ClaimId, x.Level });
                    table.ForeignKey(
                        name: "FK_attributions_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "ClaimId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ClaimId = table.Column<string>(type: "character varying(64)", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities", x => new { x.ClaimId, x.Position });
                    table.ForeignKey(
                        name: "FK_entities_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "ClaimId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "places",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ClaimId = table.Column<string>(type: "character varying(64)", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Country = table.Column<string>(type: "text", nullable: true),
                    Lat = table.Column<double>(type: "double precision", nullable: true),
                    Lon = table.Column<double>(type: "double precision", nullable: true),
                    GeonameId = table.Column<long>(type: "bigint", nullable: true),
                    RelativeTo = table.Column<string>(type: "text", nullable: true),
                    DistanceKm = table.Column<double>(type: "double precision", nullable: true),
                    BearingDegrees = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_places", x => new { x.ClaimId, x.Position });
                    table.ForeignKey(
                        name: "FK_places_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "ClaimId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "quantities",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ClaimId = table.Column<string>(type: "character varying(64)", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: true),
                    Qualifier = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quantities", x => new { x.ClaimId, x.Position });
                    table.ForeignKey(
                        name: "FK_quantities_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "ClaimId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "times",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ClaimId = table.Column<string>(type: "character varying(64)", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_times", x => new { x.ClaimId, x.Position });
                    table.ForeignKey(
                        name: "FK_times_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "ClaimId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_articles_PublishedAt",
                table: "articles",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_articles_Url",
                table: "articles",
                column: "Url");

            migrationBuilder.CreateIndex(
                name: "IX_attributions_SourceName",
                table: "attributions",
                column: "SourceName");

            migrationBuilder.CreateIndex(
                name: "IX_claims_ArticleId_Ordinal",
                table: "claims",
                columns: new[] { "ArticleId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_PublishedAt",
                table: "claims",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_entities_Type_Name",
                table: "entities",
                columns: new[] { "Type", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_feed_entries_ArticleId",
                table: "feed_entries",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_feeds_NextPollAt",
                table: "feeds",
                column: "NextPollAt");

            migrationBuilder.CreateIndex(
                name: "IX_places_Country",
                table: "places",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_places_GeonameId",
                table: "places",
                column: "GeonameId");

            migrationBuilder.CreateIndex(
                name: "IX_times_Value",
                table: "times",
                column: "Value");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "attributions");

            migrationBuilder.DropTable(
                name: "entities");

            migrationBuilder.DropTable(
                name: "feed_entries");

            migrationBuilder.DropTable(
                name: "feeds");

            migrationBuilder.DropTable(
                name: "places");

            migrationBuilder.DropTable(
                name: "quantities");

            migrationBuilder.DropTable(
                name: "times");

            migrationBuilder.DropTable(
                name: "claims");
        }
    }
}
