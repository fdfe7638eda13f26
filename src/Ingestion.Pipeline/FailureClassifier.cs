using System.Data.Common;
using Ingestion.Feeds.Fetching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.Pipeline;

/// <summary>
/// Tells transient faults (worth retrying: the network, timeouts, a busy or full database, HTTP 5xx/429) from
/// permanent ones (bad input, HTTP 4xx, bugs), which fault at once and land in the error queue with their reason.
/// </summary>
public static class FailureClassifier
{
    // SQLite result codes (https://sqlite.org/rescode.html) that can clear by themselves: BUSY, LOCKED, IOERR, FULL.
    private static readonly HashSet<int> TransientSqliteCodes = [5, 6, 10, 13];

    public static bool IsTransient(Exception exception) => exception switch
    {
        FetchException fetch => fetch.IsTransient,
        SqliteException sqlite => TransientSqliteCodes.Contains(sqlite.SqliteErrorCode),
        // Npgsql marks connection failures, timeouts and serialization failures as transient.
        DbException database when database.IsTransient => true,
        // Includes a unique-key race between two consumers storing the same claim: the retry finds it stored.
        DbUpdateException => true,
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
