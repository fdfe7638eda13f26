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
    private List<string> _pages = [];
    private List<string> _texts = [];
    private List<IReadOnlyList<ExtractedClaim>> _extracted = [];

    /// <summary>
    /// The seed article (as a page), the longest bundled sample page, two long synthetic pages, and, when the
    /// development evaluation sets are beside the repository (../shared/eval), the 61 real news pages of aeb-dev
    /// processed one after another: real pages carry real markup, which is what extraction costs in production.
    /// </summary>
    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Articles()
    {
        string[] bundled = ["seed-article", "isis-libya.html", "synthetic-40-paragraphs", "synthetic-160-paragraphs"];
        return RealNewsPagesFolder() is null ? bundled : [.. bundled, RealNewsPages];
    }

    internal const string RealNewsPages = "aeb-dev-61-real-pages";

    [GlobalSetup]
    public void Setup() => Prepare(Pages(Article));

    /// <summary>
    /// The real news pages one at a time, each named by its folder, for enrichment's share page by page; empty
    /// when the evaluation sets are not beside the repository.
    /// </summary>
    internal static IEnumerable<(string Name, TextPipelineBenchmarks Pipeline)> RealNewsPagesOneByOne()
    {
        if (RealNewsPagesFolder() is not { } folder)
        {
            yield break;
        }

        foreach (var file in RealNewsPageFiles(folder))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(file)!);
            var pipeline = new TextPipelineBenchmarks { Article = name };
            pipeline.Prepare([File.ReadAllText(file)]);
            yield return (name, pipeline);
        }
    }

    /// <summary>Characters of extracted text over the pages.</summary>
    internal int TextLength => _texts.Sum(text => text.Length);

    private void Prepare(List<string> pages)
    {
        _pages = pages;
        _texts = [.. _pages.Select(page => _extractor.Extract(page, PageUrl).Text)];
        _extracted = [.. _texts.Select(text => _claims.Extract(text))];
        // Load the gazetteer and language profiles before measuring: their cold load is GazetteerLoadBenchmarks'.
        // A single real page may have no claims: then only the context is built.
        var context = _enricher.BuildContext(_texts[0], null);
        if (_extracted.FirstOrDefault(claims => claims.Count > 0) is { } claims)
        {
            _enricher.Enrich(claims[0].Text, claims[0].Start, context);
        }
    }

    /// <summary>The pages of an <see cref="Article"/> value.</summary>
    private static List<string> Pages(string article) => article switch
    {
        "seed-article" => [SeedArticlePage()],
        "synthetic-40-paragraphs" => [SyntheticArticle.Html(40)],
        "synthetic-160-paragraphs" => [SyntheticArticle.Html(160)],
        RealNewsPages => [.. RealNewsPageFiles(RealNewsPagesFolder()!).Select(File.ReadAllText)],
        _ => [File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "pages", article))],
    };

    /// <summary>(a) Extraction, sentence segmentation and claim detection.</summary>
    [Benchmark(Baseline = true)]
    public int ExtractAndClaims()
    {
        var found = 0;
        foreach (var page in _pages)
        {
            var article = _extractor.Extract(page, PageUrl);
            found += _claims.Extract(article.Text).Count;
        }

        return found;
    }

    /// <summary>(b) The same, then BuildContext once and Enrich for every claim, as the pipeline's stages do.</summary>
    [Benchmark]
    public int WithEnrichment()
    {
        var found = 0;
        foreach (var page in _pages)
        {
            var article = _extractor.Extract(page, PageUrl);
            var context = _enricher.BuildContext(article.Text, article.PublishedAt);
            foreach (var claim in _claims.Extract(article.Text))
            {
                var enrichment = _enricher.Enrich(claim.Text, claim.Start, context);
                found += enrichment.Entities.Count + enrichment.Places.Count + enrichment.Times.Count + enrichment.Quantities.Count;
            }
        }

        return found;
    }

    /// <summary>
    /// SmartReader alone, as a project that used it directly would: its own parse of the page and Readability's
    /// article. Issue 19 asks the whole text pipeline (<see cref="WithEnrichment"/>) to cost no more per page.
    /// </summary>
    [Benchmark]
    public int SmartReaderOnly()
    {
        var found = 0;
        foreach (var page in _pages)
        {
            using var reader = new SmartReader.Reader(PageUrl.ToString(), page) { ContinueIfNotReadable = true };
            found += reader.GetArticle().Length;
        }

        return found;
    }

    /// <summary>Enrichment alone on the extracted text and claims: BuildContext plus every claim's Enrich.</summary>
    [Benchmark]
    public int EnrichmentOnly()
    {
        var found = 0;
        for (var i = 0; i < _texts.Count; i++)
        {
            var context = _enricher.BuildContext(_texts[i], null);
            foreach (var claim in _extracted[i])
            {
                found += _enricher.Enrich(claim.Text, claim.Start, context).Entities.Count;
            }
        }

        return found;
    }

    /// <summary>The whole analysis with enrichment through <see cref="ArticleAnalyzer"/> (ids, hashes, metadata included).</summary>
    [Benchmark]
    public int WholeAnalysis() =>
        _pages.Sum(page => _analyzer.Analyze(new ArticleSource { Content = page, IsHtml = true, Url = PageUrl }, enrich: true).Claims.Count);

    /// <summary>The source.html of each page folder under <paramref name="folder"/>, in folder-name order.</summary>
    private static IEnumerable<string> RealNewsPageFiles(string folder) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(page => Path.Combine(page, "source.html")).Where(File.Exists);

    /// <summary>shared/eval/aeb-dev beside the repository (found upwards from the working and the app folder), or null.</summary>
    internal static string? RealNewsPagesFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval", "aeb-dev");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

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
