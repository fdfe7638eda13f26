using System.Data.Common;
using Ingestion.Feeds.Fetching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ingestion.Pipeline;

/// <summary>
/// Tells transient faults (worth retrying: the network, timeouts, a busy or full database, HTTP 5xx/429) from
/// permanent ones (bad input, HTTP 4xx, bugs), which fault at once and land in the error queue with their reason.
/// </summary>
public static class FailureClassifier
{
    // SQLite result codes (https://sqlite.org/rescode.html) that can clear by themselves: BUSY, LOCKED, IOERR, FULL.
    private static readonly HashSet<int> TransientSqliteCodes = [5, 6, 10, 13];

    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE: two consumers inserting the same claim at once.
    private static readonly HashSet<int> SqliteKeyRaceCodes = [1555, 2067];

    // PostgreSQL unique_violation (https://www.postgresql.org/docs/current/errcodes-appendix.html): the same race.
    private const string PostgresUniqueViolation = "23505";

    public static bool IsTransient(Exception exception) => exception switch
    {
        FetchException fetch => fetch.IsTransient,
        SqliteException sqlite => TransientSqliteCodes.Contains(sqlite.SqliteErrorCode),
        // Npgsql marks connection failures, timeouts, serialization failures, shutdowns and a full disk as transient.
        DbException database when database.IsTransient => true,
        DbUpdateConcurrencyException => true,
        // A unique-key race between two consumers storing the same claim clears on retry (the retry finds it
        // stored); any other constraint or data error (NOT NULL, a value too long) fails the same way every time.
        DbUpdateException update => update.InnerException switch
        {
            PostgresException postgres => postgres.IsTransient || postgres.SqlState == PostgresUniqueViolation,
            SqliteException sqlite => TransientSqliteCodes.Contains(sqlite.SqliteErrorCode) || SqliteKeyRaceCodes.Contains(sqlite.SqliteExtendedErrorCode),
            { } inner => IsTransient(inner),
            // EF Core raised it without a provider error: nothing says it will fail again.
            null => true,
        },
        TimeoutException or IOException or HttpRequestException => true,
        OperationCanceledException => false,
        _ when exception.InnerException is { } inner => IsTransient(inner),
        _ => false,
    };
}

/// <summary>An article with nothing to extract: no page, no inline content. Permanent.</summary>
public sealed class ArticleContentException : Exception
{
    public ArticleContentException() { }
    public ArticleContentException(string message) : base(message) { }
    public ArticleContentException(string message, Exception inner) : base(message, inner) { }
}
