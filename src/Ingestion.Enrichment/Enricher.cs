using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>Entities, places, times and quantities of claims. Thread-safe; one instance serves the process.</summary>
public sealed class Enricher
{
    /// <summary>The article-wide pass: language, aliases the article defines, countries it mentions.</summary>
    public ArticleContext BuildContext(string articleText, DateTimeOffset? publishedAt) => throw new NotImplementedException();

    /// <summary>Enriches one claim.</summary>
    /// <param name="claimText">The claim's text.</param>
    /// <param name="claimStart">Offset of the claim in the article text; result offsets are shifted by it.</param>
    /// <param name="context">The article-wide context from <see cref="BuildContext"/>.</param>
    public ClaimEnrichment Enrich(string claimText, int claimStart, ArticleContext context) => throw new NotImplementedException();
}
