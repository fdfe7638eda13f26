using System.Diagnostics;
using Ingestion.Analysis;
using Ingestion.Contracts;
using Ingestion.Feeds.Fetching;
using Ingestion.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline.Consumers;

/// <summary>
/// The articles role: gets the article's text (inline feed content, else the page), extracts it, finds its
/// claims, and publishes <see cref="ArticleIngested"/> and its claims: one <see cref="ClaimExtracted"/> per claim,
/// or one <see cref="ArticleClaimsExtracted"/> for them all (<see cref="PipelineOptions.ClaimMessages"/>).
/// Before publishing it registers the text: a text already stored under another article id (a syndicated copy,
/// another URL of the same page) is recorded as an alias and not published again; a new text under a known id
/// is the article's next version. Redelivery publishes the same ids again, which the store absorbs.
/// </summary>
public sealed partial class ArticleConsumer(
    ContentFetcher fetcher,
    ArticleAnalyzer analyzer,
    ArticleVersionStore versions,
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

        var canonicalUrl = CanonicalPageUrl(article.CanonicalUrl);
        var outcome = await versions.RegisterAsync(
            new ArticleText(result.ArticleId, result.ContentHash, result.Claims.Count, message.Url, message.FeedUrl,
                canonicalUrl, canonicalUrl is null ? null : FeedPollingService.ArticleIdOfLink(new Uri(canonicalUrl))),
            result.Claims.Select(c => c.Id).ToList(),
            context.CancellationToken);
        switch (outcome)
        {
            case ArticleTextOutcome.Duplicate duplicate:
                LogDuplicate(message.Url ?? message.EntryId, duplicate.OriginalArticleId, duplicate.Reason);
                monitor.ArticleSkipped("copy");
                return;
            case ArticleTextOutcome.Current { IsNew: false, WasPublished: true } when IsReannounced(context):
                // An edited feed entry whose article text did not change: its claims are already on their way.
                LogUnchanged(message.Url ?? message.EntryId);
                monitor.ArticleSkipped("unchanged");
                return;
        }

        var version = ((ArticleTextOutcome.Current)outcome).Version;
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
            Version = version,
        }, context.CancellationToken);

        var claims = new ArticleClaimsExtracted
        {
            ArticleId = result.ArticleId,
            ArticleUrl = message.Url,
            ArticleTitle = article.Title,
            Outlet = result.Outlet,
            PublishedAt = article.PublishedAt,
            ContentHash = result.ContentHash,
            Version = version,
            Context = result.Context,
            Claims = result.Claims.Select(c => new ArticleClaim
            {
                ClaimId = c.Id,
                Ordinal = c.Claim.Ordinal,
                Paragraph = c.Claim.Paragraph,
                Text = c.Claim.Text,
                Start = c.Claim.Start,
                Length = c.Claim.Length,
                Kind = c.Claim.Kind,
                Hedged = c.Claim.Hedged,
                Attributions = c.Claim.Attributions,
            }).ToList(),
        };
        if (options.Value.ClaimMessages == ClaimMessages.PerArticle)
        {
            // An article without claims has nothing to enrich or store beyond its ArticleIngested.
            if (claims.Claims.Count > 0)
            {
                await context.Publish(claims, context.CancellationToken);
            }
        }
        else
        {
            await context.PublishBatch(claims.Claims.Select(c => ClaimMessageConversions.ToClaimExtracted(claims, c)), context.CancellationToken);
        }

        await versions.MarkPublishedAsync(result.ArticleId, version, context.CancellationToken);

        monitor.ArticleIngested(result.Claims.Count);
        monitor.StageDuration(Roles.Articles, Stopwatch.GetElapsedTime(started));
        if (version > 1)
        {
            LogNewVersion(message.Url ?? message.EntryId, version, result.Claims.Count);
        }
        else
        {
            LogIngested(message.Url ?? message.EntryId, result.Claims.Count);
        }
    }

    private static bool IsReannounced(ConsumeContext context) =>
        context.Headers.Get<string>(PipelineHeaders.Reannounced) == "true";

    /// <summary>
    /// The page's rel=canonical URL when it can name an article: an http(s) address other than a site's home
    /// page (some sites declare their home page canonical on every page, which would make every article a copy).
    /// </summary>
    private static string? CanonicalPageUrl(string? declared) =>
        declared is not null && Uri.TryCreate(declared, UriKind.Absolute, out var url)
            && url.Scheme is "http" or "https" && url.AbsolutePath.Trim('/').Length > 0
            ? url.AbsoluteUri
            : null;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested version {Version} of {ArticleUrl}: {ClaimCount} claims")]
    private partial void LogNewVersion(string articleUrl, int version, int claimCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ArticleUrl} is a copy of article {OriginalArticleId} (same {Reason}); its claims are not stored again")]
    private partial void LogDuplicate(string articleUrl, string originalArticleId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{ArticleUrl} was announced again but its text is unchanged")]
    private partial void LogUnchanged(string articleUrl);
}
