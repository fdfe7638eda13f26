using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Ingestion.Feeds.Parsing;

namespace Ingestion.Evaluation;

/// <summary>How a mapped check compares (score_feed.py's `how`).</summary>
internal enum FeedCheckKind
{
    Text,
    Markup,
    Plain,
    Date,
    Length,
    Absent,
}

/// <summary>A feedparser check translated onto the `ingest feed` schema.</summary>
internal sealed record FeedCheck(string Label, object[] Path, FeedCheckKind How, JsonNode? Expected, string? GoldHtml = null);

/// <summary>
/// `ingest-eval feed`: score_feed.py on feedparser's well-formed cases. Each feedparser check is translated onto the
/// contract's schema (or skipped when it has no equivalent) and evaluated on the `feed` verb's output line.
/// </summary>
internal sealed partial class FeedEvalSet : IEvalSet
{
    private static readonly HashSet<string> MarkupTypes = ["html", "xhtml", "text/html", "application/xhtml+xml"];
    private static readonly string[] ContentElements = ["content", "encoded", "fullitem", "body"];

    private static readonly Dictionary<string, string> AuthorKeys = new(StringComparer.Ordinal)
    {
        ["name"] = "name", ["email"] = "email", ["url"] = "uri", ["href"] = "uri",
    };

    [GeneratedRegex(@"^(.*?)\s*\(([^()]*@[^()]*)\)\s*$")]
    private static partial Regex AuthorWithEmail();

    public string Name => "feed";

    public string Description => "feedparser cases passed, %, per kind; --data: feedparser-dev.jsonl ({id, format, kind, checks, xml|json})";

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var file = EvalData.Resolve(run.DataPath, wantFolder: false, "feedparser-dev.jsonl", ".data/feedparser/cases.jsonl");
        var parser = new FeedParser();
        var items = EvalData.LoadCases(file);
        int cases = 0, passed = 0, checks = 0, checksPassed = 0, skipped = 0, notWellFormed = 0;
        var byKind = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var skipReasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (id, c) in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = new Lazy<XElement?>(() => ParseXml(c));
            var mapped = new List<FeedCheck>();
            foreach (var check in (c["checks"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var (skip, translated) = Map(c, root, check);
                if (skip is not null)
                {
                    skipped++;
                    var reason = skip.Split(':')[0];
                    skipReasons[reason] = skipReasons.GetValueOrDefault(reason) + 1;
                }
                else
                {
                    mapped.AddRange(translated);
                }
            }

            if (mapped.Count == 0)
            {
                continue;
            }

            cases++;
            var kind = EvalData.Str(c, "kind") ?? "?";
            var format = EvalData.PyStr(c["format"]);
            var tally = byKind.TryGetValue(kind, out var t) ? t : byKind[kind] = new int[2];
            tally[1]++;
            var isJson = c.ContainsKey("json");
            var document = EvalData.PyStr(c[isJson ? "json" : "xml"]);
            var output = Verbs.ToJson(Verbs.One($"{id}.{(isJson ? "json" : "xml")}", () => Encoding.UTF8.GetBytes(document),
                (s, bytes) => Verbs.FeedLine(parser, s, bytes), (s, error) => new FeedOutput { Source = s, Error = error }));
            if ((EvalData.Str(c, "expect") ?? EvalData.PyStr(c["expect"] ?? "")).StartsWith("not bozo", StringComparison.Ordinal)
                && (output["wellFormed"] is JsonValue wf && wf.GetValueKind() == JsonValueKind.False || EvalData.Truthy(output["error"])))
            {
                notWellFormed++;
            }

            var allOk = true;
            var bad = new List<string>();
            foreach (var m in mapped)
            {
                var (ok, got) = Evaluate(output, m);
                checks++;
                checksPassed += ok ? 1 : 0;
                if (!ok)
                {
                    allOk = false;
                    bad.Add($"{m.Label}: expected {PyText.Repr(PyText.Short(m.Expected is null ? null : EvalData.PyStr(m.Expected), 60))} got {PyText.Repr(PyText.Short(got, 60))}");
                }
            }

            if (allOk)
            {
                passed++;
                tally[0]++;
            }
            else
            {
                var err = EvalData.Truthy(output["error"]) ? $" (error: {PyText.Short(EvalData.PyStr(output["error"]), 60)})" : "";
                failures.Add($"case {id} [{kind} {format}] {EvalData.Str(c, "description") ?? ""}: " + string.Join("; ", bad) + err);
            }
        }

        var inv = CultureInfo.InvariantCulture;
        return Task.FromResult(new EvalReport(Name,
            [("pass", PyText.Pct(passed, cases)), ("passed", passed.ToString(inv)), ("checks", $"{checksPassed}/{checks}"),
             ("skipped_checks", skipped.ToString(inv)), ("not_well_formed", notWellFormed.ToString(inv)), ("cases_total", items.Count.ToString(inv))],
            cases)
        {
            Failures = failures,
            Notes =
            [
                "skipped checks: " + (skipReasons.Count == 0 ? "none" : string.Join(", ", skipReasons.Select(kv => $"{kv.Key} {kv.Value}"))),
                "by kind: " + string.Join(", ", byKind.Select(kv => $"{kv.Key} {kv.Value[0]}/{kv.Value[1]}")),
            ],
        });
    }

