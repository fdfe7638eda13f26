using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// The store role for articles: one upsert per batch of article versions, the newest version of each article
/// winning. A batch that fails is retried whole; the upsert makes the retry harmless.
/// </summary>
/// <remarks>
/// Batched like the claims: one statement and one database round trip per batch instead of per article, which
/// also spares the database (it shares the machine with the broker and the worker in small deployments).
/// </remarks>
public sealed class StoreArticleConsumer(ClaimStore store, PipelineMonitor monitor) : IConsumer<Batch<ArticleIngested>>
{
    public async Task Consume(ConsumeContext<Batch<ArticleIngested>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await store.UpsertArticlesAsync(context.Message.Select(m => m.Message).ToList(), context.CancellationToken);
        for (var i = 0; i < context.Message.Length; i++)
        {
            monitor.ArticleStored();
        }
    }
}
