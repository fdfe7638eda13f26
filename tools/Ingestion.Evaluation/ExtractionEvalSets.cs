using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ingestion.Extraction;

namespace Ingestion.Evaluation;

/// <summary>The pages of a page-folder set, each run through `extract`'s own code, with its expected text.</summary>
internal sealed record ExtractedPage(string Id, JsonObject Case, JsonObject Output, string ExpectedText)
{
    /// <summary>score_aeb.predictions: the output's text when it is a string, else "".</summary>
    public string PredictedText => Output["text"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : "";

    public static List<ExtractedPage> Run(string folder, Uri? pageUrl, CancellationToken cancellationToken)
    {
        var extractor = new ArticleExtractor();
        var pages = new List<ExtractedPage>();
        foreach (var (id, c) in EvalData.FolderCases(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = Path.Combine(folder, EvalData.Str(c, "source") ?? Path.Combine(id, "source.html"));
            var output = Verbs.One(source, () => File.ReadAllBytes(source),
                (s, bytes) => Verbs.ExtractLine(extractor, pageUrl, s, bytes),
                (s, error) => new ExtractOutput { Source = s, Error = error });
            var expected = File.ReadAllText(Path.Combine(folder, id, "expected.txt"));
            pages.Add(new ExtractedPage(id, c, Verbs.ToJson(output), expected));
        }

        return pages;
    }

    /// <summary>score_aeb.text_failures: pages under F1 0.9, worst first.</summary>
    public static List<string> TextFailures(IEnumerable<ExtractedPage> pages, string label) => pages
        .Select(p => (Score: ShingleMetric.Page(p.ExpectedText, p.PredictedText), p.Id))
        .Where(x => x.Score.F1 < 0.9)
        .Select(x => (x.Score.F1, Line: $"{x.Id}: {label}F1 {PyText.Fmt(x.Score.F1)} P {PyText.Fmt(x.Score.Precision)} R {PyText.Fmt(x.Score.Recall)}"))
        .OrderBy(x => x.F1).ThenBy(x => x.Line, StringComparer.Ordinal)
        .Select(x => x.Line)
        .ToList();
}

/// <summary>`ingest-eval aeb`: score_aeb.py on the article-extraction benchmark's pages (AEB shingle F1, P, R).</summary>
internal sealed class AebEvalSet : IEvalSet
{
    public string Name => "aeb";

    public string Description => "article body, AEB shingle F1/P/R; --data: the aeb-dev folder (cases.jsonl, <id>/source.html, <id>/expected.txt)";

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var folder = EvalData.Resolve(run.DataPath, wantFolder: true, "aeb-dev", ".data/aeb");
        var pages = ExtractedPage.Run(folder, pageUrl: null, cancellationToken);
        var score = ShingleMetric.Corpus(pages.Select(p => (p.ExpectedText, (string?)p.PredictedText)));
        return Task.FromResult(new EvalReport(Name,
            [("F1", PyText.Fmt(score.F1)), ("P", PyText.Fmt(score.Precision)), ("R", PyText.Fmt(score.Recall)), ("missing", "0")],
            pages.Count)
        {
            Failures = ExtractedPage.TextFailures(pages, ""),
            FailureHeading = "pages under F1 0.9",
        });
    }
}

/// <summary>
/// `ingest-eval readability`: score_extract_meta.py on Mozilla Readability's test pages, extracted as
/// `extract --url http://fakehost/test/page.html` does: title, byline and date accuracy, text F1.
/// </summary>
internal sealed partial class ReadabilityEvalSet : IEvalSet
{
    public static readonly Uri PageUrl = new("http://fakehost/test/page.html");

    public string Name => "readability";

    public string Description => "title/byline/date accuracy and text F1 against Readability.js; --data: the readability-dev folder";

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})")]
    private static partial Regex LeadingDate();

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var folder = EvalData.Resolve(run.DataPath, wantFolder: true, "readability-dev", ".data/readability");
        var pages = ExtractedPage.Run(folder, PageUrl, cancellationToken);
        var text = ShingleMetric.Corpus(pages.Select(p => (p.ExpectedText, (string?)p.PredictedText)));
        string[] fields = ["title", "byline", "published"];
        var stats = fields.ToDictionary(f => f, _ => new int[4]); // ok, has, empty_ok, empty
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var meta = page.Case["metadata"] as JsonObject;
            foreach (var field in fields)
            {
                var expectedNode = meta?[field == "published" ? "publishedTime" : field];
                var got = EvalData.Str(page.Output, field == "published" ? "publishedAt" : field);
                var st = stats[field];
                if (EvalData.Truthy(expectedNode) && PyText.Strip(EvalData.PyStr(expectedNode)).Length > 0)
                {
                    var expected = EvalData.PyStr(expectedNode);
                    st[1]++;
                    var ok = field == "published" ? SameDay(PyText.NormWs(got), expected) : SameText(PyText.NormWs(got), expected);
                    if (ok)
                    {
                        st[0]++;
                    }
                    else
                    {
                        failures.Add($"{page.Id}: {field} expected {PyText.Repr(PyText.Short(expected, 60))} got {PyText.Repr(PyText.Short(got, 60))}");
                    }
                }
                else
                {
                    st[3]++;
                    if (PyText.NormWs(got).Length == 0)
                    {
                        st[2]++;
                    }
                }
            }
        }

        failures.AddRange(ExtractedPage.TextFailures(pages, "text "));
        var note = "pages with an expected value: " + string.Join(", ", fields.Select(f => $"{f} {stats[f][1]}"))
            + "; empty where none expected: " + string.Join(", ", fields.Select(f => $"{f} {stats[f][2]}/{stats[f][3]}"));
        return Task.FromResult(new EvalReport(Name,
            [("text_F1", PyText.Fmt(text.F1)), .. fields.Select(f => (f, PyText.Pct(stats[f][0], stats[f][1])))],
            pages.Count)
        {
            Failures = failures,
            Notes = [note],
        });
    }

    /// <summary>score_extract_meta.same_text: equal after whitespace normalisation, case-insensitively.</summary>
    public static bool SameText(string? a, string? b) =>
        PyText.CaseFold(PyText.NormWs(a)) == PyText.CaseFold(PyText.NormWs(b));

    /// <summary>score_extract_meta's date rule: some day the two timestamps may denote (as written, or in UTC) is shared.</summary>
    public static bool SameDay(string got, string expected) =>
        got.Length > 0 && DateParts(got).Overlaps(DateParts(expected));

    private static HashSet<string> DateParts(string s)
    {
        s = PyText.NormWs(s);
        var days = new HashSet<string>(StringComparer.Ordinal);
        var m = LeadingDate().Match(s);
        if (m.Success)
        {
            days.Add(m.Groups[1].Value);
        }

        if (PyDates.ParseInstant(s) is { } t)
        {
            days.Add(t.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));
        }

        return days;
    }
}
