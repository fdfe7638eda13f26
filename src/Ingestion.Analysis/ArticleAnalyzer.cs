using Ingestion.Contracts;
using Ingestion.Enrichment;
using Ingestion.Extraction;
using Ingestion.Text;

namespace Ingestion.Analysis;

/// <summary>An article to analyse: a page's HTML or a plain text, with what the feed said about it.</summary>
public sealed record ArticleSource
{
    /// <summary>The page HTML, or the plain text when <see cref="IsHtml"/> is false.</summary>
    public required string Content { get; init; }

    public required bool IsHtml { get; init; }

    /// <summary>The article's address, when known: resolves relative links and keys the article id.</summary>
    public Uri? Url { get; init; }

    /// <summary>An article id fixed upstream (the poller's); derived from the URL or content when null.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Publication time from the feed or the caller; the page's own date wins when it has one.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Title from the feed, used when the page has none.</summary>
    public string? Title { get; init; }

    /// <summary>Authors from the feed, used when the page names none.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The feed's title, the outlet when the page does not name its site.</summary>
    public string? FeedTitle { get; init; }
}

/// <summary>A claim with its stable id and, when asked for, its enrichment.</summary>
public sealed record AnalyzedClaim(string Id, ExtractedClaim Claim, ClaimEnrichment? Enrichment);

/// <summary>The result of analysing one article.</summary>
public sealed record AnalyzedArticle
{
    public required string ArticleId { get; init; }
    public required ExtractedArticle Article { get; init; }
    /// <summary>SHA-256 of <see cref="ExtractedArticle.Text"/>: a changed hash under the same id is a new version.</summary>
    public required string ContentHash { get; init; }
    public required ArticleContext Context { get; init; }
    public required IReadOnlyList<AnalyzedClaim> Claims { get; init; }

    /// <summary>The outlet: the page's site name, else the feed's title.</summary>
    public string? Outlet { get; init; }
}

/// <summary>Runs extraction, claim detection and (optionally) enrichment on one article. Thread-safe.</summary>
public sealed class ArticleAnalyzer(ArticleExtractor extractor, ClaimExtractor claims, Enricher enricher)
{
    public ArticleAnalyzer() : this(new ArticleExtractor(), new ClaimExtractor(), new Enricher())
    {
    }

    public AnalyzedArticle Analyze(ArticleSource source, bool enrich)
    {
        ArgumentNullException.ThrowIfNull(source);
        var article = source.IsHtml ? extractor.Extract(source.Content, source.Url) : ReadPlainText(source);
        article = FillFromFeed(article, source);

        var contentHash = StableIds.ContentHash(article.Text);
        var articleId = source.ArticleId ?? StableIds.ForArticle(
            article.CanonicalUrl ?? source.Url?.AbsoluteUri ?? "text:" + contentHash);

        // The article-wide pass runs whether or not claims are enriched: it also carries the language and
        // the aliases that the enrich stage needs when it sees one claim at a time.
        var context = enricher.BuildContext(article.Text, article.PublishedAt);

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var analyzed = new List<AnalyzedClaim>();
        foreach (var claim in claims.Extract(article.Text))
        {
            var key = string.Join(' ', claim.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            var id = StableIds.ForClaim(articleId, claim.Text, occurrences[key] - 1);
            analyzed.Add(new AnalyzedClaim(id, claim, enrich ? enricher.Enrich(claim.Text, claim.Start, context) : null));
        }

        return new AnalyzedArticle
        {
            ArticleId = articleId,
            Article = article,
            ContentHash = contentHash,
            Context = context,
            Claims = analyzed,
            Outlet = article.SiteName ?? source.FeedTitle,
        };
    }

    /// <summary>Enriches one claim of an article analysed earlier (the enrich stage of the pipeline).</summary>
    public ClaimEnrichment Enrich(string claimText, int claimStart, ArticleContext context) =>
        enricher.Enrich(claimText, claimStart, context);

    private static ExtractedArticle ReadPlainText(ArticleSource source)
    {
        var meta = PlainTextArticle.Read(source.Content);
        return new ExtractedArticle
        {
            Url = source.Url?.AbsoluteUri,
            Title = meta.Title,
            Byline = meta.Byline,
            Authors = meta.Authors,
            Section = meta.Section,
            Text = source.Content,
            Paragraphs = source.Content.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    private static ExtractedArticle FillFromFeed(ExtractedArticle article, ArticleSource source) => article with
    {
        Url = article.Url ?? source.Url?.AbsoluteUri,
        Title = string.IsNullOrWhiteSpace(article.Title) ? source.Title : article.Title,
        Authors = article.Authors.Count > 0 ? article.Authors : source.Authors,
        Byline = article.Byline ?? (source.Authors.Count > 0 ? string.Join(", ", source.Authors) : null),
        PublishedAt = article.PublishedAt ?? source.PublishedAt,
    };
}
