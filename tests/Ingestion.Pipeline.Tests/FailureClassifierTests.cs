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
        { new DbUpdateException("unique key race", new SqliteException("UNIQUE constraint failed", 19)), true },
        { new NpgsqlException("connection refused", new System.Net.Sockets.SocketException(111)), true },
        { new TimeoutException(), true },
        { new HttpRequestException("reset"), true },
        { new FeedParseException("not a feed"), false },
        { new InvalidMessageException("no text"), false },
        { new ArticleContentException("no content"), false },
        { new NullReferenceException(), false },
        { new InvalidOperationException("wrapper", new TimeoutException()), true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_faults_that_can_clear_by_themselves_are_transient(Exception exception, bool transient) =>
        FailureClassifier.IsTransient(exception).ShouldBe(transient);
}
