using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingestion.Contracts;
using Ingestion.Pipeline;
using Ingestion.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ingestion.Worker;

/// <summary>The query parameters of <c>GET /claims</c>, all optional (docs/api.md).</summary>
public sealed class ClaimQuery
{
    /// <summary>Words the claim text contains (PostgreSQL: English full-text search; SQLite: every word, ignoring case).</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>A source's canonical name, exactly ("Robert Young Pelton", "NBC News").</summary>
    [FromQuery(Name = "source")] public string? Source { get; init; }

    /// <summary>Part of the source's role, ignoring case ("analyst").</summary>
    [FromQuery(Name = "role")] public string? Role { get; init; }

    /// <summary>What the cue ascribes: speech, belief, intent, evaluation, evidence, question.</summary>
    [FromQuery(Name = "cue")] public string? Cue { get; init; }

    /// <summary>The claim's kind: claim, opinion, prescriptive, question.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; init; }

    /// <summary>true or false: whether the claim is hedged ("may", "reportedly").</summary>
    [FromQuery(Name = "hedged")] public string? Hedged { get; init; }

    /// <summary>An entity's canonical name, exactly.</summary>
    [FromQuery(Name = "entity")] public string? Entity { get; init; }

    /// <summary>A place's name, exactly ("Sirte").</summary>
    [FromQuery(Name = "place")] public string? Place { get; init; }

    /// <summary>minLon,minLat,maxLon,maxLat: claims naming a place inside the box.</summary>
    [FromQuery(Name = "bbox")] public string? Bbox { get; init; }

    /// <summary>Claims that mention a time at or after this ISO 8601 date (2017, 2017-09, 2017-09-15).</summary>
    [FromQuery(Name = "timeFrom")] public string? TimeFrom { get; init; }

    /// <summary>Claims that mention a time at or before this ISO 8601 date (inclusive: 2017-09 takes all of September).</summary>
    [FromQuery(Name = "timeTo")] public string? TimeTo { get; init; }

    /// <summary>Published at or after this instant (ISO 8601 date or date-time).</summary>
    [FromQuery(Name = "publishedFrom")] public string? PublishedFrom { get; init; }

    /// <summary>Published at or before this instant (a date alone means the end of that day, UTC).</summary>
    [FromQuery(Name = "publishedTo")] public string? PublishedTo { get; init; }

    /// <summary>The outlet's name, exactly.</summary>
    [FromQuery(Name = "outlet")] public string? Outlet { get; init; }

    /// <summary>A feed's id (as GET /feeds lists it) or URL.</summary>
    [FromQuery(Name = "feed")] public string? Feed { get; init; }

    /// <summary>An article id.</summary>
    [FromQuery(Name = "article")] public string? Article { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")] public string? Cursor { get; init; }

    /// <summary>Claims per page (default 50, at most Ingestion:Api:MaxPageSize).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
}

/// <summary>
/// The read-only query API of the api role: claims (filtered, newest first, cursor-paged), one claim, an article
/// with its claims, the most cited sources, and places as GeoJSON. Bad parameters are 400 problem details
/// (RFC 9457, formerly 7807) whose errors name the parameter.
/// </summary>
public static partial class QueryApi
{
    private const int MaxListLimit = 1000;

    private static readonly HashSet<string> ClaimParameters = new(StringComparer.Ordinal)
    {
        "q", "source", "role", "cue", "kind", "hedged", "entity", "place", "bbox", "timeFrom", "timeTo",
        "publishedFrom", "publishedTo", "outlet", "feed", "article", "cursor", "limit",
    };

