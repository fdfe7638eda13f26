using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>
/// Metadata read from a page's head and structured data: JSON-LD (schema.org Article types), OpenGraph and
/// the usual meta tags (author, parsely-*, sailthru.*, dc.*, citation_*), the canonical link and html lang.
/// The precedence among sources follows Mozilla Readability, so that titles and bylines agree with what
/// readers of the page see in Firefox's reader view; further sources only fill what Readability leaves empty.
/// </summary>
internal sealed partial class PageMetadata
{
    private const int MaxJsonLdChars = 1_000_000;

    /// <summary>Readability's meta names: last one on the page wins, as in Readability.</summary>
    private readonly Dictionary<string, string> readabilityValues = new(StringComparer.Ordinal);

    /// <summary>Every meta tag by lower-cased name/property/itemprop; first one on the page wins.</summary>
    private readonly Dictionary<string, string> allValues = new(StringComparer.Ordinal);

    private PageMetadata()
    {
    }

    public JsonLdArticle? JsonLd { get; private set; }

    /// <summary>Every schema.org article-like object on the page (for its body and authors).</summary>
    public List<JsonLdArticle> JsonLdArticles { get; } = [];

    public string? DocumentTitle { get; private set; }

    public string? HtmlLang { get; private set; }

    public string? CanonicalUrl { get; private set; }

    public string? FirstTimeDatetime { get; private set; }

    internal static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public string? Get(string name) => allValues.TryGetValue(name, out var value) ? value : null;

