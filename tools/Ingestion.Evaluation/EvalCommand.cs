using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingestion.Evaluation;

/// <summary>`ingest-eval SET --data PATH [--limit N] [--json]`: runs one set and prints its report.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string setName, string? dataPath, int limit, bool json, CancellationToken cancellationToken)
    {
        var set = EvalSets.Find(setName);
        if (set is null)
        {
            return Usage($"unknown set '{setName}'; one of: {string.Join(", ", EvalSets.All.Select(s => s.Name))}");
        }

        if (string.IsNullOrWhiteSpace(dataPath))
        {
            return Usage($"{setName}: --data is required ({set.Description})");
        }

        if (!File.Exists(dataPath) && !Directory.Exists(dataPath))
        {
            return Usage($"{setName}: --data {dataPath}: no such file or folder");
        }

        if (limit < 0)
        {
            return Usage("--limit must be 0 or more");
        }

        EvalReport report;
        try
        {
            report = await set.RunAsync(new EvalRun(dataPath), cancellationToken);
        }
        // Gold data that cannot be read is the caller's problem to fix: say which file and why, no stack trace.
        catch (Exception ex) when (ex is EvalDataException or IOException or JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ingest-eval: {setName}: {ex.Message}");
            return 2;
        }

        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        stdout.Write(json ? ToJson(set.Name, report, limit) + "\n" : ToText(report, limit));
        return 0;
    }

    /// <summary>The scorers' report: failures (at most <paramref name="limit"/>), notes, then the summary line.</summary>
    public static string ToText(EvalReport report, int limit)
    {
        var sb = new StringBuilder();
        if (report.Failures.Count > 0)
        {
            sb.Append(report.FailureHeading).Append(" (").Append(report.Failures.Count).Append("):\n");
            foreach (var failure in report.Failures.Take(limit))
            {
                sb.Append("  ").Append(failure).Append('\n');
            }

            if (report.Failures.Count > limit)
            {
                sb.Append("  ... ").Append(report.Failures.Count - limit).Append(" more\n");
            }
        }

        foreach (var note in report.Notes)
        {
            sb.Append(note).Append('\n');
        }

        return sb.Append(report.SummaryLine).Append('\n').ToString();
    }

    /// <summary>One JSON object: set (its command-line name), n, metrics (as the summary line writes them), failures (at most limit).</summary>
    public static string ToJson(string setName, EvalReport report, int limit)
    {
        var metrics = new JsonObject();
        foreach (var (key, value) in report.Metrics)
        {
            metrics[key] = value;
        }

        var obj = new JsonObject
        {
            ["set"] = setName,
            ["n"] = report.N,
            ["metrics"] = metrics,
            ["failureCount"] = report.Failures.Count,
            ["failures"] = new JsonArray(report.Failures.Take(limit).Select(f => (JsonNode?)f).ToArray()),
            ["notes"] = new JsonArray(report.Notes.Select(f => (JsonNode?)f).ToArray()),
            ["summary"] = report.SummaryLine,
        };
        return obj.ToJsonString(Json.Options);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"ingest-eval: {message}");
        return 2;
    }
}

/// <summary>Gold data that is missing or not in the set's format.</summary>
internal sealed class EvalDataException(string message) : Exception(message);
