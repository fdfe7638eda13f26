using System.Globalization;
using Ingestion.Analysis;
using Ingestion.Enrichment.Evaluation;

namespace Ingestion.Evaluation;

/// <summary>
/// <c>ingest-eval enrichment --data PATH</c>: runs claim extraction and enrichment over an annotated enrichment
/// set (JSON Lines, see <see cref="EnrichmentGoldSet"/>) through <see cref="ArticleAnalyzer"/>, the analysis the
/// pipeline and `ingest claims --enrich` run (BuildContext once per article, Enrich per claim), and scores entities, places, times and quantities with the seed scorer's rules,
/// plus precision (<see cref="EnrichmentScorer"/>).
/// </summary>
internal sealed class EnrichmentEval : IEvalSet
{
    public string Name => "enrichment";

    public string Description =>
        "entities, places, times and quantities against an annotated set (JSON Lines, e.g. tests/Ingestion.Enrichment.Tests/Fixtures/enrichment/dev.jsonl); the seed scorer's recall plus precision";

    public Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        IReadOnlyList<EnrichmentGoldArticle> articles;
        try
        {
            articles = EnrichmentGoldSet.Load(run.DataPath);
        }
        catch (InvalidDataException ex)
        {
            throw new EvalDataException(ex.Message);
        }

        var analyzer = new ArticleAnalyzer();
        var scorer = new EnrichmentScorer();
        var failures = new List<string>();
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            failures.AddRange(scorer.Add(article, EnrichedClaims(analyzer, article)));
        }

        var r = scorer.Report();
        var c = CultureInfo.InvariantCulture;
        string Rate(Ratio ratio) => ratio.Rate.ToString("0.000", c);
        return Task.FromResult(new EvalReport(Name,
        [
            ("entities", Rate(r.Entities)),
            ("entities_typed", Rate(r.EntitiesTyped)),
            ("entity_p", Rate(r.EntityPrecision)),
            ("entity_f1", r.EntityF1.ToString("0.000", c)),
            ("entity_typed_f1", r.EntityTypedF1.ToString("0.000", c)),
            ("places", Rate(r.Places)),
            ("places_50km", Rate(r.Places50Km)),
            ("country", Rate(r.Country)),
            ("times", Rate(r.Times)),
            ("times_p", Rate(r.TimesPrecision)),
            ("quantities", Rate(r.Quantities)),
            ("quantities_p", Rate(r.QuantitiesPrecision)),
        ], r.Articles)
        {
            Failures = failures,
            Notes =
            [
                string.Create(c, $"entities {r.Entities} typed {r.EntitiesTyped}  precision {r.EntityPrecision} typed {r.EntityTypedPrecision}"),
                .. r.PerType.Select(t => string.Create(c, $"  {EnrichmentScorer.Label(t.Type),-6} recall {t.Recall,-8} precision {t.Precision,-8} typed_f1={t.F1:0.000}")),
                string.Create(c, $"places {r.Places} within_50km {r.Places50Km} country {r.Country}"),
                string.Create(c, $"times {r.Times} precision {r.TimesPrecision}  quantities {r.Quantities} precision {r.QuantitiesPrecision}"),
            ],
        });
    }

    /// <summary>The enrichment of each claim of an annotated article, as the analysis gives it.</summary>
    private static IReadOnlyList<Ingestion.Enrichment.ClaimEnrichment> EnrichedClaims(ArticleAnalyzer analyzer, EnrichmentGoldArticle article) =>
        [.. analyzer.Analyze(new ArticleSource { Content = article.Text, IsHtml = false, PublishedAt = article.Published }, enrich: true)
            .Claims.Select(claim => claim.Enrichment!)];
}
