using System.Text;
using System.Text.Json.Nodes;
using Ingestion.Feeds.Parsing;
using Ingestion.Text;

namespace Ingestion.Evaluation;

/// <summary>`ingest-eval segment`: score_segment.py on the Golden Rules of sentence segmentation.</summary>
internal sealed class SegmentEvalSet : IEvalSet
{
    public string Name => "segment";

    public string Description => "Golden Rules passed, %; --data: golden-rules-dev.jsonl ({id, name, input, expected, pysbd_id})";

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var file = EvalData.Resolve(run.DataPath, wantFolder: false, "golden-rules-dev.jsonl", ".data/golden-rules-en.jsonl");
        var segmenter = new SentenceSegmenter();
        int passed = 0, pysbdRules = 0, pysbdPassed = 0;
        var failures = new List<string>();
        var rules = EvalData.LoadCases(file);
        foreach (var (id, rule) in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = EvalData.Str(rule, "input") ?? throw new EvalDataException($"{file}: rule {id} has no input");
            var expected = (rule["expected"] as JsonArray ?? throw new EvalDataException($"{file}: rule {id} has no expected list"))
                .Select(e => EvalData.PyStr(e)).ToList();
            var output = Verbs.ToJson(Verbs.One($"{id}.txt", () => Encoding.UTF8.GetBytes(input),
                (s, bytes) => Verbs.SegmentLine(segmenter, s, bytes), (s, error) => new SegmentOutput { Source = s, Error = error }));
            bool ok;
            string why;
            if (EvalData.Truthy(output["error"]))
            {
                (ok, why) = (false, "error: " + EvalData.PyStr(output["error"]));
            }
            else
            {
                var got = SentenceTexts(output);
                ok = got.SequenceEqual(expected, StringComparer.Ordinal);
                why = "got " + PyText.Repr(got);
            }

            if (ok)
            {
                passed++;
            }

            if (rule["pysbd_id"] is not null)
            {
                pysbdRules++;
                pysbdPassed += ok ? 1 : 0;
            }

            if (!ok)
            {
                failures.Add($"#{id} {EvalData.Str(rule, "name") ?? ""}: expected {PyText.Repr(expected)}; {PyText.Short(why, 160)}");
            }
        }

        return Task.FromResult(new EvalReport(Name,
            [("accuracy", PyText.Pct(passed, rules.Count)), ("passed", passed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             ("pysbd48", PyText.Pct(pysbdPassed, pysbdRules))],
            rules.Count) { Failures = failures });
    }

    /// <summary>score_segment.sentences_of: the sentence texts, each stripped, empty ones dropped.</summary>
    public static List<string> SentenceTexts(JsonObject output) => output["sentences"] is JsonArray sentences
        ? sentences.OfType<JsonObject>().Select(s => PyText.Strip(EvalData.Truthy(s["text"]) ? EvalData.PyStr(s["text"]) : ""))
            .Where(t => t.Length > 0).ToList()
        : [];
}

/// <summary>`ingest-eval feed-dates`: score_feed_dates.py, each date string as the pubDate of a one-item RSS feed.</summary>
internal sealed class FeedDatesEvalSet : IEvalSet
{
    public string Name => "feed-dates";

    public string Description => "feed dates read right, %; --data: feed-dates-dev.jsonl ({id, parser, input, expected_iso_utc})";

    /// <summary>materialise.date_feed_xml: the feed of one date case.</summary>
    public static string DateFeedXml(string dateInput) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>date case</title>\n<link>http://example.com/</link>\n"
        + "<description>date case</description>\n<item>\n<title>item</title>\n<guid isPermaLink=\"false\">item-1</guid>\n"
        + $"<pubDate>{PyHtml.Escape(dateInput)}</pubDate>\n</item>\n</channel>\n</rss>\n";

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var file = EvalData.Resolve(run.DataPath, wantFolder: false, "feed-dates-dev.jsonl", ".data/feedparser/dates.jsonl");
        var parser = new FeedParser();
        var cases = EvalData.LoadCases(file);
        int ok = 0, valid = 0, validOk = 0, rejected = 0, rejectedOk = 0;
        var failures = new List<string>();
        foreach (var (id, c) in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = EvalData.PyStr(c["input"]);
            var expected = EvalData.Str(c, "expected_iso_utc");
            var output = Verbs.ToJson(Verbs.One($"{id}.xml", () => Encoding.UTF8.GetBytes(DateFeedXml(input)),
                (s, bytes) => Verbs.FeedLine(parser, s, bytes), (s, error) => new FeedOutput { Source = s, Error = error }));
            var got = PublishedOf(output);
            var gotText = got is null ? null : EvalData.PyStr(got);
            var pass = PyDates.Iso(PyDates.ParseInstant(gotText)) == expected && (expected is not null || string.IsNullOrEmpty(gotText));
            ok += pass ? 1 : 0;
            if (expected is null)
            {
                rejected++;
                rejectedOk += pass ? 1 : 0;
            }
            else
            {
                valid++;
                validOk += pass ? 1 : 0;
            }

            if (!pass)
            {
                var comment = EvalData.Truthy(c["comment"]) ? $" ({EvalData.PyStr(c["comment"])})" : "";
                failures.Add($"case {id} [{EvalData.PyStr(c["parser"])}] {PyText.Repr(input)}: expected {expected ?? "None"} got {PyText.Repr(gotText)}{comment}");
            }
        }

        return Task.FromResult(new EvalReport("feed_dates",
            [("accuracy", PyText.Pct(ok, cases.Count)), ("valid", $"{validOk}/{valid}"), ("rejected", $"{rejectedOk}/{rejected}")],
            cases.Count) { Failures = failures });
    }

    private static JsonNode? PublishedOf(JsonObject output) =>
        output["entries"] is JsonArray { Count: > 0 } entries && entries[0] is JsonObject first ? first["published"] : null;
}
