using System.Diagnostics;
using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// The store role for claims: one idempotent upsert per batch, then <see cref="ClaimStored"/> per claim. A batch
/// that fails is retried whole; the upsert makes the retry harmless. A batch holds claim messages
/// (<see cref="ClaimEnriched"/>) or article messages (<see cref="ArticleClaimsEnriched"/>, each all of an
/// article's claims); both are written by the same upsert.
/// </summary>
public sealed partial class StoreClaimsConsumer(ClaimStore store, PipelineMonitor monitor, TimeProvider time, ILogger<StoreClaimsConsumer> logger)
    : IConsumer<Batch<ClaimEnriched>>, IConsumer<Batch<ArticleClaimsEnriched>>
{
    public Task Consume(ConsumeContext<Batch<ClaimEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return StoreAsync(context, context.Message.Select(m => m.Message).ToList());
    }

    public Task Consume(ConsumeContext<Batch<ArticleClaimsEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return StoreAsync(context, context.Message.SelectMany(m => ClaimMessageConversions.ToClaimsEnriched(m.Message)).ToList());
    }

    private async Task StoreAsync(ConsumeContext context, IReadOnlyList<ClaimEnriched> claims)
    {
        var started = Stopwatch.GetTimestamp();
        var stored = await store.UpsertClaimsAsync(claims, context.CancellationToken);
        var now = time.GetUtcNow();
        await context.PublishBatch(stored.Select(s => new ClaimStored
        {
            ClaimId = s.ClaimId,
            ArticleId = s.ArticleId,
            Created = s.Created,
            StoredAt = now,
        }), context.CancellationToken);
        // Count every claim of the batch, duplicates included, so run-once accounting matches deliveries.
        monitor.ClaimsStoredCount(claims.Count);
        monitor.StageDuration(Roles.Store, Stopwatch.GetElapsedTime(started));
        LogStored(claims.Count, stored.Count(s => s.Created));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored a batch of {ClaimCount} claims, {CreatedCount} new")]
    private partial void LogStored(int claimCount, int createdCount);
}
