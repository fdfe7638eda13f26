using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingestion.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueryApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CueClass",
                table: "attributions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "articles",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_places_Lon_Lat",
                table: "places",
                columns: new[] { "Lon", "Lat" });

            migrationBuilder.CreateIndex(
                name: "IX_places_Name",
                table: "places",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_entities_Name",
                table: "entities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_claims_Outlet_PublishedAt",
                table: "claims",
                columns: new[] { "Outlet", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_attributions_Role",
                table: "attributions",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_articles_FeedUrl",
                table: "articles",
                column: "FeedUrl");

            // Text search of GET /claims?q=: an expression index that ClaimQueries' to_tsvector('english', "Text")
            // matches, so the search reads the index instead of parsing every claim. Not in the EF model: the model is
            // shared with SQLite, which has no tsvector.
            migrationBuilder.Sql("""CREATE INDEX "IX_claims_Text_fts" ON claims USING GIN (to_tsvector('english', "Text"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_claims_Text_fts";""");

            migrationBuilder.DropIndex(
                name: "IX_places_Lon_Lat",
                table: "places");

            migrationBuilder.DropIndex(
                name: "IX_places_Name",
                table: "places");

            migrationBuilder.DropIndex(
                name: "IX_entities_Name",
                table: "entities");

            migrationBuilder.DropIndex(
                name: "IX_claims_Outlet_PublishedAt",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "IX_attributions_Role",
                table: "attributions");

            migrationBuilder.DropIndex(
                name: "IX_articles_FeedUrl",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "CueClass",
                table: "attributions");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "articles");
        }
    }
}
