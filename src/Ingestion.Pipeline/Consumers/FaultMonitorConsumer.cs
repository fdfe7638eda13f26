using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// Hears the faults that the stages publish once a message has exhausted its retries (or failed permanently)
/// and landed in an error queue: counts them and logs the reason with the item's ids.
/// </summary>
public sealed partial class FaultMonitorConsumer(PipelineMonitor monitor, ILogger<FaultMonitorConsumer> logger)
    : IConsumer<Fault<ArticleDiscovered>>, IConsumer<Fault<ClaimExtracted>>, IConsumer<Fault<ClaimEnriched>>,
    IConsumer<Fault<ArticleIngested>>, IConsumer<Fault<ArticleClaimsExtracted>>, IConsumer<Fault<ArticleClaimsEnriched>>
{
    public Task Consume(ConsumeContext<Fault<ArticleDiscovered>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        monitor.ArticleFailed();
        LogArticleFailed(context.Message.Message.ArticleId, context.Message.Message.Url ?? context.Message.Message.EntryId, Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ClaimExtracted>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        monitor.ClaimFailed(Roles.Enricher);
        LogClaimFailed(Roles.Enricher, context.Message.Message.ClaimId, context.Message.Message.ArticleId, Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ClaimEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        monitor.ClaimFailed(Roles.Store);
        LogClaimFailed(Roles.Store, context.Message.Message.Claim.ClaimId, context.Message.Message.Claim.ArticleId, Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        monitor.ArticleStoreFailed();
        LogArticleFailed(context.Message.Message.ArticleId, context.Message.Message.Url ?? context.Message.Message.ArticleId, Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ArticleClaimsExtracted>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Message.Message;
        monitor.ClaimsFailedCount(Roles.Enricher, article.Claims.Count);
        LogArticleClaimsFailed(article.Claims.Count, Roles.Enricher, article.ArticleId, Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ArticleClaimsEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Message.Message;
        monitor.ClaimsFailedCount(Roles.Store, article.Claims.Count);
        LogArticleClaimsFailed(article.Claims.Count, Roles.Store, article.ArticleId, Reason(context.Message));
        return Task.CompletedTask;
    }

    private static string Reason<T>(Fault<T> fault) =>
        fault.Exceptions.FirstOrDefault() is { } e ? $"{e.ExceptionType}: {e.Message}" : "unknown";

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {ArticleId} ({ArticleUrl}) failed and is in the error queue: {Reason}")]
    private partial void LogArticleFailed(string articleId, string articleUrl, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Claim {ClaimId} of article {ArticleId} failed in the {Stage} stage and is in the error queue: {Reason}")]
    private partial void LogClaimFailed(string stage, string claimId, string articleId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {ClaimCount} claims of article {ArticleId} failed in the {Stage} stage and are in the error queue: {Reason}")]
    private partial void LogArticleClaimsFailed(int claimCount, string stage, string articleId, string reason);
}
