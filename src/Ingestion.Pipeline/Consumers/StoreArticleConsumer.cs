using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit;

namespace Ingestion.Pipeline.Consumers;

/// <summary>The store role for articles: upsert the article version by id.</summary>
public sealed class StoreArticleConsumer(ClaimStore store, PipelineMonitor monitor) : IConsumer<ArticleIngested>
{
    public async Task Consume(ConsumeContext<ArticleIngested> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await store.UpsertArticleAsync(context.Message, context.CancellationToken);
        monitor.ArticleStored();
    }
}