    public static PageMetadata Read(IDocument document, Uri? baseUrl)
    {
        var meta = new PageMetadata
        {
            DocumentTitle = document.QuerySelector("head title, title")?.TextContent?.Trim(),
            HtmlLang = document.DocumentElement?.GetAttribute("lang")?.Trim() is { Length: > 0 } lang
                ? lang
                : document.DocumentElement?.GetAttribute("xml:lang")?.Trim(),
        };
        meta.ReadMetaTags(document);
        meta.ReadJsonLd(document);
        meta.CanonicalUrl = Resolve(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), baseUrl)
            ?? Resolve(meta.Get("og:url"), baseUrl);
        var time = document.QuerySelector("time[pubdate][datetime], article time[datetime], time[datetime]");
        meta.FirstTimeDatetime = time?.GetAttribute("datetime");
        return meta;
    }

    private static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var relative) ? relative.ToString() : null;
    }

    [GeneratedRegex(@"\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadabilityPropertyPattern();

    [GeneratedRegex(@"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-\.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadabilityNamePattern();

    private void ReadMetaTags(IDocument document)
    {
        foreach (var element in document.GetElementsByTagName("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            content = content.Trim();
            var name = element.GetAttribute("name");
            var property = element.GetAttribute("property");
            var matched = false;
            if (!string.IsNullOrEmpty(property))
            {
                var m = ReadabilityPropertyPattern().Match(property);
                if (m.Success)
                {
                    readabilityValues[Regex.Replace(m.Value.ToLowerInvariant(), @"\s", "")] = content;
                    matched = true;
                }
            }

            if (!matched && !string.IsNullOrEmpty(name) && ReadabilityNamePattern().IsMatch(name))
            {
                readabilityValues[Regex.Replace(name.ToLowerInvariant(), @"\s", "").Replace('.', ':')] = content;
            }

            foreach (var key in new[] { name, property, element.GetAttribute("itemprop"), element.GetAttribute("http-equiv") })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    foreach (var part in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        allValues.TryAdd(part.ToLowerInvariant(), content);
                    }
                }
            }
        }
    }

    public string? ReadabilityValue(string key) => readabilityValues.TryGetValue(key, out var v) ? v : null;

    [GeneratedRegex(@"^https?://schema\.org/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemaOrgContext();

    [GeneratedRegex("^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleTypes();

    private void ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            var raw = script.TextContent;
            if (raw.Length > MaxJsonLdChars)
            {
                continue;
            }

            raw = raw.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal).Trim();
            try
            {
                using var json = JsonDocument.Parse(raw, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = 64,
                });
                CollectArticles(json.RootElement, inheritedSchemaContext: false, depth: 0);
            }
            catch (JsonException)
            {
                // Broken structured data is common; the page's other metadata still counts.
            }
        }

        JsonLd = JsonLdArticles.FirstOrDefault(a => a.HasSchemaContext);
    }

    private void CollectArticles(JsonElement element, bool inheritedSchemaContext, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectArticles(item, inheritedSchemaContext, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var schemaContext = inheritedSchemaContext || HasSchemaContext(element);
        if (IsArticleType(element))
        {
            JsonLdArticles.Add(JsonLdArticle.From(element, schemaContext));
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            CollectArticles(graph, schemaContext, depth + 1);
        }

        if (element.TryGetProperty("mainEntity", out var mainEntity))
        {
            CollectArticles(mainEntity, schemaContext, depth + 1);
        }
    }

    private static bool HasSchemaContext(JsonElement element)
    {
        if (!element.TryGetProperty("@context", out var context))
        {
            return false;
        }

        return context.ValueKind switch
        {
            JsonValueKind.String => SchemaOrgContext().IsMatch(context.GetString()!),
            JsonValueKind.Object => context.TryGetProperty("@vocab", out var vocab) && vocab.ValueKind == JsonValueKind.String
                && SchemaOrgContext().IsMatch(vocab.GetString()!),
            JsonValueKind.Array => context.EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && SchemaOrgContext().IsMatch(c.GetString()!)),
            _ => false,
        };
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes().IsMatch(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes().IsMatch(t.GetString()!)),
            _ => false,
        };
    }
}

/// <summary>The fields of one schema.org Article (or subtype) object that extraction uses.</summary>
internal sealed record JsonLdArticle(
    bool HasSchemaContext,
    string? Name,
    string? Headline,
    IReadOnlyList<string> AuthorNames,
    IReadOnlyList<string> PersonNames,
    bool AuthorsFromObjects,
    string? DatePublished,
    string? PublisherName,
    string? Section,
    string? Language,
    string? ArticleBody)
{
    public static JsonLdArticle From(JsonElement element, bool hasSchemaContext)
    {
        var (authors, people, fromObjects) = Authors(element);
        return new JsonLdArticle(
            hasSchemaContext,
            StringProperty(element, "name"),
            StringProperty(element, "headline"),
            authors,
            people,
            fromObjects,
            StringProperty(element, "datePublished") ?? StringProperty(element, "dateCreated"),
            element.TryGetProperty("publisher", out var publisher) ? NameOf(publisher) : null,
            StringProperty(element, "articleSection"),
            StringProperty(element, "inLanguage"),
            StringProperty(element, "articleBody"));
    }

    /// <summary>A string property, or the first string of an array property.</summary>
    private static string? StringProperty(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    /// <summary>All author names (Readability's byline), and those not typed as organizations (clean authors).</summary>
    private static (IReadOnlyList<string> Names, IReadOnlyList<string> People, bool FromObjects) Authors(JsonElement element)
    {
        if (!element.TryGetProperty("author", out var author))
        {
            return ([], [], false);
        }

        var names = new List<string>();
        var people = new List<string>();
        var fromObjects = false;
        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n))
            {
                fromObjects = true;
                if (n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString()))
                {
                    names.Add(n.GetString()!.Trim());
                    var isOrganization = item.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
                        && type.GetString()!.Contains("Organization", StringComparison.OrdinalIgnoreCase);
                    if (!isOrganization)
                    {
                        people.Add(n.GetString()!.Trim());
                    }
                }
            }
            else if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                names.Add(item.GetString()!.Trim());
                people.Add(item.GetString()!.Trim());
            }
        }

        return (names, people, fromObjects);
    }

    /// <summary>Readability's byline from JSON-LD: author.name, or the names of an author array joined by ", ".</summary>
    public string? ReadabilityByline => AuthorsFromObjects && AuthorNames.Count > 0 ? string.Join(", ", AuthorNames) : null;

}
