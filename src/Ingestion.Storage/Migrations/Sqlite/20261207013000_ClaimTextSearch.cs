using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingestion.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Word search over claim texts for SQLite (GET /claims?q=), the counterpart of PostgreSQL's
    /// <c>IX_claims_Text_fts</c>: an FTS5 index that stems English words (Porter) and ignores case and diacritics.
    /// Hand-written: EF Core has no model for virtual tables or triggers.
    /// </summary>
    /// <remarks>
    /// The index is contentless (it keeps only the index, not a second copy of the texts) and keyed by
    /// <c>claim_search_rows</c>, which gives each claim a stable integer row: the implicit rowid of <c>claims</c>
    /// (a table keyed by text) may change on VACUUM, so FTS5's external-content mode cannot point at it. Triggers
    /// keep both in step with every insert, delete (claims are replaced by delete and insert) and text change.
    /// A later migration that rebuilds the claims table (EF Core's SQLite way of altering a column) drops these
    /// triggers with the old table: it must create them again.
    /// </remarks>
    public partial class ClaimTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE claim_search_rows (
                    "Row" INTEGER PRIMARY KEY,
                    "ClaimId" TEXT NOT NULL UNIQUE
                );
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE claims_fts USING fts5(
                    "Text", content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER claims_fts_after_insert AFTER INSERT ON claims BEGIN
                    INSERT INTO claim_search_rows ("ClaimId") VALUES (new."ClaimId");
                    INSERT INTO claims_fts (rowid, "Text") VALUES (last_insert_rowid(), new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER claims_fts_after_delete AFTER DELETE ON claims BEGIN
                    DELETE FROM claims_fts WHERE rowid = (SELECT "Row" FROM claim_search_rows WHERE "ClaimId" = old."ClaimId");
                    DELETE FROM claim_search_rows WHERE "ClaimId" = old."ClaimId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER claims_fts_after_update AFTER UPDATE OF "ClaimId", "Text" ON claims BEGIN
                    DELETE FROM claims_fts WHERE rowid = (SELECT "Row" FROM claim_search_rows WHERE "ClaimId" = old."ClaimId");
                    DELETE FROM claim_search_rows WHERE "ClaimId" = old."ClaimId";
                    INSERT INTO claim_search_rows ("ClaimId") VALUES (new."ClaimId");
                    INSERT INTO claims_fts (rowid, "Text") VALUES (last_insert_rowid(), new."Text");
                END;
                """);

            // Claims stored before this migration.
            migrationBuilder.Sql("""INSERT INTO claim_search_rows ("ClaimId") SELECT "ClaimId" FROM claims;""");
            migrationBuilder.Sql("""
                INSERT INTO claims_fts (rowid, "Text")
                SELECT r."Row", c."Text" FROM claim_search_rows AS r JOIN claims AS c ON c."ClaimId" = r."ClaimId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER claims_fts_after_update;");
            migrationBuilder.Sql("DROP TRIGGER claims_fts_after_delete;");
            migrationBuilder.Sql("DROP TRIGGER claims_fts_after_insert;");
            migrationBuilder.Sql("DROP TABLE claims_fts;");
            migrationBuilder.Sql("DROP TABLE claim_search_rows;");
        }
    }
}
