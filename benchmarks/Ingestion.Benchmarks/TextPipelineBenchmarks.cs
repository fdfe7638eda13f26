using BenchmarkDotNet.Attributes;
using Ingestion.Analysis;
using Ingestion.Enrichment;
using Ingestion.Extraction;
using Ingestion.Text;

namespace Ingestion.Benchmarks;

/// <summary>
/// The text pipeline per article: extraction, segmentation and claims, then the same plus enrichment the way
/// the pipeline runs it (the article-wide context once, then each claim on its own). The Ratio column of
/// <see cref="WithEnrichment"/> against the <see cref="ExtractAndClaims"/> baseline is enrichment's cost:
/// ratio 1.15 means enrichment adds 15% to the article's time.
/// </summary>
[MemoryDiagnoser]
public class TextPipelineBenchmarks
{
    private static readonly Uri PageUrl = new("https://news.example/article");
    private readonly ArticleExtractor _extractor = new();
    private readonly ClaimExtractor _claims = new();
    private readonly Enricher _enricher = new();
    private readonly ArticleAnalyzer _analyzer = new();
    private string _html = "";
    private string _text = "";
    private IReadOnlyList<ExtractedClaim> _extracted = [];

    /// <summary>The seed article (as a page), the longest bundled sample page, and two long synthetic pages.</summary>
    [Params("seed-article", "isis-libya.html", "synthetic-40-paragraphs", "synthetic-160-paragraphs")]
    public string Article { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _html = Article switch
        {
            "seed-article" => SeedArticlePage(),
            "synthetic-40-paragraphs" => SyntheticArticle.Html(40),
            "synthetic-160-paragraphs" => SyntheticArticle.Html(160),
            _ => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "pages", Article)),
        };
        _text = _extractor.Extract(_html, PageUrl).Text;
        _extracted = _claims.Extract(_text);
        // Load the gazetteer and language profiles before measuring: their cold load is GazetteerLoadBenchmarks'.
        _enricher.Enrich(_extracted[0].Text, _extracted[0].Start, _enricher.BuildContext(_text, null));
    }

    /// <summary>(a) Extraction, sentence segmentation and claim detection.</summary>
    [Benchmark(Baseline = true)]
    public int ExtractAndClaims()
    {
        var article = _extractor.Extract(_html, PageUrl);
        return _claims.Extract(article.Text).Count;
    }

    /// <summary>(b) The same, then BuildContext once and Enrich for every claim, as the pipeline's stages do.</summary>
    [Benchmark]
    public int WithEnrichment()
    {
        var article = _extractor.Extract(_html, PageUrl);
        var context = _enricher.BuildContext(article.Text, article.PublishedAt);
        var found = 0;
        foreach (var claim in _claims.Extract(article.Text))
        {
            var enrichment = _enricher.Enrich(claim.Text, claim.Start, context);
            found += enrichment.Entities.Count + enrichment.Places.Count + enrichment.Times.Count + enrichment.Quantities.Count;
        }

        return found;
    }

    /// <summary>Enrichment alone on the extracted text and claims: BuildContext plus every claim's Enrich.</summary>
    [Benchmark]
    public int EnrichmentOnly()
    {
        var context = _enricher.BuildContext(_text, null);
        var found = 0;
        foreach (var claim in _extracted)
        {
            found += _enricher.Enrich(claim.Text, claim.Start, context).Entities.Count;
        }

        return found;
    }

    /// <summary>The whole analysis with enrichment through <see cref="ArticleAnalyzer"/> (ids, hashes, metadata included).</summary>
    [Benchmark]
    public int WholeAnalysis() => _analyzer.Analyze(new ArticleSource { Content = _html, IsHtml = true, Url = PageUrl }, enrich: true).Claims.Count;

    /// <summary>The seed article's paragraphs as a plain page, so that every input goes through extraction.</summary>
    private static string SeedArticlePage()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        var paragraphs = text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = string.Concat(paragraphs.Skip(1).Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>\n"));
        return $"<!DOCTYPE html><html lang=\"en\"><head><title>{System.Net.WebUtility.HtmlEncode(paragraphs[0])}</title></head><body><article>{body}</article></body></html>";
    }
}

/// <summary>
/// Cold loads of the embedded data: each invocation builds a new gazetteer from the compressed resource
/// (decompression, parsing, key folding, index), which is what the first enrichment in a process pays.
/// </summary>
[MemoryDiagnoser]
public class GazetteerLoadBenchmarks
{
    [Benchmark]
    public int GazetteerLoad() => Gazetteer.LoadEmbedded().Count;

    [Benchmark]
    public int LanguageProfilesLoad() => LanguageDetector.LoadEmbedded().ProfiledLanguages.Count;
}
