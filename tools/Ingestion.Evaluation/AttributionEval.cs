using System.Globalization;
using Ingestion.Text;
using Ingestion.Text.Evaluation;

namespace Ingestion.Evaluation;

/// <summary>
/// <c>ingest-eval attribution --data PATH</c>: runs claim extraction over an annotated attribution set (JSON
/// Lines, see <see cref="AttributionGoldSet"/>) and scores it the way Citron does (<see cref="AttributionScorer"/>):
/// overlap F1 of sources, cues and contents, and exact F1 of whole quotations.
/// </summary>
internal sealed class AttributionEval : IEvalSet
{
    public string Name => "attribution";

    public string Description =>
        "sources, cues and contents against an annotated set (JSON Lines, e.g. tests/Ingestion.Text.Tests/Fixtures/attribution/check.jsonl); Citron's overlap and exact F1";

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        IReadOnlyList<AnnotatedArticle> articles;
        try
        {
            articles = AttributionGoldSet.Load(run.DataPath);
        }
        catch (InvalidDataException ex)
        {
            throw new EvalDataException(ex.Message);
        }

        var extractor = new ClaimExtractor();
        var scorer = new AttributionScorer();
        var failures = new List<string>();
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var predicted = AttributionScorer.QuotesOf(extractor.Extract(article.Text));
            failures.AddRange(scorer.Add(article, predicted).Select(failure => $"{article.Id}: {failure}"));
        }

        var report = scorer.Report();
        var c = CultureInfo.InvariantCulture;
        return Task.FromResult(new EvalReport(Name,
        [
            ("source_F1", report.SourceOverlap.F1.ToString("0.000", c)),
            ("cue_F1", report.CueOverlap.F1.ToString("0.000", c)),
            ("content_F1", report.ContentOverlap.F1.ToString("0.000", c)),
            ("exact_F1", report.QuoteExact.F1.ToString("0.000", c)),
        ], report.Articles)
        {
            Failures = failures,
            Notes =
            [
                string.Create(c, $"quotations: gold={report.GoldQuotes} predicted={report.PredictedQuotes}"),
                string.Create(c, $"overlap  source {report.SourceOverlap}  cue {report.CueOverlap}  content {report.ContentOverlap}"),
                string.Create(c, $"exact    source {report.SourceExact}  cue {report.CueExact}  content {report.ContentExact}  quote {report.QuoteExact}"),
                string.Create(c, $"matched  source_type_accuracy={report.SourceTypeAccuracy:0.000} quote_type_accuracy={report.QuoteTypeAccuracy:0.000} cue_class_accuracy={report.CueClassAccuracy:0.000}"),
                .. report.CueRecallByClass.OrderBy(p => p.Key).Select(p =>
                    string.Create(c, $"cue recall {p.Key.ToString().ToLowerInvariant(),-10} {p.Value.Found}/{p.Value.Gold} {(p.Value.Gold > 0 ? (double)p.Value.Found / p.Value.Gold : 0):0.000}")),
            ],
        });
    }
}
