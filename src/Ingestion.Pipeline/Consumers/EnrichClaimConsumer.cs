using System.Diagnostics;
using Ingestion.Analysis;
using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// The enricher role: entities, places, times and quantities of one claim (<see cref="ClaimExtracted"/> in,
/// <see cref="ClaimEnriched"/> out) or of all an article's claims (<see cref="ArticleClaimsExtracted"/> in,
/// <see cref="ArticleClaimsEnriched"/> out). The kind of message in decides the kind out, whatever this replica's
/// <see cref="PipelineOptions.ClaimMessages"/> says, so no claim changes path halfway.
/// </summary>
/// <remarks>
/// No logging scope per claim: the stage logs nothing per claim, and a scope (a dictionary pushed onto the async
/// log context for every message) was paid 14,000 times per 2,000 articles for no line. A claim that fails is
/// logged with its ids by <see cref="FaultMonitorConsumer"/>.
/// </remarks>
public sealed class EnrichClaimConsumer(ArticleAnalyzer analyzer, PipelineMonitor monitor, TimeProvider time)
    : IConsumer<ClaimExtracted>, IConsumer<ArticleClaimsExtracted>
{
    public async Task Consume(ConsumeContext<ClaimExtracted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var claim = context.Message;
        ClaimValidation.Validate(claim);
        var enrichment = analyzer.Enrich(claim.Text, claim.Start, claim.Context);
        await context.Publish(new ClaimEnriched
        {
            Claim = claim,
            Entities = enrichment.Entities,
            Places = enrichment.Places,
            Times = enrichment.Times,
            Quantities = enrichment.Quantities,
            EnrichedAt = time.GetUtcNow(),
        }, context.CancellationToken);
        monitor.StageDuration(Roles.Enricher, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// All claims of the article, in order. A claim that cannot be enriched fails the whole message: its claims
    /// go to the error queue together and a replay retries them together (ids make the store's writes idempotent).
    /// </summary>
    public async Task Consume(ConsumeContext<ArticleClaimsExtracted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var article = context.Message;
        ClaimValidation.Validate(article);
        var claims = new List<EnrichedArticleClaim>(article.Claims.Count);
        foreach (var claim in article.Claims)
        {
            var enrichment = analyzer.Enrich(claim.Text, claim.Start, article.Context);
            claims.Add(new EnrichedArticleClaim
            {
                Claim = claim,
                Entities = enrichment.Entities,
                Places = enrichment.Places,
                Times = enrichment.Times,
                Quantities = enrichment.Quantities,
            });
        }

        await context.Publish(new ArticleClaimsEnriched
        {
            ArticleId = article.ArticleId,
            ArticleUrl = article.ArticleUrl,
            ArticleTitle = article.ArticleTitle,
            Outlet = article.Outlet,
            PublishedAt = article.PublishedAt,
            ContentHash = article.ContentHash,
            Version = article.Version,
            Context = article.Context,
            Claims = claims,
            EnrichedAt = time.GetUtcNow(),
        }, context.CancellationToken);
        monitor.StageDuration(Roles.Enricher, Stopwatch.GetElapsedTime(started));
    }
}
