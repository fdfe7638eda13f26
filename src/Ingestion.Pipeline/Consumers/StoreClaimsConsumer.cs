using System.Diagnostics;
using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// The store role for claims: one idempotent upsert per batch, then the stored events: <see cref="ClaimStored"/>
/// per claim, or with <see cref="StoredEvents.PerArticle"/> one <see cref="ArticleClaimsStored"/> per article
/// message. A batch that fails is retried whole; the upsert makes the retry harmless. A batch holds claim messages
/// (<see cref="ClaimEnriched"/>) or article messages (<see cref="ArticleClaimsEnriched"/>, each all of an
/// article's claims); both are written by the same upsert.
/// </summary>
public sealed partial class StoreClaimsConsumer(ClaimStore store, PipelineMonitor monitor, TimeProvider time, IOptions<PipelineOptions> options, ILogger<StoreClaimsConsumer> logger)
    : IConsumer<Batch<ClaimEnriched>>, IConsumer<Batch<ArticleClaimsEnriched>>
{
    public async Task Consume(ConsumeContext<Batch<ClaimEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var claims = context.Message.Select(m => m.Message).ToList();
        var stored = await store.UpsertClaimsAsync(claims, context.CancellationToken);
        await PublishPerClaimAsync(context, stored);
        Completed(started, claims.Count, stored);
    }

    public async Task Consume(ConsumeContext<Batch<ArticleClaimsEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var claims = context.Message.SelectMany(m => ClaimMessageConversions.ToClaimsEnriched(m.Message)).ToList();
        var stored = await store.UpsertClaimsAsync(claims, context.CancellationToken);
        if (options.Value.StoredEvents == StoredEvents.PerArticle)
        {
            await context.PublishBatch(PerArticle(context.Message.Select(m => m.Message), stored, time.GetUtcNow()), context.CancellationToken);
        }
        else
        {
            await PublishPerClaimAsync(context, stored);
        }

        Completed(started, claims.Count, stored);
    }

    /// <summary>
    /// One event per article version of the batch, its claims in text order. The same article message twice in a
    /// batch (a redelivery next to the original) is announced once; the claims' created flags come from the write.
    /// </summary>
    private static IReadOnlyList<ArticleClaimsStored> PerArticle(IEnumerable<ArticleClaimsEnriched> articles, IReadOnlyList<StoredClaim> stored, DateTimeOffset storedAt)
    {
        var created = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var claim in stored)
        {
            created[claim.ClaimId] = claim.Created;
        }

        var announced = new HashSet<(string ArticleId, string ContentHash)>();
        var events = new List<ArticleClaimsStored>();
        foreach (var article in articles)
        {
            if (!announced.Add((article.ArticleId, article.ContentHash)))
            {
                continue;
            }

            events.Add(new ArticleClaimsStored
            {
                ArticleId = article.ArticleId,
                ContentHash = article.ContentHash,
                Version = article.Version,
                Claims = article.Claims.Select(c => new StoredArticleClaim
                {
                    ClaimId = c.Claim.ClaimId,
                    Created = created.GetValueOrDefault(c.Claim.ClaimId),
                }).ToList(),
                StoredAt = storedAt,
            });
        }

        return events;
    }

    private Task PublishPerClaimAsync(ConsumeContext context, IReadOnlyList<StoredClaim> stored)
    {
        var now = time.GetUtcNow();
        return context.PublishBatch(stored.Select(s => new ClaimStored
        {
            ClaimId = s.ClaimId,
            ArticleId = s.ArticleId,
            Created = s.Created,
            StoredAt = now,
        }), context.CancellationToken);
    }

    private void Completed(long started, int claims, IReadOnlyList<StoredClaim> stored)
    {
        // Count every claim of the batch, duplicates included, so run-once accounting matches deliveries.
        monitor.ClaimsStoredCount(claims);
        monitor.StageDuration(Roles.Store, Stopwatch.GetElapsedTime(started));
        LogStored(claims, stored.Count(s => s.Created));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored a batch of {ClaimCount} claims, {CreatedCount} new")]
    private partial void LogStored(int claimCount, int createdCount);
}
