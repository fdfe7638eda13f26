namespace Ingestion.Text;

/// <summary>Finds the claims of an article text: segmentation, boilerplate removal, kinds, hedging, attribution.</summary>
public sealed class ClaimExtractor
{
    /// <param name="articleText">The article text, paragraphs separated by blank lines.</param>
    public IReadOnlyList<ExtractedClaim> Extract(string articleText) => throw new NotImplementedException();
}
