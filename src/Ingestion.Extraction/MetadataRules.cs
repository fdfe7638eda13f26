namespace Ingestion.Extraction;

/// <summary>Chooses each metadata field among the page's sources.</summary>
internal static class MetadataRules
{
    /// <summary>Readability's title: JSON-LD, then Dublin Core, OpenGraph, Weibo, title, Twitter, Parse.ly meta, then the document title.</summary>
    public static string? Title(AngleSharp.Dom.IDocument document, PageMetadata metadata)
    {
        string DocumentTitle() => ReadabilityTitle.FromDocument(document, metadata.DocumentTitle);
        var title = (metadata.JsonLd is { } jsonLd ? ReadabilityTitle.FromJsonLd(jsonLd, DocumentTitle) : null)
            ?? metadata.ReadabilityValue("dc:title")
            ?? metadata.ReadabilityValue("dcterm:title")
            ?? metadata.ReadabilityValue("og:title")
            ?? metadata.ReadabilityValue("weibo:article:title")
            ?? metadata.ReadabilityValue("weibo:webpage:title")
            ?? metadata.ReadabilityValue("title")
            ?? metadata.ReadabilityValue("twitter:title")
            ?? metadata.ReadabilityValue("parsely-title");
        if (string.IsNullOrWhiteSpace(title))
        {
            title = DocumentTitle();
        }

        title = BlockText.Collapse(ReadabilityTitle.Unescape(title) ?? "");
        if (title.Length == 0)
        {
            // Pages without a <title> or metadata still show their headline.
            title = BlockText.Collapse(document.QuerySelector("h1")?.TextContent ?? "");
        }

        return title.Length == 0 ? null : title;
    }

    public static ExtractedArticle Build(Uri? url, PageMetadata metadata, string? title, string? bodyByline, BodyResult body)
    {
        var jsonLd = metadata.JsonLd;
        var articleAuthor = metadata.ReadabilityValue("article:author") is { } a && !Uri.TryCreate(a, UriKind.Absolute, out _) ? a : null;
        var metaByline = jsonLd?.ReadabilityByline
            ?? metadata.ReadabilityValue("dc:creator")
            ?? metadata.ReadabilityValue("dcterm:creator")
            ?? metadata.ReadabilityValue("author")
            ?? metadata.ReadabilityValue("parsely-author")
            ?? articleAuthor;
        var byline = ReadabilityTitle.Unescape(metaByline) ?? bodyByline ?? body.ReadabilityByline;
        byline = string.IsNullOrWhiteSpace(byline) ? null : byline.Trim();

        var authors = jsonLd is { AuthorNames.Count: > 0 }
            ? AuthorNames.FromList(jsonLd.PersonNames)
            : AuthorNames.Parse(byline);

        var published = DateParsing.Parse(jsonLd?.DatePublished)
            ?? DateParsing.Parse(metadata.ReadabilityValue("article:published_time"))
            ?? DateParsing.Parse(metadata.ReadabilityValue("parsely-pub-date"))
            ?? FirstDate(metadata, "article:published_time", "og:published_time", "datepublished", "sailthru.date",
                "parsely-pub-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "citation_publication_date",
                "citation_date", "pubdate", "publishdate", "publish-date", "date", "article.published", "published_time")
            ?? DateParsing.Parse(metadata.FirstTimeDatetime);

        var siteName = jsonLd?.PublisherName ?? metadata.ReadabilityValue("og:site_name") ?? metadata.Get("og:site_name")
            ?? metadata.Get("application-name");
        var section = jsonLd?.Section ?? metadata.Get("article:section") ?? metadata.Get("parsely-section")
            ?? metadata.Get("sailthru.tags") ?? metadata.Get("section");
        var language = NormaliseLanguage(metadata.HtmlLang ?? jsonLd?.Language ?? metadata.Get("content-language")
            ?? metadata.Get("og:locale") ?? metadata.Get("language") ?? metadata.Get("dc.language"));

        var paragraphs = ArticleEdges.Trim(body.Paragraphs, title, authors);
        return new ExtractedArticle
        {
            Url = url?.ToString(),
            CanonicalUrl = metadata.CanonicalUrl,
            Title = title,
            Byline = byline is null ? null : BlockText.Collapse(byline),
            Authors = authors,
            PublishedAt = published,
            Language = language,
            SiteName = PageMetadata.Trimmed(siteName),
            Section = PageMetadata.Trimmed(section),
            Paragraphs = paragraphs,
            Text = string.Join("\n\n", paragraphs),
        };
    }

    private static DateTimeOffset? FirstDate(PageMetadata metadata, params string[] names)
    {
        foreach (var name in names)
        {
            if (DateParsing.Parse(metadata.Get(name)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? NormaliseLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var tag = value.Split(',', ';')[0].Trim().Replace('_', '-');
        if (tag.Length is < 2 or > 20)
        {
            return null;
        }

        var parts = tag.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant() : parts[i];
        }

        return string.Join('-', parts);
    }
}
