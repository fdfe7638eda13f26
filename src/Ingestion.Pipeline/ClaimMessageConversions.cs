using Ingestion.Contracts;

namespace Ingestion.Pipeline;

/// <summary>
/// How the articles stage hands claims on: one message per claim (the version 1 events <see cref="ClaimExtracted"/>
/// and <see cref="ClaimEnriched"/>, which subscribers may rely on) or one message per article
/// (<see cref="ArticleClaimsExtracted"/>, <see cref="ArticleClaimsEnriched"/>), which crosses the broker once per
/// article instead of once per claim and writes the article's fields and context once. <see cref="ClaimStored"/>
/// stays one per claim in both. The enricher and the store accept both whatever this says, so replicas with
/// different settings (a rolling change) and replayed messages of either kind are all processed.
/// </summary>
public enum ClaimMessages
{
    PerClaim,
    PerArticle,
}

/// <summary>
/// What the store publishes once an article message's claims are written: one <see cref="ClaimStored"/> per claim
/// (<c>PerClaim</c>, the version 1 event, the default), or one <see cref="ArticleClaimsStored"/> per article
/// (<c>PerArticle</c>, version 1.2), which saves a broker message per claim. Only article messages
/// (<see cref="ArticleClaimsEnriched"/>) are announced per article; a per-claim message in always gets its
/// <see cref="ClaimStored"/>, so the kind in decides the kind out at every stage.
/// </summary>
public enum StoredEvents
{
    PerClaim,
    PerArticle,
}

/// <summary>Conversions between an article's claim batch and the per-claim messages of version 1.</summary>
public static class ClaimMessageConversions
{
    /// <summary>The per-claim message of one claim of the batch, as the articles stage publishes it in <see cref="ClaimMessages.PerClaim"/> mode.</summary>
    public static ClaimExtracted ToClaimExtracted(ArticleClaimsExtracted article, ArticleClaim claim)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ToClaimExtracted(article.ArticleId, article.ArticleUrl, article.ArticleTitle, article.Outlet, article.PublishedAt,
            article.ContentHash, article.Claims.Count, article.Context, claim);
    }

    /// <summary>
    /// Each claim of an enriched batch as the <see cref="ClaimEnriched"/> it stands for, so that one store path
    /// serves both kinds of message.
    /// </summary>
    public static IEnumerable<ClaimEnriched> ToClaimsEnriched(ArticleClaimsEnriched article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Claims.Select(c => new ClaimEnriched
        {
            Claim = ToClaimExtracted(article.ArticleId, article.ArticleUrl, article.ArticleTitle, article.Outlet,
                article.PublishedAt, article.ContentHash, article.Claims.Count, article.Context, c.Claim),
            Entities = c.Entities,
            Places = c.Places,
            Times = c.Times,
            Quantities = c.Quantities,
            EnrichedAt = article.EnrichedAt,
        });
    }

    private static ClaimExtracted ToClaimExtracted(string articleId, string? url, string? title, string? outlet,
        DateTimeOffset? publishedAt, string contentHash, int claimCount, ArticleContext context, ArticleClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimExtracted
        {
            ClaimId = claim.ClaimId,
            ArticleId = articleId,
            ArticleUrl = url,
            ArticleTitle = title,
            Outlet = outlet,
            PublishedAt = publishedAt,
            ContentHash = contentHash,
            Ordinal = claim.Ordinal,
            ClaimCount = claimCount,
            Paragraph = claim.Paragraph,
            Text = claim.Text,
            Start = claim.Start,
            Length = claim.Length,
            Kind = claim.Kind,
            Hedged = claim.Hedged,
            Attributions = claim.Attributions,
            Context = context,
        };
    }
}
