using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Ingestion.Worker.Tests;

/// <summary>The README's run command on the embedded default: in-memory transport, SQLite under ./data/, the bundled samples.</summary>
public sealed partial class RunOnceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingestion-worker-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Run_once_stores_the_sample_claims_and_a_second_run_stores_no_duplicates()
    {
        var first = await WorkerProcess.RunAsync(_folder.FullName, args: "--once");

        first.ExitCode.ShouldBe(0, first.StandardError);
        var summary = Summary(first.StandardOutput);
        summary.Articles.ShouldBe(4);
        summary.Stored.ShouldBeGreaterThanOrEqualTo(20);
        summary.Stored.ShouldBe(summary.Claims);
        summary.Failed.ShouldBe(0);
        var database = Path.Combine(_folder.FullName, "data", "ingestion.db");
        File.Exists(database).ShouldBeTrue();
        var claimsAfterFirst = Count(database, "SELECT COUNT(*) FROM claims");
        claimsAfterFirst.ShouldBe(summary.Stored);

        var second = await WorkerProcess.RunAsync(_folder.FullName, args: "--once");

        second.ExitCode.ShouldBe(0, second.StandardError);
        Summary(second.StandardOutput).ShouldBe(new RunSummary(0, 0, 0, 0));
        Count(database, "SELECT COUNT(*) FROM claims").ShouldBe(claimsAfterFirst);
        Count(database, "SELECT COUNT(*) FROM (SELECT ArticleId, Text FROM claims GROUP BY ArticleId, Text, Ordinal HAVING COUNT(*) > 1)").ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_feed_is_reported_and_fails_the_run_while_the_other_feeds_are_ingested()
    {
        var environment = new Dictionary<string, string> { ["Ingestion__Feeds__0"] = "samples/feeds/no-such-feed.xml" };

        var run = await WorkerProcess.RunAsync(_folder.FullName, environment, "--once");

        run.ExitCode.ShouldBe(1);
        var summary = Summary(run.StandardOutput);
        summary.Failed.ShouldBe(1);
        summary.Articles.ShouldBeGreaterThan(0);
        run.StandardError.ShouldContain("no-such-feed.xml");
    }

    private static RunSummary Summary(string standardOutput)
    {
        // Standard output carries exactly the summary line; the log goes to standard error.
        var line = standardOutput.Trim();
        var match = SummaryLine().Match(line);
        match.Success.ShouldBeTrue($"summary line: '{line}'");
        return new RunSummary(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value),
            int.Parse(match.Groups[3].Value), int.Parse(match.Groups[4].Value));
    }

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private sealed record RunSummary(long Articles, long Claims, long Stored, long Failed);

    [GeneratedRegex(@"^articles=(\d+) claims=(\d+) stored=(\d+) failed=(\d+)$")]
    private static partial Regex SummaryLine();
}
