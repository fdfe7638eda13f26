using Ingestion.Contracts;
using Ingestion.Text.Evaluation;

namespace Ingestion.Text.Tests;

/// <summary>The Citron-style scorer on hand-made cases where the right figures can be worked out by hand.</summary>
public sealed class AttributionScorerTests
{
    private const string Text = "“We are ready,” Diaz said. Officials said the port would reopen.";

    private static CharSpan Find(string part, int from = 0)
    {
        var i = Text.IndexOf(part, from, StringComparison.Ordinal);
        i.ShouldBeGreaterThanOrEqualTo(0, part);
        return new CharSpan(i, i + part.Length);
    }

    private static AnnotatedQuote Quote(CharSpan source, CharSpan cue, params CharSpan[] contents) =>
        new() { Source = source, Cue = cue, Contents = contents, SourceType = SourceType.Person, Quote = QuoteType.Direct };

    private static readonly AnnotatedQuote Diaz = Quote(Find("Diaz"), Find("said"), Find("“We are ready,”"));

    private static readonly AnnotatedQuote Officials = Quote(Find("Officials"), Find("said", 27), Find("the port would reopen")) with
    {
        SourceType = SourceType.Anonymous,
        Quote = QuoteType.Indirect,
    };

    private static readonly AnnotatedArticle Article = new("a", Text, [Diaz, Officials]);

    [Fact]
    public void Identical_quotations_score_one_everywhere()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Article, [Diaz, Officials]).ShouldBeEmpty();
        var report = scorer.Report();
        report.SourceOverlap.F1.ShouldBe(1);
        report.CueOverlap.F1.ShouldBe(1);
        report.ContentOverlap.F1.ShouldBe(1);
        report.QuoteExact.F1.ShouldBe(1);
        report.SourceTypeAccuracy.ShouldBe(1);
        report.QuoteTypeAccuracy.ShouldBe(1);
    }

    [Fact]
    public void Exact_match_ignores_quotation_marks_punctuation_and_spaces_at_the_ends()
    {
        var scorer = new AttributionScorer();
        var loose = Quote(Find(" Diaz"), Find("said."), Find("We are ready"));
        scorer.Add(Article, [loose, Officials]);
        scorer.Report().QuoteExact.F1.ShouldBe(1);
    }

    [Fact]
    public void A_missed_quotation_halves_recall_and_keeps_precision()
    {
        var scorer = new AttributionScorer();
        var failures = scorer.Add(Article, [Diaz]);
        failures.ShouldHaveSingleItem().ShouldStartWith("missed: \"Officials\"");
        var report = scorer.Report();
        report.CueExact.ShouldBe(new PrecisionRecall(1, 0.5));
        report.QuoteExact.ShouldBe(new PrecisionRecall(1, 0.5));
        report.CueOverlap.ShouldBe(new PrecisionRecall(1, 0.5));
    }

    [Fact]
    public void A_longer_source_overlaps_partly_and_fails_exact_match()
    {
        // Predicted "Officials said the" as source: 1 of its 3 tokens is right; the gold token is found.
        var scorer = new AttributionScorer();
        var wide = Officials with { Source = Find("Officials said the") };
        scorer.Add(Article, [Diaz, wide]).ShouldContain(f => f.StartsWith("source:", StringComparison.Ordinal));
        var report = scorer.Report();
        report.SourceOverlap.Precision.ShouldBe(2.0 / 4, 1e-9);   // Diaz 1/1, wide 1/3
        report.SourceOverlap.Recall.ShouldBe(1);
        report.SourceExact.ShouldBe(new PrecisionRecall(0.5, 0.5));
        report.CueExact.F1.ShouldBe(1);
        report.QuoteExact.ShouldBe(new PrecisionRecall(0.5, 0.5));
    }

    [Fact]
    public void A_source_without_a_matching_cue_earns_no_source_credit()
    {
        // Right source and content, but the cue is somewhere else: Citron pairs quotations by their cue.
        var scorer = new AttributionScorer();
        var offCue = Officials with { Cue = Find("port") };
        scorer.Add(Article, [Diaz, offCue]).ShouldContain(f => f.StartsWith("spurious:", StringComparison.Ordinal));
        var report = scorer.Report();
        report.SourceExact.ShouldBe(new PrecisionRecall(0.5, 0.5));
        report.SourceOverlap.ShouldBe(new PrecisionRecall(0.5, 0.5));
    }

    [Fact]
    public void Wrong_types_count_against_type_accuracy_only()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Article, [Diaz, Officials with { SourceType = SourceType.Group, Quote = QuoteType.Mixed }]);
        var report = scorer.Report();
        report.SourceTypeAccuracy.ShouldBe(0.5);
        report.QuoteTypeAccuracy.ShouldBe(0.5);
        report.QuoteExact.F1.ShouldBe(1);
    }

    [Fact]
    public void A_quotation_carried_over_two_claims_is_one_quotation_with_two_contents()
    {
        const string text = "“We are ready,” she said. “We will fight.”";
        var claims = new ClaimExtractor().Extract(text);
        var quote = AttributionScorer.QuotesOf(claims).ShouldHaveSingleItem();
        quote.Contents.Count.ShouldBe(2);
        text[quote.Contents[1].Start..quote.Contents[1].End].ShouldBe("“We will fight.”");
    }

    [Fact]
    public void A_shifted_annotation_is_refused_when_the_set_is_loaded()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"id":"x","text":"Diaz said it.","attributions":[{"source":{"start":1,"end":5,"text":"Diaz"},"cue":{"start":5,"end":9},"contents":[{"start":10,"end":12}]}]}""");
            Should.Throw<InvalidDataException>(() => AttributionGoldSet.Load(path)).Message.ShouldContain("not \"Diaz\"");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
