using AngleSharp.Html.Dom;

namespace Ingestion.Extraction;

/// <summary>
/// Extracts the main article text and metadata from an HTML page. Thread-safe: every call works on its own
/// parsed document.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Longer pages are cut: real article pages are far smaller, and parsing time grows with size.</summary>
    public const int MaxHtmlChars = 8_000_000;

    /// <summary>Elements nested deeper than this are flattened to their text, so no recursive step can overflow.</summary>
    public const int MaxDepth = 120;

    /// <summary>Start tags nested deeper than this in the raw HTML are dropped before parsing (see <see cref="RawNesting"/>).</summary>
    public const int MaxRawDepth = 256;

    private static readonly Uri PlaceholderUrl = new("https://localhost/");

    /// <param name="html">The page.</param>
    /// <param name="url">The page's address, for resolving relative links and the site name; may be null.</param>
    public ExtractedArticle Extract(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxHtmlChars)
        {
            html = html[..MaxHtmlChars];
        }

        html = RawNesting.Limit(html, MaxRawDepth);
        var document = Parse(html);
        var metadata = PageMetadata.Read(document, url);
        var readabilityTitle = MetadataRules.Title(document, metadata);
        DomLimits.Sanitize(document, MaxDepth);
        var bodyByline = ReadabilityByline.Find(document);
        var structuredBody = metadata.JsonLdArticles.Select(a => a.ArticleBody).MaxBy(b => b?.Length ?? 0);
        string?[] descriptions = [metadata.Get("description"), metadata.Get("og:description"), metadata.Get("twitter:description")];
        var body = BodyExtraction.Extract(document, url ?? PlaceholderUrl, bodyByline, structuredBody, [.. descriptions.OfType<string>().Distinct()], () =>
        {
            var fresh = Parse(html);
            DomLimits.Sanitize(fresh, MaxDepth);
            return fresh;
        });
        return MetadataRules.Build(url, metadata, readabilityTitle, bodyByline, body);
    }

    /// <summary>Extracts from the page's bytes, decoding them by the charset rules of <see cref="HtmlDecoding"/>.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="contentType">The HTTP Content-Type header, if any (its charset parameter is honoured).</param>
    /// <param name="url">The page's address; may be null.</param>
    public ExtractedArticle Extract(ReadOnlySpan<byte> html, string? contentType, Uri? url)
    {
        if (html.Length > MaxHtmlChars * 2)
        {
            html = html[..(MaxHtmlChars * 2)];
        }

        return Extract(HtmlDecoding.Decode(html, contentType), url);
    }

    private static IHtmlDocument Parse(string html) => HtmlParsing.Parse(html);
}
