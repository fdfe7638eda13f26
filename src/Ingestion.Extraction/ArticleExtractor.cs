namespace Ingestion.Extraction;

/// <summary>Extracts the main article text and metadata from an HTML page.</summary>
public sealed class ArticleExtractor
{
    /// <param name="html">The page.</param>
    /// <param name="url">The page's address, for resolving relative links and the site name; may be null.</param>
    public ExtractedArticle Extract(string html, Uri? url = null) => throw new NotImplementedException();
}