    private static readonly string[] Kinds = Labels<ClaimKind>();
    private static readonly string[] CueClasses = Labels<CueClass>();
    private static readonly string[] SourceTypes = Labels<SourceType>();

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/claims", ListClaimsAsync).WithName("ListClaims").WithTags("claims")
            .WithSummary("Claims matching every given filter, newest publication first, one page at a time.")
            .Produces<ClaimPage>().ProducesValidationProblem();
        endpoints.MapGet("/claims/{id}", GetClaimAsync).WithName("GetClaim").WithTags("claims")
            .WithSummary("One claim with its attributions, entities, places, times and quantities.")
            .Produces<ClaimView>().ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/articles", ListArticlesAsync).WithName("ListArticles").WithTags("articles")
            .WithSummary("The newest articles with their claim counts, optionally of one feed.")
            .Produces<IReadOnlyList<ArticleSummary>>().ProducesValidationProblem();
        endpoints.MapGet("/articles/{id}", GetArticleAsync).WithName("GetArticle").WithTags("articles")
            .WithSummary("An article with its text and its current claims in text order.")
            .Produces<ArticleView>().ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/sources", ListSourcesAsync).WithName("ListSources").WithTags("sources")
            .WithSummary("Named sources, most cited first, with their attribution and claim counts.")
            .Produces<IReadOnlyList<SourceCount>>().ProducesValidationProblem();
        endpoints.MapGet("/places.geojson", PlacesAsync).WithName("ListPlaces").WithTags("places")
            .WithSummary("Places with coordinates and the number of claims naming each, as a GeoJSON FeatureCollection (RFC 7946).")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json").ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> ListClaimsAsync(
        [AsParameters] ClaimQuery query, HttpRequest request, ClaimQueries queries, FeedStateStore feeds,
        IOptions<PipelineOptions> pipeline, IOptions<ApiOptions> api, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        // An unknown parameter is most often a misspelt filter: answering with everything would hide the mistake.
        foreach (var name in request.Query.Keys.Where(k => !ClaimParameters.Contains(k)))
        {
            errors[name] = [$"'{name}' is not a parameter of GET /claims; see /openapi/v1.json."];
        }

        var limit = ParseLimit(query.Limit, api.Value.DefaultPageSize, api.Value.MaxPageSize, errors);
        var cursor = query.Cursor is null ? null : ClaimCursor.TryDecode(query.Cursor);
        if (query.Cursor is not null && cursor is null)
        {
            errors["cursor"] = ["The cursor is not one this API gave out: pass nextCursor of the previous page unchanged."];
        }

        var filter = new ClaimFilter
        {
            Text = Blank(query.Q),
            Source = Blank(query.Source),
            Role = Blank(query.Role),
            CueClass = OneOf("cue", query.Cue, CueClasses, errors),
            Kind = OneOf("kind", query.Kind, Kinds, errors),
            Hedged = ParseBool("hedged", query.Hedged, errors),
            Entity = Blank(query.Entity),
            Place = Blank(query.Place),
            Box = ParseBox(query.Bbox, errors),
            TimeFrom = ParseIsoDate("timeFrom", query.TimeFrom, errors),
            TimeTo = ParseIsoDate("timeTo", query.TimeTo, errors),
            PublishedFrom = ParseInstant("publishedFrom", query.PublishedFrom, endOfDay: false, errors),
            PublishedTo = ParseInstant("publishedTo", query.PublishedTo, endOfDay: true, errors),
            Outlet = Blank(query.Outlet),
            FeedUrl = await FeedUrlAsync(Blank(query.Feed), feeds, pipeline.Value, cancellationToken),
            ArticleId = Blank(query.Article),
        };
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid query parameters");
        }

