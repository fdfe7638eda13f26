using Ingestion.Text.Evaluation;

namespace Ingestion.Text.Tests;

/// <summary>
/// The project's own annotated attribution set (Fixtures/attribution, written for this project). The floors sit
/// a little under the measured scores, so a change that loses attributions fails here. The "check" split is not
/// used for tuning rules, so its floor is the honest one.
/// </summary>
public sealed class AttributionFixtureSetTests
{
    private static AttributionReport Score(string split)
    {
        var articles = AttributionGoldSet.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "attribution", split + ".jsonl"));
        var extractor = new ClaimExtractor();
        var scorer = new AttributionScorer();
        foreach (var article in articles)
        {
            scorer.Add(article, AttributionScorer.QuotesOf(extractor.Extract(article.Text)));
        }

        return scorer.Report();
    }

    [Theory]
    [InlineData("dev", 32, 0.97, 0.97, 0.97, 0.95)]
    [InlineData("check", 15, 0.89, 0.94, 0.92, 0.84)]
    public void Scores_stay_above_their_floors(string split, int articles, double source, double cue, double content, double exact)
    {
        var report = Score(split);
        report.Articles.ShouldBe(articles);
        report.SourceOverlap.F1.ShouldBeGreaterThanOrEqualTo(source, report.SummaryLine);
        report.CueOverlap.F1.ShouldBeGreaterThanOrEqualTo(cue, report.SummaryLine);
        report.ContentOverlap.F1.ShouldBeGreaterThanOrEqualTo(content, report.SummaryLine);
        report.QuoteExact.F1.ShouldBeGreaterThanOrEqualTo(exact, report.SummaryLine);
    }
}
