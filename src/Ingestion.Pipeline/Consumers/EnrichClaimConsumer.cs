using System.Diagnostics;
using Ingestion.Analysis;
using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Pipeline.Consumers;

/// <summary>The enricher role: entities, places, times and quantities of one claim.</summary>
public sealed class EnrichClaimConsumer(ArticleAnalyzer analyzer, PipelineMonitor monitor, TimeProvider time, ILogger<EnrichClaimConsumer> logger)
    : IConsumer<ClaimExtracted>
{
    public async Task Consume(ConsumeContext<ClaimExtracted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var claim = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ClaimId"] = claim.ClaimId, ["ArticleId"] = claim.ArticleId });
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
}
