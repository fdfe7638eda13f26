using System.Buffers.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.Storage;

/// <summary>A longitude/latitude rectangle (WGS 84 degrees), west-south to east-north.</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat);

/// <summary>
/// What <c>GET /claims</c> selects. Every field is optional; set fields are combined with AND. Names (source,
/// outlet, entity, place) match the stored canonical name exactly; the role matches any part of the role text,
/// ignoring case; a claim time matches a time range it overlaps (2017-09 is in 2017-09-10..2017-12).
/// </summary>
public sealed record ClaimFilter
{
    public string? Text { get; init; }
    public string? Source { get; init; }
    public string? Role { get; init; }
    public string? CueClass { get; init; }
    public string? Kind { get; init; }
    public bool? Hedged { get; init; }
    public string? Entity { get; init; }
    public string? Place { get; init; }
    public BoundingBox? Box { get; init; }
    public string? TimeFrom { get; init; }
    public string? TimeTo { get; init; }
    public DateTimeOffset? PublishedFrom { get; init; }
    public DateTimeOffset? PublishedTo { get; init; }
    public string? Outlet { get; init; }
    public string? FeedUrl { get; init; }
    public string? ArticleId { get; init; }
}

/// <summary>Where a page of claims ends: the next page starts after this claim in the newest-first order.</summary>
public sealed record ClaimCursor(DateTimeOffset? PublishedAt, string ArticleId, int Ordinal)
{
    /// <summary>An opaque, URL-safe token (base64url of a small JSON object); clients pass it back unchanged.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Token(PublishedAt?.UtcTicks, ArticleId, Ordinal)));

    /// <summary>The cursor a token stands for, or null when the token was not made by <see cref="Encode"/>.</summary>
    public static ClaimCursor? TryDecode(string token)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<Token>(Base64Url.DecodeFromChars(token));
            return parsed is { A: not null } && parsed.O >= 0
                ? new ClaimCursor(parsed.P is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null, parsed.A, parsed.O)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record Token(long? P, string? A, int O);
}

public sealed record AttributionView(
    int Level, string Source, string SourceText, string SourceType, int SourceStart, int SourceLength,
    string? Role, string? Via, string Cue, string CueClass, string Quote, int ContentStart, int ContentLength);

public sealed record EntityView(string Text, string Type, string Name, int Start, int Length);

public sealed record PlaceView(string Text, string Name, string? Country, double? Lat, double? Lon, int Start, int Length);

public sealed record TimeView(string Text, string Value, int Start, int Length);

public sealed record QuantityView(string Text, double Value, string? Unit, string? Qualifier);

/// <summary>A stored claim with everything the query API shows about it. Offsets are into the article text.</summary>
public sealed record ClaimView(
    string Id, string ArticleId, string? ArticleTitle, string? ArticleUrl, string? Outlet, DateTimeOffset? PublishedAt,
    int Ordinal, int Paragraph, string Text, int Start, int Length, string Kind, bool Hedged, bool Superseded,
    IReadOnlyList<AttributionView> Attributions, IReadOnlyList<EntityView> Entities, IReadOnlyList<PlaceView> Places,
    IReadOnlyList<TimeView> Times, IReadOnlyList<QuantityView> Quantities);

public sealed record ClaimPage(IReadOnlyList<ClaimView> Items, string? NextCursor);

/// <summary>An article with its current claims in text order. <see cref="Text"/> is null for articles stored before texts were kept.</summary>
public sealed record ArticleView(
    string Id, string? Url, string? FeedUrl, string? Title, string? Outlet, string? Byline, DateTimeOffset? PublishedAt,
    string? Language, int Version, DateTimeOffset IngestedAt, string? Text, IReadOnlyList<ClaimView> Claims);

/// <summary>An article in a list: what it is and how many claims its current version has.</summary>
public sealed record ArticleSummary(
    string Id, string? Title, string? Outlet, string? Byline, DateTimeOffset? PublishedAt, string? Url, string? FeedUrl, int ClaimCount);

public sealed record SourceCount(string Name, string Type, int Attributions, int Claims, DateTimeOffset? LatestPublishedAt);

public sealed record PlaceCount(string Name, string? Country, double Lat, double Lon, int Claims);

