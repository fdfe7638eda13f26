using System.Text.Json;

namespace Ingestion.Feeds.Parsing;

/// <summary>JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static ParsedFeed Read(string text, FeedMarkup markup, Uri? documentUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new FeedParseException("The document is not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FeedParseException("The JSON document is not a JSON Feed: its root is not an object.");
            }

            var version = String(root, "version") ?? string.Empty;
            var hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            if (!version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase) && !hasItems)
            {
                throw new FeedParseException("The JSON document is not a JSON Feed: it has no version and no items.");
            }

            var link = String(root, "home_page_url") ?? String(root, "feed_url");
            var baseUri = documentUrl;
            var entries = new List<FeedEntry>();
            if (hasItems)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        entries.Add(ReadItem(item, baseUri, markup));
                    }
                }
            }

            return new ParsedFeed
            {
                Format = version.TrimEnd('/').EndsWith("1.1", StringComparison.Ordinal) ? "jsonfeed1.1" : "jsonfeed1.0",
                Title = Plain(String(root, "title")),
                Link = link,
                Description = Plain(String(root, "description")),
                Language = String(root, "language"),
                Authors = Authors(root, baseUri),
                Entries = entries,
            };
        }
    }

    private static FeedEntry ReadItem(JsonElement item, Uri? baseUri, FeedMarkup markup)
    {
        var html = String(item, "content_html");
        var text = String(item, "content_text");
        var summary = String(item, "summary");
        return new FeedEntry
        {
            Id = String(item, "id"),
            Title = Plain(String(item, "title")),
            Link = FeedUrls.Resolve(String(item, "url") ?? String(item, "external_url"), baseUri),
            Published = FeedDateParser.Parse(String(item, "date_published")),
            Updated = FeedDateParser.Parse(String(item, "date_modified")),
            Authors = Authors(item, baseUri),
            Summary = summary is null ? null : FeedMarkup.EscapeText(summary.Trim()),
            Content = html is not null ? markup.Sanitize(html, baseUri) : text is null ? null : FeedMarkup.EscapeText(text.Trim()),
            Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? [.. tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)]
                : [],
        };
    }

    /// <summary>1.1's "authors" array, else 1.0's single "author".</summary>
    private static List<FeedAuthor> Authors(JsonElement parent, Uri? baseUri)
    {
        var authors = new List<FeedAuthor>();
        if (parent.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            authors.AddRange(list.EnumerateArray().Select(a => Author(a, baseUri)).OfType<FeedAuthor>());
        }
        else if (parent.TryGetProperty("author", out var single) && Author(single, baseUri) is { } author)
        {
            authors.Add(author);
        }

        return authors;
    }

    private static FeedAuthor? Author(JsonElement element, Uri? baseUri)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var name = Plain(String(element, "name"));
        var url = String(element, "url");
        string? email = null;
        if (url is not null && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            email = url[7..];
            url = null;
        }

        return name is null && url is null && email is null ? null : new FeedAuthor(name, email, FeedUrls.Resolve(url, baseUri));
    }

    private static string? String(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string? Plain(string? value) => value is null ? null : FeedMarkup.CollapseWhitespace(value);
}
