using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingestion.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedHttpState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FetchUrl",
                table: "feeds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "feeds",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FetchUrl",
                table: "feeds");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "feeds");
        }
    }
}
