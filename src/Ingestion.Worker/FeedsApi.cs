using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ingestion.Pipeline;
using Ingestion.Storage;
using Microsoft.Extensions.Options;

namespace Ingestion.Worker;

/// <summary>A feed as the feeds API shows it: where it comes from and how its polling goes.</summary>
public sealed record FeedStatus(
    string Id,
    string Url,
    string? Title,
    string Source,
    DateTimeOffset? AddedAt,
    DateTimeOffset? LastPolledAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int ErrorCount,
    DateTimeOffset? NextPollAt,
    string? FetchUrl = null,
    DateTimeOffset? RetiredAt = null);

/// <summary>The body of <c>POST /feeds</c>.</summary>
public sealed record AddFeedRequest(string? Url);

/// <summary>
/// The feeds API of the service mode: list the feeds with their polling status, add a feed, remove one that was
/// added. Added feeds live in the database, so every replica's poller picks them up at its next tick; configured
/// feeds (Ingestion:Feeds) are listed but changed only through configuration.
/// </summary>
public static class FeedsApi
{
    /// <summary>Longest URL accepted; browsers and servers commonly stop at about this length.</summary>
    private const int MaxUrlLength = 2048;

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var feeds = endpoints.MapGroup("/feeds");
        feeds.MapGet("/", ListAsync);
        feeds.MapGet("/{id}", GetAsync);
        // Reading is open; changing the feed list needs the API key when one is configured.
        feeds.MapPost("/", AddAsync).RequireApiKey();
        feeds.MapDelete("/", RemoveByUrlAsync).RequireApiKey();
        feeds.MapDelete("/{id}", RemoveByIdAsync).RequireApiKey();
        feeds.MapPost("/{id}/reinstate", ReinstateAsync).RequireApiKey();
        return endpoints;
    }

    /// <summary>A feed's id in the API: short, URL-safe and the same on every replica.</summary>
    public static string IdOf(string feedUrl) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(feedUrl)))[..16];

    private static async Task<IResult> ListAsync(FeedStateStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken) =>
        Results.Ok(await AllAsync(store, options.Value, cancellationToken));

    private static async Task<IResult> GetAsync(string id, FeedStateStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken)
    {
        var feed = (await AllAsync(store, options.Value, cancellationToken)).FirstOrDefault(f => f.Id == id);
        return feed is not null ? Results.Ok(feed) : NotFound($"No feed has the id '{id}'.");
    }

    private static async Task<IResult> AddAsync(HttpRequest request, FeedStateStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the feed as JSON: {\"url\": \"https://example.com/feed.xml\"} with Content-Type: application/json.");
        }

        AddFeedRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<AddFeedRequest>(cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid("body", $"The body is not valid JSON: {ex.Message}");
        }

        if (ValidateFeedUrl(body?.Url, out var url) is { } error)
        {
            return Invalid("url", error);
        }

        var configured = FeedPoller.ConfiguredFeeds(options.Value).Any(f => f.AbsoluteUri == url);
        if (configured)
        {
            // Already polled: adding it again is not an error, and the answer says where it comes from.
            var existing = (await AllAsync(store, options.Value, cancellationToken)).First(f => f.Url == url);
            return Results.Ok(existing);
        }

        var (record, outcome) = await store.AddApiFeedAsync(url, cancellationToken);
        var status = ToStatus(record, FeedSources.Api);
        return outcome == FeedAddition.Added ? Results.Created($"/feeds/{status.Id}", status) : Results.Ok(status);
    }

    private static async Task<IResult> RemoveByUrlAsync(string? url, FeedStateStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return Invalid("url", "Give the feed to remove: DELETE /feeds?url=<feed URL> or DELETE /feeds/{id}.");
        }

        // The URL as it was added: the same absolute form that POST stored.
        var key = Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) ? parsed.AbsoluteUri : url.Trim();
        return await RemoveAsync(key, store, options.Value, cancellationToken);
    }

    private static async Task<IResult> RemoveByIdAsync(string id, FeedStateStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken)
    {
        var feed = (await AllAsync(store, options.Value, cancellationToken)).FirstOrDefault(f => f.Id == id);
        return feed is not null
            ? await RemoveAsync(feed.Url, store, options.Value, cancellationToken)
            : NotFound($"No feed has the id '{id}'.");
    }

    private static async Task<IResult> RemoveAsync(string url, FeedStateStore store, PipelineOptions options, CancellationToken cancellationToken)
    {
        if (FeedPoller.ConfiguredFeeds(options).Any(f => f.AbsoluteUri == url))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Configured feed",
                detail: $"{url} is configured (Ingestion:Feeds), not added through the API: remove it from the configuration instead.");
        }

        return await store.RemoveApiFeedAsync(url, cancellationToken)
            ? Results.NoContent()
            : NotFound($"No feed added through the API has the URL {url}.");
    }

    /// <summary>
    /// Puts a feed retired by 410 Gone back on the schedule (the publisher restored it, or it was a mistake): it is
    /// polled at the next tick from its configured address. A feed that is not retired is left as it is.
    /// </summary>
    private static async Task<IResult> ReinstateAsync(string id, FeedStateStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken)
    {
        var feed = (await AllAsync(store, options.Value, cancellationToken)).FirstOrDefault(f => f.Id == id);
        if (feed is null)
        {
            return NotFound($"No feed has the id '{id}'.");
        }

        if (feed.RetiredAt is not null)
        {
            await store.ReinstateAsync(feed.Url, cancellationToken);
        }

        var current = (await AllAsync(store, options.Value, cancellationToken)).First(f => f.Id == id);
        return Results.Ok(current);
    }

    /// <summary>The configured feeds, then the feeds added through the API, each with its stored polling state.</summary>
    internal static async Task<IReadOnlyList<FeedStatus>> AllAsync(FeedStateStore store, PipelineOptions options, CancellationToken cancellationToken)
    {
        var records = (await store.ListAsync(cancellationToken)).ToDictionary(f => f.FeedUrl, StringComparer.Ordinal);
        var configured = FeedPoller.ConfiguredFeeds(options)
            .Select(f => records.TryGetValue(f.AbsoluteUri, out var record) ? record : new FeedRecord { FeedUrl = f.AbsoluteUri })
            .Select(f => ToStatus(f, FeedSources.Config))
            .ToList();
        var configuredUrls = configured.Select(f => f.Url).ToHashSet(StringComparer.Ordinal);
        var added = records.Values
            .Where(f => f.Source == FeedSources.Api && f.RemovedAt is null && !configuredUrls.Contains(f.FeedUrl))
            .OrderBy(f => f.FeedUrl, StringComparer.Ordinal)
            .Select(f => ToStatus(f, FeedSources.Api));
        return [.. configured, .. added];
    }

    private static FeedStatus ToStatus(FeedRecord feed, string source) => new(
        IdOf(feed.FeedUrl), feed.FeedUrl, feed.Title, source, source == FeedSources.Api ? feed.AddedAt : null,
        feed.LastPolledAt, feed.LastSuccessAt, feed.LastError, feed.ErrorCount, feed.NextPollAt, feed.FetchUrl, feed.RetiredAt);

    /// <summary>Null when <paramref name="candidate"/> is an absolute http(s) URL (then in <paramref name="url"/>), else why not.</summary>
    private static string? ValidateFeedUrl(string? candidate, out string url)
    {
        url = "";
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return "The feed URL is required: {\"url\": \"https://example.com/feed.xml\"}.";
        }

        if (candidate.Length > MaxUrlLength)
        {
            return $"The feed URL is longer than {MaxUrlLength} characters.";
        }

        // Only remote feeds: a file: URL would let an API caller make the worker read its own disk.
        if (!Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("http" or "https") || string.IsNullOrEmpty(parsed.Host))
        {
            return $"'{candidate}' is not an absolute http or https URL.";
        }

        url = parsed.AbsoluteUri;
        return null;
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid feed request");

    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Feed not found", detail: detail);
}
