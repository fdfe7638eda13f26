using System.Text.Json;

namespace Ingestion.Evaluation.Tests;

/// <summary>`ingest-eval` end to end, on a small set in the development sets' format written here.</summary>
public class EvalCommandTests
{
    // Three made-up rules in the Golden Rules format; the third expects one sentence where there are two,
    // so it must fail and the others pass.
    private const string Rules = """
        {"id": 1, "name": "two plain sentences", "input": "The vote passed on Monday. Critics objected!", "expected": ["The vote passed on Monday.", "Critics objected!"], "pysbd_id": 1}
        {"id": 3, "name": "title abbreviation", "input": "Mr. Jones said the plan works. It did.", "expected": ["Mr. Jones said the plan works.", "It did."]}
        {"id": 5, "name": "a wrong expectation", "input": "Polls closed at eight. Counting began.", "expected": ["Polls closed at eight. Counting began."], "pysbd_id": 2}

        """;

    [Fact]
    public async Task Segment_set_prints_the_failure_and_the_scorers_summary_line()
    {
        var data = EvalProcess.TempFile(Rules, ".jsonl");
        var result = await RunAsync("segment", "--data", data);

        result.ExitCode.ShouldBe(0, result.StandardError);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("failures (1):");
        lines[1].ShouldStartWith("  #5 a wrong expectation: expected ['Polls closed at eight. Counting began.']; got ['Polls closed at eight.', 'Counting began.']");
        lines[^1].ShouldBe("segment: accuracy=66.67% passed=2 pysbd48=50.00% n=3");
    }

    [Fact]
    public async Task Json_output_carries_the_metrics_and_limited_failures()
    {
        var data = EvalProcess.TempFile(Rules, ".jsonl");
        var result = await RunAsync("segment", "--data", data, "--json", "--limit", "0");

        result.ExitCode.ShouldBe(0, result.StandardError);
        var report = JsonDocument.Parse(result.StandardOutput).RootElement;
        report.GetProperty("set").GetString().ShouldBe("segment");
        report.GetProperty("n").GetInt32().ShouldBe(3);
        report.GetProperty("metrics").GetProperty("passed").GetString().ShouldBe("2");
        report.GetProperty("failureCount").GetInt32().ShouldBe(1);
        report.GetProperty("failures").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_set_and_missing_data_are_usage_errors()
    {
        var unknown = await RunAsync("no-such-set", "--data", ".");
        unknown.ExitCode.ShouldBe(2);
        unknown.StandardError.ShouldContain("unknown set 'no-such-set'");
        unknown.StandardError.ShouldContain("segment");

        var missing = await RunAsync("segment", "--data", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jsonl"));
        missing.ExitCode.ShouldBe(2);
        missing.StandardError.ShouldContain("no such file");
    }

    [Fact]
    public async Task Malformed_gold_data_names_the_line_instead_of_crashing()
    {
        var data = EvalProcess.TempFile("{\"id\": 1, \"input\": \"A.\", \"expected\": [\"A.\"]}\nnot json\n", ".jsonl");
        var result = await RunAsync("segment", "--data", data);
        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain(":2: not JSON");
    }

    private static Task<EvalProcess.Result> RunAsync(params string[] args) => EvalProcess.RunAsync(args);
}
