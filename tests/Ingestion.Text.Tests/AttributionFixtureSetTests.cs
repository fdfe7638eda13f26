using Ingestion.Text.Evaluation;

namespace Ingestion.Text.Tests;

/// <summary>
/// The project's own annotated attribution sets, written for this project. The floors sit a little under the
/// measured scores, so a change that loses attributions fails here; the "check" splits are not used for tuning
/// rules, so their floors are the honest ones.
/// </summary>
public sealed class AttributionFixtureSetTests
{
    private static AttributionReport Score(string set, string split)
    {
        var articles = AttributionGoldSet.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", set, split + ".jsonl"));
        var extractor = new ClaimExtractor();
        var scorer = new AttributionScorer();
        foreach (var article in articles)
        {
            scorer.Add(article, AttributionScorer.QuotesOf(extractor.Extract(article.Text)));
        }

        return scorer.Report();
    }

    /// <summary>
    /// Fixtures/attribution annotates speech with a named source only (no beliefs, demands, evidence, sourceless
    /// or nested reports inside a quotation), so the finder's other attributions count against its precision
    /// there: it guards recall. Its sources are the name in a comma apposition ("A spokesman, Ahmed Ali, said":
    /// "Ahmed Ali"), where the news set, like the finder, takes the subject as written ("A spokesman"), which costs
    /// source recall here. So does a cue sharing its subject with an earlier cue ("Builders welcomed the plan but
    /// warned ..."): the speech set gives "warned" the subject, the news set and the finder give it to "welcomed"
    /// alone, no word being in two attributions' sources (source recall 0.939 on dev, from 0.953). The retrained
    /// parser (UAS 85.38 on EWT test, from 84.93) misreads two of check's sentences that the previous one read:
    /// "wrote in his ruling that ..." (the clause as a relative clause of "ruling") and "..., sources close to the
    /// negotiations said on Friday" (check source recall 0.879, from above 0.90): known regressions, to win back
    /// by fixing those shapes, not by lowering this floor further.
    /// </summary>
    [Theory]
    [InlineData("dev", 32, 0.93, 0.98, 0.98)]
    [InlineData("check", 15, 0.87, 0.97, 0.96)]
    public void The_speech_set_keeps_its_recall(string split, int articles, double source, double cue, double content)
    {
        var report = Score("attribution", split);
        report.Articles.ShouldBe(articles);
        report.SourceOverlap.Recall.ShouldBeGreaterThanOrEqualTo(source, report.SummaryLine);
        report.CueOverlap.Recall.ShouldBeGreaterThanOrEqualTo(cue, report.SummaryLine);
        report.ContentOverlap.Recall.ShouldBeGreaterThanOrEqualTo(content, report.SummaryLine);
    }

    /// <summary>
    /// Fixtures/attribution-news: every attribution by the PARC 3.0 / PolNeAR conventions (its README). The floors sit
    /// about 0.015 under the figures of 2026-12-07 (dev 0.864 / 0.870 / 0.880, check 0.857 / 0.852 / 0.873).
    /// </summary>
    [Theory]
    [InlineData("dev", 0.85, 0.85, 0.865)]
    [InlineData("check", 0.84, 0.835, 0.86)]
    public void The_news_set_stays_above_its_floors(string split, double source, double cue, double content)
    {
        var report = Score("attribution-news", split);
        report.Articles.ShouldBeGreaterThan(0);
        report.SourceOverlap.F1.ShouldBeGreaterThanOrEqualTo(source, report.SummaryLine);
        report.CueOverlap.F1.ShouldBeGreaterThanOrEqualTo(cue, report.SummaryLine);
        report.ContentOverlap.F1.ShouldBeGreaterThanOrEqualTo(content, report.SummaryLine);
    }

    /// <summary>
    /// Fixtures/attribution-news, split "fresh" (articles_g.py): held out, written after the rules were tuned, in
    /// shapes dev and check have few of, to give an honest figure on unseen news (its README section). Deliberately
    /// no floor: a floor would invite tuning on it. This only checks that it loads whole, every attribution with a
    /// cue and a content inside the text, and that the finder runs over it and is scored.
    /// </summary>
    [Fact]
    public void The_fresh_news_split_loads_and_is_scored()
    {
        var articles = AttributionGoldSet.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "attribution-news", "fresh.jsonl"));
        articles.Count.ShouldBe(9);
        articles.Sum(a => a.Quotes.Count).ShouldBe(139);
        foreach (var quote in articles.SelectMany(a => a.Quotes.Select(q => (a.Text, q))))
        {
            quote.q.Cue.End.ShouldBeLessThanOrEqualTo(quote.Text.Length);
            quote.q.Contents.ShouldNotBeEmpty();
            quote.q.Contents.ShouldAllBe(c => c.Start < c.End && c.End <= quote.Text.Length);
        }

        var report = Score("attribution-news", "fresh");
        report.Articles.ShouldBe(9);
        report.GoldQuotes.ShouldBe(139);
    }
}
