using Ingestion.Feeds.Fetching;
using Ingestion.Feeds.Parsing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ingestion.Pipeline.Tests;

public sealed class FailureClassifierTests
{
    public static TheoryData<Exception, bool> Cases => new()
    {
        { new FetchException("503", isTransient: true, statusCode: 503), true },
        { new FetchException("404", isTransient: false, statusCode: 404), false },
        { new SqliteException("database is locked", 5), true },
        { new SqliteException("disk full", 13), true },
        { new SqliteException("constraint failed", 19), false },
        { new DbUpdateException("unique key race", new SqliteException("UNIQUE constraint failed", 19, 2067)), true },
        { new DbUpdateException("not null", new SqliteException("NOT NULL constraint failed", 19, 1299)), false },
        { new DbUpdateException("busy", new SqliteException("database is locked", 5)), true },
        { new DbUpdateException("unique key race", Postgres("23505")), true },
        { new DbUpdateException("value too long", Postgres("22001")), false },
        { new DbUpdateException("not null", Postgres("23502")), false },
        { new DbUpdateException("disk full", Postgres("53100")), true },
        { new DbUpdateException("server shutting down", Postgres("57P01")), true },
        { new DbUpdateConcurrencyException("row changed"), true },
        { new NpgsqlException("connection refused", new System.Net.Sockets.SocketException(111)), true },
        { new TimeoutException(), true },
        { new HttpRequestException("reset"), true },
        { new FeedParseException("not a feed"), false },
        { new InvalidMessageException("no text"), false },
        { new ArticleContentException("no content"), false },
        { new NullReferenceException(), false },
        { new InvalidOperationException("wrapper", new TimeoutException()), true },
    };

    private static PostgresException Postgres(string sqlState) => new("error", "ERROR", "ERROR", sqlState);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_faults_that_can_clear_by_themselves_are_transient(Exception exception, bool transient) =>
        FailureClassifier.IsTransient(exception).ShouldBe(transient);
}