/// <summary>
/// The read side of the store, for the query API. Reads current claims only (a claim superseded by a later
/// version of its article is kept for history but not listed), newest publication first.
/// </summary>
public sealed class ClaimQueries(IDbContextFactory<IngestionDbContext> contexts)
{
    public async Task<ClaimPage> ListClaimsAsync(ClaimFilter filter, ClaimCursor? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db, db.Claims.AsNoTracking().Where(c => c.SupersededAt == null), filter);
        if (after is not null)
        {
            query = After(query, after);
        }

        // Undated claims come last on both providers (SQLite sorts NULL first ascending, PostgreSQL last); an
        // article's claims stay in text order.
        var rows = await query
            .OrderBy(c => c.PublishedAt == null)
            .ThenByDescending(c => c.PublishedAt)
            .ThenBy(c => c.ArticleId)
            .ThenBy(c => c.Ordinal)
            .Take(limit + 1)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var titles = await TitlesAsync(db, page, cancellationToken);
        var next = rows.Count > limit ? new ClaimCursor(page[^1].PublishedAt, page[^1].ArticleId, page[^1].Ordinal).Encode() : null;
        return new ClaimPage(page.Select(c => ToView(c, titles.GetValueOrDefault(c.ArticleId))).ToList(), next);
    }

    public async Task<ClaimView?> GetClaimAsync(string claimId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claim = await db.Claims.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.ClaimId == claimId, cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var titles = await TitlesAsync(db, [claim], cancellationToken);
        return ToView(claim, titles.GetValueOrDefault(claim.ArticleId));
    }

    /// <summary>The article, or the article a copy (alias) of it was stored under; null when neither is known.</summary>
    public async Task<ArticleView?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.ArticleId == articleId, cancellationToken);
        if (article is null)
        {
            var alias = await db.ArticleAliases.AsNoTracking().FirstOrDefaultAsync(a => a.AliasArticleId == articleId, cancellationToken);
            article = alias is null ? null : await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.ArticleId == alias.ArticleId, cancellationToken);
        }

        if (article is null)
        {
            return null;
        }

        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == article.ArticleId && c.SupersededAt == null)
            .OrderBy(c => c.Ordinal)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new ArticleView(article.ArticleId, article.Url, article.FeedUrl, article.Title, article.Outlet, article.Byline,
            article.PublishedAt, article.Language, article.Version, article.IngestedAt, article.Text,
            claims.Select(c => ToView(c, article.Title)).ToList());
    }

    /// <summary>The newest articles (undated ones last), optionally of one feed.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(string? feedUrl, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking();
        if (feedUrl is not null)
        {
            articles = articles.Where(a => a.FeedUrl == feedUrl);
        }

        return await articles
            .OrderBy(a => a.PublishedAt == null)
            .ThenByDescending(a => a.PublishedAt)
            .ThenBy(a => a.ArticleId)
            .Take(limit)
            .Select(a => new ArticleSummary(a.ArticleId, a.Title, a.Outlet, a.Byline, a.PublishedAt, a.Url, a.FeedUrl, a.ClaimCount))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Named sources by the number of current claims attributed to them, most cited first. A name counts once
    /// whatever its mentions' types (a pronoun resolved to "Clara Benn" is Clara Benn); the type shown is the
    /// name's most frequent one other than pronoun.
    /// </summary>
    public async Task<IReadOnlyList<SourceCount>> TopSourcesAsync(string? type, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attributions = db.Claims.AsNoTracking()
            .Where(c => c.SupersededAt == null)
            .SelectMany(c => c.Attributions, (c, a) => new { c.ClaimId, c.PublishedAt, a.SourceName, a.SourceType })
            .Where(a => a.SourceName != "");
        if (type is not null)
        {
            attributions = attributions.Where(a => a.SourceType == type);
        }

        var counts = await attributions
            .GroupBy(a => a.SourceName)
            .Select(g => new { Name = g.Key, Attributions = g.Count(), Claims = g.Select(a => a.ClaimId).Distinct().Count() })
            .OrderByDescending(g => g.Claims)
            .ThenBy(g => g.Name)
            .Take(limit)
            .ToListAsync(cancellationToken);

        // Types and latest dates of the listed names only, read separately: SQLite cannot take MAX of a converted date.
        var names = counts.Select(c => c.Name).ToList();
        var mentions = (await attributions.Where(a => names.Contains(a.SourceName))
                .Select(a => new { a.SourceName, a.SourceType, a.PublishedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.SourceName, StringComparer.Ordinal);
        return counts.Select(c =>
        {
            var types = mentions[c.Name].GroupBy(m => m.SourceType).OrderBy(g => g.Key == "pronoun").ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            return new SourceCount(c.Name, types.First().Key, c.Attributions, c.Claims, mentions[c.Name].Max(m => m.PublishedAt));
        }).ToList();
    }

    /// <summary>Places with coordinates and the number of current claims that mention each, optionally within a box.</summary>
    public async Task<IReadOnlyList<PlaceCount>> PlacesAsync(BoundingBox? box, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var places = db.Claims.AsNoTracking()
            .Where(c => c.SupersededAt == null)
            .SelectMany(c => c.Places, (c, p) => new { c.ClaimId, p.Name, p.Country, p.Lat, p.Lon })
            .Where(p => p.Lat != null && p.Lon != null);
        if (box is not null)
        {
            places = places.Where(p => p.Lon >= box.MinLon && p.Lon <= box.MaxLon && p.Lat >= box.MinLat && p.Lat <= box.MaxLat);
        }

        var counts = await places
            .GroupBy(p => new { p.Name, p.Country, p.Lat, p.Lon })
            .Select(g => new { g.Key.Name, g.Key.Country, g.Key.Lat, g.Key.Lon, Claims = g.Select(p => p.ClaimId).Distinct().Count() })
            .OrderByDescending(g => g.Claims)
            .ThenBy(g => g.Name)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return counts.Select(c => new PlaceCount(c.Name, c.Country, c.Lat!.Value, c.Lon!.Value, c.Claims)).ToList();
    }

    private static IQueryable<ClaimRecord> Filter(IngestionDbContext db, IQueryable<ClaimRecord> query, ClaimFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            if (db.Database.IsNpgsql())
            {
                // websearch_to_tsquery reads what people type ("quoted phrases", -excluded, or) and never fails on
                // syntax; the expression is the one the GIN index IX_claims_Text_fts was built on.
                var text = filter.Text;
                query = query.Where(c => EF.Functions.ToTsVector("english", c.Text).Matches(EF.Functions.WebSearchToTsQuery("english", text)));
            }
            else if (SqliteTextSearch.MatchExpression(filter.Text) is { } match)
            {
                // SQLite: the FTS5 index of the ClaimTextSearch migration (stemmed words, any case), keyed by the
                // claims' rows in claim_search_rows.
                var expression = match.Expression;
                var matching = db.Database.SqlQuery<string>(
                    $"""SELECT r."ClaimId" AS "Value" FROM claims_fts JOIN claim_search_rows AS r ON r."Row" = claims_fts.rowid WHERE claims_fts MATCH {expression}""");
                query = match.Negated ? query.Where(c => !matching.Contains(c.ClaimId)) : query.Where(c => matching.Contains(c.ClaimId));
            }
            else
            {
                // Nothing to look for (only punctuation): no claim matches, as in PostgreSQL.
                query = query.Where(c => false);
            }
        }

        if (filter.Source is { } source)
        {
            query = query.Where(c => c.Attributions.Any(a => a.SourceName == source));
        }

        if (filter.Role is { } role)
        {
            var lowered = role.ToLowerInvariant();
            query = query.Where(c => c.Attributions.Any(a => a.Role != null && a.Role.ToLower().Contains(lowered)));
        }

        if (filter.CueClass is { } cueClass)
        {
            // Rows stored before the cue class was kept read as speech, as the contract says of old messages.
            query = cueClass == "speech"
                ? query.Where(c => c.Attributions.Any(a => a.CueClass == cueClass || a.CueClass == null))
                : query.Where(c => c.Attributions.Any(a => a.CueClass == cueClass));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Hedged is { } hedged)
        {
            query = query.Where(c => c.Hedged == hedged);
        }

        if (filter.Entity is { } entity)
        {
            query = query.Where(c => c.Entities.Any(e => e.Name == entity));
        }

        if (filter.Place is { } place)
        {
            query = query.Where(c => c.Places.Any(p => p.Name == place));
        }

        if (filter.Box is { } box)
        {
            query = query.Where(c => c.Places.Any(p => p.Lon >= box.MinLon && p.Lon <= box.MaxLon && p.Lat >= box.MinLat && p.Lat <= box.MaxLat));
        }

        if (filter.TimeFrom is not null || filter.TimeTo is not null)
        {
            // A claim time is a period written in reduced ISO 8601 ("2017", "2017-09", "2017-09-15"): it matches when
            // it overlaps the range. Its end is the value followed by '~' (above every digit and '-'), so 2017-09 ends
            // after 2017-09-30; compared byte by byte (PostgreSQL's C collation; SQLite's default), since a
            // linguistic collation would skip the hyphens.
            var from = filter.TimeFrom ?? "";
            var to = (filter.TimeTo ?? "9999") + "~";
            query = db.Database.IsNpgsql()
                ? query.Where(c => c.Times.Any(t => string.Compare(EF.Functions.Collate(t.Value + "~", "C"), from) >= 0
                    && string.Compare(EF.Functions.Collate(t.Value, "C"), to) <= 0))
                : query.Where(c => c.Times.Any(t => string.Compare(t.Value + "~", from) >= 0 && string.Compare(t.Value, to) <= 0));
        }

        if (filter.PublishedFrom is { } publishedFrom)
        {
            query = query.Where(c => c.PublishedAt >= publishedFrom);
        }

        if (filter.PublishedTo is { } publishedTo)
        {
            query = query.Where(c => c.PublishedAt <= publishedTo);
        }

        if (filter.Outlet is { } outlet)
        {
            query = query.Where(c => c.Outlet == outlet);
        }

        if (filter.FeedUrl is { } feedUrl)
        {
            query = query.Where(c => db.Articles.Any(a => a.ArticleId == c.ArticleId && a.FeedUrl == feedUrl));
        }

        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(c => c.ArticleId == articleId);
        }

        return query;
    }

    /// <summary>Keyset paging: the claims after <paramref name="cursor"/> in (dated first, newest, article, ordinal) order.</summary>
    private static IQueryable<ClaimRecord> After(IQueryable<ClaimRecord> query, ClaimCursor cursor)
    {
        var articleId = cursor.ArticleId;
        var ordinal = cursor.Ordinal;
        if (cursor.PublishedAt is { } publishedAt)
        {
            return query.Where(c => c.PublishedAt == null
                || c.PublishedAt < publishedAt
                || (c.PublishedAt == publishedAt && (string.Compare(c.ArticleId, articleId) > 0 || (c.ArticleId == articleId && c.Ordinal > ordinal))));
        }

        return query.Where(c => c.PublishedAt == null
            && (string.Compare(c.ArticleId, articleId) > 0 || (c.ArticleId == articleId && c.Ordinal > ordinal)));
    }

    private static async Task<Dictionary<string, string?>> TitlesAsync(IngestionDbContext db, IReadOnlyList<ClaimRecord> claims, CancellationToken cancellationToken)
    {
        var ids = claims.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        return await db.Articles.AsNoTracking().Where(a => ids.Contains(a.ArticleId))
            .ToDictionaryAsync(a => a.ArticleId, a => a.Title, StringComparer.Ordinal, cancellationToken);
    }

    private static ClaimView ToView(ClaimRecord c, string? title) => new(
        c.ClaimId, c.ArticleId, title, c.ArticleUrl, c.Outlet, c.PublishedAt, c.Ordinal, c.Paragraph, c.Text, c.Start, c.Length,
        c.Kind, c.Hedged, c.SupersededAt is not null,
        c.Attributions.OrderBy(a => a.Level).Select(a => new AttributionView(a.Level, a.SourceName, a.SourceText, a.SourceType,
            a.SourceStart, a.SourceLength, a.Role, a.Via, a.Cue, a.CueClass ?? "speech", a.Quote, a.ContentStart, a.ContentLength)).ToList(),
        c.Entities.OrderBy(e => e.Position).Select(e => new EntityView(e.Text, e.Type, e.Name, e.Start, e.Length)).ToList(),
        c.Places.OrderBy(p => p.Position).Select(p => new PlaceView(p.Text, p.Name, p.Country, p.Lat, p.Lon, p.Start, p.Length)).ToList(),
        c.Times.OrderBy(t => t.Position).Select(t => new TimeView(t.Text, t.Value, t.Start, t.Length)).ToList(),
        c.Quantities.OrderBy(q => q.Position).Select(q => new QuantityView(q.Text, q.Value, q.Unit, q.Qualifier)).ToList());
}
