using BenchmarkDotNet.Attributes;
using Ingestion.Analysis;
using Ingestion.Enrichment;
using Ingestion.Extraction;
using Ingestion.Text;

namespace Ingestion.Benchmarks;

/// <summary>
/// The text pipeline per article on the bundled sample pages: extraction, segmentation + claims, enrichment,
/// and the whole analysis. Enrichment's share is Enrich / (Extract + Claims).
/// </summary>
[MemoryDiagnoser]
public class TextPipelineBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private readonly ClaimExtractor _claims = new();
    private readonly Enricher _enricher = new();
    private readonly ArticleAnalyzer _analyzer = new();
    private string _html = "";
    private string _text = "";
    private IReadOnlyList<ExtractedClaim> _extracted = [];
    private Contracts.ArticleContext _context = new();

    [Params("isis-libya.html", "harbour-flood-barrier.html", "grain-harvest.html")]
    public string Page { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "pages", Page));
        _text = _extractor.Extract(_html, new Uri("https://news.example/" + Page)).Text;
        _extracted = _claims.Extract(_text);
        _context = _enricher.BuildContext(_text, DateTimeOffset.UnixEpoch);
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_html, new Uri("https://news.example/" + Page)).Text.Length;

    [Benchmark]
    public int SegmentAndClaims() => _claims.Extract(_text).Count;

    [Benchmark]
    public int Enrich()
    {
        var context = _enricher.BuildContext(_text, DateTimeOffset.UnixEpoch);
        var found = 0;
        foreach (var claim in _extracted)
        {
            var enrichment = _enricher.Enrich(claim.Text, claim.Start, context);
            found += enrichment.Entities.Count + enrichment.Places.Count;
        }

        return found;
    }

    [Benchmark]
    public int WholeAnalysis() => _analyzer.Analyze(new ArticleSource { Content = _html, IsHtml = true }, enrich: true).Claims.Count;
}

/// <summary>Cold start of the enricher: the gazetteer and language profiles load on first use.</summary>
[SimpleJob(launchCount: 5, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class GazetteerLoadBenchmarks
{
    [Benchmark]
    public int FirstEnrichment() =>
        new Enricher().Enrich("Airstrikes hit targets near Sirte.", 0, new Contracts.ArticleContext()).Places.Count;
}
