using System.Diagnostics;
using Ingestion.Analysis;
using Ingestion.Contracts;
using Ingestion.Feeds.Fetching;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// The articles role: gets the article's text (inline feed content, else the page), extracts it, finds its
/// claims, and publishes <see cref="ArticleIngested"/> and one <see cref="ClaimExtracted"/> per claim.
/// Redelivery publishes the same ids again, which the store absorbs.
/// </summary>
public sealed partial class ArticleConsumer(
    ContentFetcher fetcher,
    ArticleAnalyzer analyzer,
    PipelineMonitor monitor,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<ArticleConsumer> logger) : IConsumer<ArticleDiscovered>
{
    public async Task Consume(ConsumeContext<ArticleDiscovered> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var message = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ArticleId"] = message.ArticleId, ["FeedUrl"] = message.FeedUrl });

        var source = await GetSourceAsync(message, context.CancellationToken);
        var result = analyzer.Analyze(source, enrich: false);
        var article = result.Article;
        var now = time.GetUtcNow();

        await context.Publish(new ArticleIngested
        {
            ArticleId = result.ArticleId,
            Url = message.Url,
            FeedUrl = message.FeedUrl,
            Title = article.Title,
            Outlet = result.Outlet,
            Byline = article.Byline,
            Authors = article.Authors,
            PublishedAt = article.PublishedAt,
            Language = article.Language ?? result.Context.Language,
            Section = article.Section,
            ContentHash = result.ContentHash,
            Text = article.Text,
            ClaimCount = result.Claims.Count,
            IngestedAt = now,
        }, context.CancellationToken);

        await context.PublishBatch(result.Claims.Select(c => new ClaimExtracted
        {
            ClaimId = c.Id,
            ArticleId = result.ArticleId,
            ArticleUrl = message.Url,
            ArticleTitle = article.Title,
            Outlet = result.Outlet,
            PublishedAt = article.PublishedAt,
            ContentHash = result.ContentHash,
            Ordinal = c.Claim.Ordinal,
            ClaimCount = result.Claims.Count,
            Paragraph = c.Claim.Paragraph,
            Text = c.Claim.Text,
            Start = c.Claim.Start,
            Length = c.Claim.Length,
            Kind = c.Claim.Kind,
            Hedged = c.Claim.Hedged,
            Attributions = c.Claim.Attributions,
            Context = result.Context,
        }), context.CancellationToken);

        monitor.ArticleIngested(result.Claims.Count);
        monitor.StageDuration(Roles.Articles, Stopwatch.GetElapsedTime(started));
        LogIngested(message.Url ?? message.EntryId, result.Claims.Count);
    }

    private async Task<ArticleSource> GetSourceAsync(ArticleDiscovered message, CancellationToken cancellationToken)
    {
        var url = message.Url is not null && Uri.TryCreate(message.Url, UriKind.Absolute, out var parsed) ? parsed : null;
        var common = new ArticleSource
        {
            IsHtml = true,
            Url = url,
            ArticleId = message.ArticleId,
            PublishedAt = message.PublishedAt,
            Title = message.Title,
            Authors = message.Authors,
            FeedTitle = message.FeedTitle,
        };

        // Full text carried by the feed saves a fetch; a teaser does not: then the page is the article.
        if (!string.IsNullOrWhiteSpace(message.Content) && message.Content.Length >= options.Value.MinInlineContentChars)
        {
            return common with { Content = message.Content };
        }

        if (url is not null)
        {
            var page = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken);
            var isText = page.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true
                || (url.IsFile && Path.GetExtension(url.LocalPath) is ".txt");
            return isText
                ? common with { Content = TextDecoding.Decode(page.Content), IsHtml = false, Url = page.Url }
                : common with { RawHtml = page.Content, ContentType = page.ContentType, Url = page.Url };
        }

        var inline = message.Content ?? message.Summary;
        return !string.IsNullOrWhiteSpace(inline)
            ? common with { Content = inline }
            : throw new ArticleContentException($"entry {message.EntryId} of {message.FeedUrl} has no link and no content");
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {ArticleUrl}: {ClaimCount} claims")]
    private partial void LogIngested(string articleUrl, int claimCount);
}
