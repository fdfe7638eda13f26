using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingestion.Evaluation;

/// <summary>Reading gold data the way shared/eval/evalcommon.py and materialise.py do.</summary>
internal static class EvalData
{
    /// <summary>
    /// The gold file or folder: <paramref name="path"/> itself, or, when it is a folder that holds one of the
    /// <paramref name="defaults"/> (as shared/eval does), that one. So `--data shared/eval` works for every set.
    /// </summary>
    public static string Resolve(string path, bool wantFolder, params string[] defaults)
    {
        if (Directory.Exists(path))
        {
            foreach (var candidate in defaults)
            {
                var full = Path.Combine(path, candidate);
                if (wantFolder ? Directory.Exists(full) : File.Exists(full))
                {
                    return full;
                }
            }

            if (wantFolder && File.Exists(Path.Combine(path, "cases.jsonl")))
            {
                return path;
            }

            throw new EvalDataException($"{path} holds none of {string.Join(", ", defaults)}");
        }

        if (wantFolder)
        {
            throw new EvalDataException($"{path} is not a folder (expected a folder with cases.jsonl)");
        }

        return path;
    }

    /// <summary>evalcommon.load_cases: each case with its `id` (as Python's str() writes it) or its line index.</summary>
    public static List<(string Id, JsonObject Case)> LoadCases(string path)
    {
        var cases = new List<(string, JsonObject)>();
        var index = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonObject obj;
            try
            {
                obj = JsonNode.Parse(line) as JsonObject ?? throw new EvalDataException($"{path}:{lineNumber}: not a JSON object");
            }
            catch (JsonException ex)
            {
                throw new EvalDataException($"{path}:{lineNumber}: not JSON ({ex.Message})");
            }

            cases.Add((obj.ContainsKey("id") ? PyStr(obj["id"]) : index.ToString(System.Globalization.CultureInfo.InvariantCulture), obj));
            index++;
        }

        return cases;
    }

    /// <summary>materialise.folder_cases: cases.jsonl of a page folder, each keyed by its `id` or `name`.</summary>
    public static List<(string Id, JsonObject Case)> FolderCases(string folder)
    {
        var file = Path.Combine(folder, "cases.jsonl");
        if (!File.Exists(file))
        {
            throw new EvalDataException($"{folder} has no cases.jsonl");
        }

        return LoadCases(file).Select(c => (Str(c.Case, "id") is { Length: > 0 } id ? id : Str(c.Case, "name") ?? "", c.Case)).ToList();
    }

    /// <summary>A string field, or null when absent, null or not a string.</summary>
    public static string? Str(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Python's truthiness of a JSON value (null, "", 0, false, [] and {} are false).</summary>
    public static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.Number => v.GetValue<double>() != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>Python's str() of a JSON value: strings as they are, null as "None", true as "True".</summary>
    public static string PyStr(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "True",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "False",
        _ => node.ToJsonString(),
    };
}