    /// <summary>score_feed.map_check: (reason, []) for a skipped check, (null, checks) for a mapped one.</summary>
    public static (string? Skip, List<FeedCheck> Checks) Map(JsonObject c, Lazy<XElement?> root, JsonObject check)
    {
        var path = (check["path"] as JsonArray ?? []).Select(p => p is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? (object)v.GetValue<int>() : EvalData.PyStr(p)).ToArray();
        var op = EvalData.PyStr(check["op"]);
        var value = check["value"];
        var p = path.Select(x => x is int ? "#" : (string)x).ToArray();
        string Dotted(IEnumerable<object> parts) => string.Join(".", parts.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)));
        static (string?, List<FeedCheck>) Skip(string reason) => (reason, []);
        static (string?, List<FeedCheck>) Ok(params FeedCheck[] checks) => (null, [.. checks]);
        static bool Is(string[] actual, params string[] expected) => actual.SequenceEqual(expected, StringComparer.Ordinal);

        if (Is(p, "entries") && op == "len==")
        {
            return Ok(new FeedCheck("len(entries)", ["entries"], FeedCheckKind.Length, value));
        }

        if (path.Length >= 2 && Equals(path[0], "feed"))
        {
            if ((Is(p[1..], "title") || Is(p[1..], "title_detail", "value")) && op == "==")
            {
                return TextCheck(c, root, "feed", 0, ["feed", "title"], "feed.title", value);
            }

            return Skip("other: feed." + Dotted(path[1..]));
        }

        if (path.Length < 3 || !Equals(path[0], "entries") || path[1] is not int i)
        {
            return Skip("other: " + Dotted(path));
        }

        var rest = path[2..];
        var r = p[2..];
        object[] e = ["entries", i];
        var lab = $"entries[{i}].";
        if ((Is(r, "title") || Is(r, "title_detail", "value")) && op == "==")
        {
            return TextCheck(c, root, "entry", i, [.. e, "title"], lab + "title", value);
        }

        if ((Is(r, "summary") || Is(r, "description") || Is(r, "summary_detail", "value")) && op == "==")
        {
            return MarkupCheck(c, root, i, "summary", [.. e, "summary"], lab + "summary", value);
        }

        if (Is(r, "content", "#", "value") && op == "==")
        {
            if (!Equals(rest[1], 0))
            {
                return Skip("content[j>0]: no equivalent");
            }

            return MarkupCheck(c, root, i, "content", [.. e, "content"], lab + "content", value);
        }

        if (Is(r, "link"))
        {
            if (op == "absent")
            {
                return Ok(new FeedCheck(lab + "link", [.. e, "link"], FeedCheckKind.Absent, null));
            }

            if (op == "==")
            {
                return Ok(new FeedCheck(lab + "link", [.. e, "link"], FeedCheckKind.Plain, value?.DeepClone()));
            }
        }

        if ((Is(r, "id") || Is(r, "guid")) && op == "==")
        {
            return Ok(new FeedCheck(lab + "id", [.. e, "id"], FeedCheckKind.Plain, value?.DeepClone()));
        }

        if (Is(r, "author") && op == "==")
        {
            var text = EvalData.Truthy(value) ? EvalData.PyStr(value) : "";
            var m = AuthorWithEmail().Match(text);
            var name = m.Success ? m.Groups[1].Value : (value is null ? null : EvalData.PyStr(value));
            var email = m.Success ? m.Groups[2].Value : null;
            var list = new List<FeedCheck> { new(lab + "authors[0].name", [.. e, "authors", 0, "name"], FeedCheckKind.Plain, name) };
            if (!string.IsNullOrEmpty(email))
            {
                list.Add(new FeedCheck(lab + "authors[0].email", [.. e, "authors", 0, "email"], FeedCheckKind.Plain, email));
            }

            return (null, list);
        }

        if (r.Length == 2 && r[0] == "author_detail" && AuthorKeys.TryGetValue(r[1], out var detailKey) && op == "==")
        {
            return Ok(new FeedCheck(lab + $"authors[0].{detailKey}", [.. e, "authors", 0, detailKey], FeedCheckKind.Plain, value?.DeepClone()));
        }

        if (r.Length == 3 && r[0] == "authors" && r[1] == "#" && AuthorKeys.TryGetValue(r[2], out var authorKey) && op == "==")
        {
            return Ok(new FeedCheck(lab + $"authors[{rest[1]}].{authorKey}", [.. e, "authors", rest[1], authorKey], FeedCheckKind.Plain, value?.DeepClone()));
        }

        foreach (var field in (string[])["published", "updated"])
        {
            if ((Is(r, field) || Is(r, field + "_parsed")) && op == "==")
            {
                var iso = r[0].EndsWith("_parsed", StringComparison.Ordinal)
                    ? EvalData.Str(check, "value_iso_utc")
                    : PyDates.Iso(PyDates.ParseInstant(value is null ? null : EvalData.PyStr(value)));
                if (string.IsNullOrEmpty(iso))
                {
                    return Skip($"unparseable expected date: {PyText.Repr(value is null ? null : EvalData.PyStr(value))}");
                }

                return Ok(new FeedCheck(lab + field, [.. e, field], FeedCheckKind.Date, iso));
            }
        }

        if (r.Length > 0 && r[0] is "created" or "created_parsed")
        {
            return Skip("created: no equivalent");
        }

        if (r.Length > 0 && r[0] is "guidislink" or "links")
        {
            return Skip(r[0] + ": no equivalent");
        }

        if (Is(r, "content", "#", "src"))
        {
            return Skip("content.src: no equivalent");
        }

        return Skip("other: " + Dotted(rest));
    }

    private static (string?, List<FeedCheck>) TextCheck(JsonObject c, Lazy<XElement?> root, string scope, int i, object[] path, string label, JsonNode? value)
    {
        var markup = IsMarkup(c, root, scope, i, "title");
        var valueText = value is null ? null : EvalData.PyStr(value);
        var expected = markup ? PyHtml.ToText(valueText) : valueText;
        if (markup && string.IsNullOrEmpty(expected))
        {
            return ($"markup-only title: {label} has no plain text to compare", []);
        }

        return (null, [new FeedCheck(label, path, FeedCheckKind.Text, expected)]);
    }

    private static (string?, List<FeedCheck>) MarkupCheck(JsonObject c, Lazy<XElement?> root, int i, string field, object[] path, string label, JsonNode? value)
    {
        var markup = IsMarkup(c, root, "entry", i, field);
        var valueText = value is null ? null : EvalData.PyStr(value);
        var gold = markup ? valueText : PyHtml.Escape(valueText ?? "");
        return (null, [new FeedCheck(label, path, FeedCheckKind.Markup, value?.DeepClone(), gold)]);
    }

    /// <summary>score_feed._root: the case's XML as ElementTree would read it, or null (JSON Feed, or not well-formed).</summary>
    private static XElement? ParseXml(JsonObject c)
    {
        if (EvalData.Str(c, "xml") is not { } xml)
        {
            return null;
        }

        try
        {
            // From bytes, so that the XML declaration's encoding is honoured as expat honours it.
            using var reader = XmlReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(xml)),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true });
            return XDocument.Load(reader).Root;
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static XElement? SourceElement(XElement? root, string scope, int entryIndex, string field)
    {
        if (root is null)
        {
            return null;
        }

        if (scope == "feed")
        {
            var container = root.Name.LocalName == "feed" ? root
                : root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
            return container.Elements().FirstOrDefault(e => e.Name.LocalName == "title");
        }

        var entries = root.DescendantsAndSelf().Where(e => e.Name.LocalName is "entry" or "item").ToList();
        if (entryIndex >= entries.Count)
        {
            return null;
        }

        var entry = entries[entryIndex];
        string[] names = field switch
        {
            "title" => ["title"],
            "summary" => ["summary", "description"],
            _ => [.. ContentElements, "summary", "description"],
        };
        foreach (var name in names)
        {
            if (entry.Elements().FirstOrDefault(e => e.Name.LocalName == name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>score_feed.is_markup: whether feedparser's value for the field is HTML.</summary>
    private static bool IsMarkup(JsonObject c, Lazy<XElement?> root, string scope, int entryIndex, string field)
    {
        var format = EvalData.Str(c, "format") ?? "";
        var el = SourceElement(root.Value, scope, entryIndex, field);
        if (!format.StartsWith("atom", StringComparison.Ordinal))
        {
            return field == "title" ? el is not null && el.Elements().Any() : true;
        }

        if (el is null)
        {
            return field != "title";
        }

        var type = PyText.Strip(el.Attribute("type")?.Value ?? "").ToLowerInvariant();
        return MarkupTypes.Contains(type) || type.Contains("html", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal) || el.Elements().Any();
    }

    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }

    private static object? GetPath(JsonNode? obj, object[] path)
    {
        var current = obj;
        foreach (var key in path)
        {
            if (key is int index)
            {
                if (current is not JsonArray array || index >= array.Count)
                {
                    return Missing.Value;
                }

                current = array[index];
            }
            else
            {
                if (current is not JsonObject o || !o.TryGetPropertyValue((string)key, out var next))
                {
                    return Missing.Value;
                }

                current = next;
            }
        }

        return current;
    }

    // score_feed._as_text: absent and null are "", a list stands for its first item, an object for its value or text.
    private static string AsText(object? got)
    {
        if (got is Missing or null)
        {
            return "";
        }

        var node = (JsonNode)got;
        if (node is JsonArray list)
        {
            if (list.Count == 0)
            {
                return "";
            }

            node = list[0];
            if (node is null)
            {
                return "None";
            }
        }

        if (node is JsonObject o)
        {
            var inner = EvalData.Truthy(o["value"]) ? o["value"] : EvalData.Truthy(o["text"]) ? o["text"] : null;
            return inner is null ? "" : EvalData.PyStr(inner);
        }

        return EvalData.PyStr(node);
    }

    /// <summary>score_feed.eval_check: whether the output passes the check, and what it had.</summary>
    public static (bool Ok, string? Got) Evaluate(JsonObject output, FeedCheck m)
    {
        var got = GetPath(output, m.Path);
        switch (m.How)
        {
            case FeedCheckKind.Length:
                var n = got is JsonArray a ? a.Count : 0;
                var expectedCount = m.Expected is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : double.NaN;
                return (n == expectedCount, n.ToString(CultureInfo.InvariantCulture));
            case FeedCheckKind.Absent:
                return (AsText(got) == "", got is Missing ? "(absent)" : got is null ? null : AsText(got));
            case FeedCheckKind.Date:
                var text = AsText(got);
                return (PyDates.Iso(PyDates.ParseInstant(text)) == EvalData.PyStr(m.Expected), text.Length > 0 ? text : null);
        }

        var g = AsText(got);
        var expected = m.Expected is null ? null : EvalData.PyStr(m.Expected);
        if (m.How is FeedCheckKind.Text or FeedCheckKind.Plain)
        {
            return (PyText.NormWs(g) == PyText.NormWs(expected), g);
        }

        if (PyText.NormWs(g) == PyText.NormWs(expected))
        {
            return (true, g);
        }

        return (PyHtml.Canon(g).SequenceEqual(PyHtml.Canon(m.GoldHtml), StringComparer.Ordinal), g);
    }
}