        return Results.Ok(await queries.ListClaimsAsync(filter, cursor, limit, cancellationToken));
    }

    private static async Task<IResult> GetClaimAsync(string id, ClaimQueries queries, CancellationToken cancellationToken) =>
        await queries.GetClaimAsync(id, cancellationToken) is { } claim
            ? Results.Ok(claim)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Claim not found", detail: $"No claim has the id '{id}'.");

    private static async Task<IResult> GetArticleAsync(string id, ClaimQueries queries, CancellationToken cancellationToken) =>
        await queries.GetArticleAsync(id, cancellationToken) is { } article
            ? Results.Ok(article)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the id '{id}'.");

    private static async Task<IResult> ListArticlesAsync(
        [FromQuery(Name = "feed")] string? feed, [FromQuery(Name = "limit")] string? limit, ClaimQueries queries, FeedStateStore feeds,
        IOptions<PipelineOptions> pipeline, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var count = ParseLimit(limit, 50, MaxListLimit, errors);
        return errors.Count > 0
            ? Results.ValidationProblem(errors, title: "Invalid query parameters")
            : Results.Ok(await queries.ListArticlesAsync(await FeedUrlAsync(Blank(feed), feeds, pipeline.Value, cancellationToken), count, cancellationToken));
    }

    private static async Task<IResult> ListSourcesAsync(
        [FromQuery(Name = "type")] string? type, [FromQuery(Name = "limit")] string? limit, ClaimQueries queries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var sourceType = OneOf("type", type, SourceTypes, errors);
        var count = ParseLimit(limit, 50, MaxListLimit, errors);
        return errors.Count > 0
            ? Results.ValidationProblem(errors, title: "Invalid query parameters")
            : Results.Ok(await queries.TopSourcesAsync(sourceType, count, cancellationToken));
    }

    private static async Task<IResult> PlacesAsync(
        [FromQuery(Name = "bbox")] string? bbox, [FromQuery(Name = "limit")] string? limit, ClaimQueries queries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var box = ParseBox(bbox, errors);
        var count = ParseLimit(limit, MaxListLimit, MaxListLimit, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid query parameters");
        }

        var places = await queries.PlacesAsync(box, count, cancellationToken);
        // RFC 7946: positions are [longitude, latitude].
        var collection = new
        {
            type = "FeatureCollection",
            features = places.Select(p => new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { p.Lon, p.Lat } },
                properties = new { name = p.Name, country = p.Country, claims = p.Claims },
            }),
        };
        return Results.Json(collection, contentType: "application/geo+json");
    }

    /// <summary>A feed id (16 hex digits, as GET /feeds gives it) becomes its URL; anything else is taken as a URL.</summary>
    private static async Task<string?> FeedUrlAsync(string? feed, FeedStateStore store, PipelineOptions options, CancellationToken cancellationToken)
    {
        if (feed is null || !FeedIdPattern().IsMatch(feed))
        {
            return feed;
        }

        var known = (await FeedsApi.AllAsync(store, options, cancellationToken)).FirstOrDefault(f => f.Id == feed);
        return known?.Url ?? feed;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int ParseLimit(string? value, int fallback, int max, Dictionary<string, string[]> errors)
    {
        if (Blank(value) is not { } text)
        {
            return Math.Min(fallback, max);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max)
        {
            return limit;
        }

        errors["limit"] = [$"limit must be a whole number from 1 to {max}; '{value}' is not."];
        return 1;
    }

    private static string? OneOf(string parameter, string? value, string[] allowed, Dictionary<string, string[]> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => a.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors[parameter] = [$"{parameter} must be one of {string.Join(", ", allowed)}; '{value}' is not."];
        }

        return match;
    }

    private static bool? ParseBool(string parameter, string? value, Dictionary<string, string[]> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        errors[parameter] = [$"{parameter} must be true or false; '{value}' is not."];
        return null;
    }

    private static BoundingBox? ParseBox(string? value, Dictionary<string, string[]> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN).ToArray();
        if (parts.Length != 4 || numbers.Any(double.IsNaN))
        {
            errors["bbox"] = [$"bbox must be four numbers minLon,minLat,maxLon,maxLat; '{value}' is not."];
            return null;
        }

        var box = new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        if (box.MinLon < -180 || box.MaxLon > 180 || box.MinLat < -90 || box.MaxLat > 90 || box.MinLon > box.MaxLon || box.MinLat > box.MaxLat)
        {
            errors["bbox"] = ["bbox must have -180 <= minLon <= maxLon <= 180 and -90 <= minLat <= maxLat <= 90."];
            return null;
        }

        return box;
    }

    /// <summary>An ISO 8601 calendar date, possibly reduced (yyyy, yyyy-MM, yyyy-MM-dd), as stored claim times are written.</summary>
    private static string? ParseIsoDate(string parameter, string? value, Dictionary<string, string[]> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return text;
        }

        errors[parameter] = [$"{parameter} must be an ISO 8601 date (2017, 2017-09 or 2017-09-15); '{value}' is not."];
        return null;
    }

    private static DateTimeOffset? ParseInstant(string parameter, string? value, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day, TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && text.Contains('T', StringComparison.Ordinal))
        {
            return instant;
        }

        errors[parameter] = [$"{parameter} must be an ISO 8601 date or date-time (2018-01-15 or 2018-01-15T09:30:00Z); '{value}' is not."];
        return null;
    }

    private static string[] Labels<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v).Trim('"')).ToArray();

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex FeedIdPattern();
}
