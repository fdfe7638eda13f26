using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static Ingestion.Feeds.Parsing.FeedNamespaces;

namespace Ingestion.Feeds.Parsing;

/// <summary>
/// Maps an XML tree (from the strict or the lenient pass) onto <see cref="ParsedFeed"/>: RSS 0.9x/2.0, RDF
/// (RSS 0.90 and 1.0) and Atom 0.3/1.0, with the Dublin Core, content, iTunes, Media RSS and Atom-in-RSS
/// extensions. Element names are matched case-insensitively and by namespace family, because real feeds
/// are sloppy about both. Where feedparser has settled a convention (which element is the summary, when a
/// guid is a link, "email (Name)"), it is followed so that consumers see what they would elsewhere.
/// </summary>
internal sealed class FeedXmlMapper(FeedMarkup markup, Uri? documentUrl)
{
    private enum ConstructKind
    {
        Text,
        Html,
        Xhtml,
    }

    private readonly record struct Construct(ConstructKind Kind, string Value);

    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    private string rootNamespace = string.Empty;

    public ParsedFeed Map(XElement root)
    {
        rootNamespace = root.Name.NamespaceName;
        var name = root.Name.LocalName.ToLowerInvariant();
        if (name == "feed")
        {
            return MapAtom(root);
        }

        if (name is "rss" or "rdf" or "channel")
        {
            return MapRss(root);
        }

        if (Child(root, IsRssElement, "channel") is not null)
        {
            return MapRss(root);
        }

        throw new FeedParseException($"The document is not a feed: its root element is <{root.Name.LocalName}>.");
    }

    // ---------------------------------------------------------------- RSS and RDF

    private ParsedFeed MapRss(XElement root)
    {
        var channel = root.Name.LocalName.Equals("channel", StringComparison.OrdinalIgnoreCase) ? root : Child(root, IsRssElement, "channel");
        var meta = channel ?? root;
        // RDF puts items beside the channel; some broken RSS 2.0 feeds do too, or have no channel at all.
        var items = channel is not null && channel != root
            ? Children(channel, IsRssElement, "item").Concat(Children(root, IsRssElement, "item")).ToList()
            : Children(root, IsRssElement, "item").ToList();

        var link = FirstText(Children(meta, IsRssElement, "link")) is { } coreLink
            ? FeedUrls.Resolve(coreLink, FeedUrls.BaseOf(meta, documentUrl))
            : AtomLink(meta, documentUrl);
        // Relative references resolve against the document's own URL (RFC 3986, and feedparser), never against the
        // channel's <link>: that is the site's home page, not where the feed lives. Unknown URL: left relative.
        var feedBase = documentUrl;
        var feedAuthors = RssAuthors(meta);

        return new ParsedFeed
        {
            Format = RssFormat(root),
            Title = RssPlain(Child(meta, IsRssElement, "title")) ?? RssPlain(Child(meta, Dc, "title")) ?? ConstructText(Child(meta, IsAtom, "title")),
            Link = link,
            Description = HtmlText(Child(meta, IsRssElement, "description")) ?? HtmlText(Child(meta, Dc, "description"))
                ?? HtmlText(Child(meta, Itunes, "summary")) ?? HtmlText(Child(meta, Itunes, "subtitle")) ?? ConstructText(Child(meta, IsAtom, "subtitle")),
            Language = Language(meta, Text(Child(meta, IsRssElement, "language")) ?? Text(Child(meta, Dc, "language"))),
            Updated = Date(Child(meta, IsRssElement, "lastBuildDate")) ?? Date(Child(meta, Dc, "date")) ?? Date(Child(meta, IsAtom, "updated"))
                ?? Date(Child(meta, DcTerms, "modified")) ?? Date(Child(meta, IsRssElement, "pubDate")),
            TimeToLive = int.TryParse(Text(Child(meta, IsRssElement, "ttl")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ttl) && ttl > 0
                ? TimeSpan.FromMinutes(ttl)
                : null,
            Authors = feedAuthors,
            Entries = [.. items.Select(item => MapRssItem(item, feedBase))],
        };
    }

    private FeedEntry MapRssItem(XElement item, Uri? feedBase)
    {
        var itemBase = FeedUrls.BaseOf(item, feedBase);
        var guid = Child(item, IsRssElement, "guid");
        var guidText = Text(guid);
        var link = FirstText(Children(item, IsRssElement, "link")) is { } coreLink ? FeedUrls.Resolve(coreLink, itemBase) : null;
        link ??= AtomLink(item, feedBase);

        // FeedBurner rewrites links to its redirector and keeps the publisher's URL here: fetch that one.
        if (FeedUrls.AsBase(Text(Child(item, Feedburner, "origLink"))) is { } original)
        {
            link = original.OriginalString;
        }
        if (link is null && guidText is not null
            && !string.Equals(guid!.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase)
            && FeedUrls.AsBase(guidText) is not null)
        {
            // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
            link = guidText;
        }

        var rdfAbout = item.Attribute(XName.Get("about", Rdf))?.Value.Trim();
        var contentBase = feedBase;

        // Which element is the summary and which the content follows feedparser: description is the summary,
        // unless the item also has a <summary>, in which case description is the content.
        var description = Child(item, IsRssElement, "description") ?? Child(item, Dc, "description");
        var explicitSummary = Child(item, IsRssElement, "summary");
        var contentElement = Child(item, Content, "encoded") ?? Child(item, IsRssElement, "fullitem") ?? Child(item, Xhtml, "body")
            ?? Child(item, IsRssElement, "body");
        string? summary;
        string? content;
        if (explicitSummary is not null)
        {
            summary = RssMarkup(explicitSummary, contentBase);
            content = RssMarkup(contentElement ?? description, contentBase);
        }
        else
        {
            summary = RssMarkup(description, contentBase) ?? RssMarkup(Child(item, Itunes, "summary"), contentBase)
                ?? ConstructMarkup(Child(item, IsAtom, "summary"), contentBase) ?? MediaMarkup(item, "description", contentBase);
            content = RssMarkup(contentElement, contentBase) ?? ConstructMarkup(Child(item, IsAtom, "content"), contentBase);
        }

        summary ??= content;

        return new FeedEntry
        {
            Id = guidText ?? (string.IsNullOrEmpty(rdfAbout) ? null : rdfAbout) ?? Text(Child(item, IsAtom, "id")) ?? Text(Child(item, Dc, "identifier")),
            Title = RssPlain(Child(item, IsRssElement, "title")) ?? RssPlain(Child(item, Dc, "title")) ?? ConstructText(Child(item, IsAtom, "title"))
                ?? MediaText(item, "title"),
            Link = link,
            Published = Date(Child(item, IsRssElement, "pubDate")) ?? Date(Child(item, DcTerms, "issued")) ?? Date(Child(item, IsAtom, "published"))
                ?? Date(Child(item, Dc, "date")) ?? Date(Child(item, DcTerms, "created")),
            Updated = Date(Child(item, DcTerms, "modified")) ?? Date(Child(item, IsAtom, "updated")) ?? Date(Child(item, Dc, "date")),
            Authors = RssAuthors(item),
            Summary = summary,
            Content = content,
            Categories = Categories(item),
        };
    }

    private List<FeedAuthor> RssAuthors(XElement parent)
    {
        foreach (var candidates in new[]
                 {
                     Children(parent, IsRssElement, "author"), Children(parent, IsRssElement, "managingEditor"), Children(parent, Dc, "creator"),
                     Children(parent, Dc, "author"), Children(parent, Itunes, "author"),
                 })
        {
            var authors = candidates.Select(e => FeedAuthors.Parse(RssPlain(e))).OfType<FeedAuthor>().ToList();
            if (authors.Count > 0)
            {
                return authors;
            }
        }

        return AtomAuthors(parent);
    }

    private static string RssFormat(XElement root)
    {
        var name = root.Name.LocalName.ToLowerInvariant();
        if (name == "rdf")
        {
            return root.Elements().Any(e => e.Name.NamespaceName == Rss090) || root.Name.NamespaceName == Rss090 ? "rss0.90" : "rss1.0";
        }

        var version = root.Attribute("version")?.Value.Trim() ?? string.Empty;
        return version switch
        {
            "" => "rss",
            _ when version.StartsWith('2') => "rss2.0",
            "0.91" => "rss0.91",
            "0.92" => "rss0.92",
            "0.93" => "rss0.93",
            "0.94" => "rss0.94",
            "0.9" or "0.90" => "rss0.90",
            "1.0" => "rss1.0",
            _ => "rss",
        };
    }

    // ---------------------------------------------------------------- Atom

    private ParsedFeed MapAtom(XElement feed)
    {
        var link = AtomLink(feed, documentUrl);
        var feedBase = documentUrl;
        var feedAuthors = AtomAuthors(feed);
        return new ParsedFeed
        {
            Format = AtomFormat(feed),
            Title = ConstructText(Child(feed, IsAtomElement, "title")),
            Link = link,
            Description = ConstructText(Child(feed, IsAtomElement, "subtitle")) ?? ConstructText(Child(feed, IsAtomElement, "tagline"))
                ?? ConstructText(Child(feed, IsAtomElement, "info")),
            Language = Language(feed, Text(Child(feed, Dc, "language"))),
            Updated = Date(Child(feed, IsAtomElement, "updated")) ?? Date(Child(feed, IsAtomElement, "modified")) ?? Date(Child(feed, Dc, "date")),
            Authors = feedAuthors,
            Entries = [.. Children(feed, IsAtomElement, "entry").Select(entry => MapAtomEntry(entry, feedBase, feedAuthors))],
        };
    }

    private FeedEntry MapAtomEntry(XElement entry, Uri? feedBase, List<FeedAuthor> feedAuthors)
    {
        var summaryElement = Child(entry, IsAtomElement, "summary");
        var contentElement = Child(entry, IsAtomElement, "content");
        var summary = ConstructMarkup(summaryElement, feedBase);
        var content = ConstructMarkup(contentElement, feedBase);

        // feedparser also offers text and HTML content as the summary when there is none (not inline XHTML).
        if (summary is null && contentElement is not null && ReadConstruct(contentElement) is { Kind: not ConstructKind.Xhtml })
        {
            summary = content;
        }

        // Atom 1.0 (4.2.1): an entry without authors has those of its source, else those of the feed.
        var authors = AtomAuthors(entry);
        if (authors.Count == 0 && Child(entry, IsAtomElement, "source") is { } source)
        {
            authors = AtomAuthors(source);
        }

        if (authors.Count == 0)
        {
            authors = [.. Children(entry, Dc, "creator").Select(e => FeedAuthors.Parse(RssPlain(e))).OfType<FeedAuthor>()];
        }

        if (authors.Count == 0)
        {
            authors = feedAuthors;
        }

        return new FeedEntry
        {
            Id = Text(Child(entry, IsAtomElement, "id")),
            Title = ConstructText(Child(entry, IsAtomElement, "title")),
            Link = FeedUrls.AsBase(Text(Child(entry, Feedburner, "origLink")))?.OriginalString ?? AtomLink(entry, feedBase),
            Published = Date(Child(entry, IsAtomElement, "published")) ?? Date(Child(entry, IsAtomElement, "issued"))
                ?? Date(Child(entry, IsAtomElement, "created")) ?? Date(Child(entry, Dc, "date")),
            Updated = Date(Child(entry, IsAtomElement, "updated")) ?? Date(Child(entry, IsAtomElement, "modified")),
            Authors = authors,
            Summary = summary,
            Content = content,
            Categories = Categories(entry),
        };
    }

    private static string AtomFormat(XElement feed)
    {
        if (feed.Name.NamespaceName == Atom10)
        {
            return "atom1.0";
        }

        var version = feed.Attribute("version")?.Value.Trim();
        return version is { Length: > 0 } ? "atom" + version : feed.Name.NamespaceName == Atom03 ? "atom0.3" : "atom";
    }

    private List<FeedAuthor> AtomAuthors(XElement parent)
    {
        var authors = new List<FeedAuthor>();
        foreach (var person in Children(parent, IsAtomElement, "author"))
        {
            var name = PlainChild(person, "name");
            var email = PlainChild(person, "email");
            var uriElement = AnyChild(person, "uri") ?? AnyChild(person, "url") ?? AnyChild(person, "homepage");
            var uri = Text(uriElement) is { } rawUri ? FeedUrls.Resolve(rawUri, FeedUrls.BaseOf(uriElement!, documentUrl)) : null;
            if (name is null && email is null && uri is null)
            {
                // <author>Jane Doe</author>: a person construct written as plain text.
                if (FeedAuthors.Parse(person.Value) is { } plain)
                {
                    authors.Add(plain);
                }

                continue;
            }

            if (name is not null && email is null && FeedAuthors.Parse(name) is { Email: not null } split)
            {
                (name, email) = (split.Name, split.Email);
            }

            authors.Add(new FeedAuthor(name, email, uri));
        }

        return authors;
    }

    /// <summary>
    /// The alternate link (rel="alternate" or no rel), preferring one that is a web page (HTML type or none) over
    /// alternates in other formats; none when there is no alternate. Atom 0.3 sometimes put the URL in the text.
    /// </summary>
    private static string? AtomLink(XElement parent, Uri? documentBase)
    {
        XElement? chosen = null;
        foreach (var link in Children(parent, IsAtom, "link"))
        {
            var rel = link.Attribute("rel")?.Value.Trim().ToLowerInvariant();
            if (rel is not (null or "" or "alternate" or "http://www.iana.org/assignments/relation/alternate"))
            {
                continue;
            }

            var type = link.Attribute("type")?.Value.Trim().ToLowerInvariant();
            if (type is null or "" or "text/html" or "application/xhtml+xml")
            {
                chosen = link;
                break;
            }

            chosen ??= link;
        }

        if (chosen is null)
        {
            return null;
        }

        var href = chosen.Attribute("href")?.Value ?? chosen.Value;
        return FeedUrls.Resolve(href, FeedUrls.BaseOf(chosen, documentBase));
    }

    // ---------------------------------------------------------------- text constructs

    /// <summary>Reads an Atom text construct (or any element written like one): its kind and raw value.</summary>
    private static Construct? ReadConstruct(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = (element.Attribute("type")?.Value ?? string.Empty).Trim().ToLowerInvariant();
        var mode = (element.Attribute("mode")?.Value ?? string.Empty).Trim().ToLowerInvariant();
        if (element.Attribute("src") is not null && !element.Nodes().Any())
        {
            // Out-of-line content: there is nothing here to read.
            return null;
        }

        var isHtml = type is "html" or "text/html" || (type.Contains("html", StringComparison.Ordinal) && !type.Contains("xhtml", StringComparison.Ordinal));
        var isXml = type is "xhtml" || type.Contains("xml", StringComparison.Ordinal) || mode == "xml";
        var isText = type is "" or "text" or "text/plain" || type.StartsWith("text/", StringComparison.Ordinal);
        if (mode == "base64" || (!isHtml && !isXml && !isText && !element.HasElements))
        {
            var decoded = DecodeBase64(element.Value);
            if (decoded is null)
            {
                return new Construct(ConstructKind.Text, element.Value);
            }

            return new Construct(isHtml ? ConstructKind.Html : ConstructKind.Text, decoded);
        }

        if (isHtml)
        {
            return new Construct(ConstructKind.Html, element.HasElements ? FeedMarkup.SerializeChildren(element, textIsMarkup: true) : element.Value);
        }

        if (isXml || element.HasElements)
        {
            var container = type == "xhtml" ? UnwrapXhtmlDiv(element) : element;
            return new Construct(ConstructKind.Xhtml, FeedMarkup.SerializeChildren(container, textIsMarkup: false));
        }

        return new Construct(ConstructKind.Text, element.Value);
    }

    /// <summary>Atom 1.0 type="xhtml" wraps the content in one XHTML div that is not part of it.</summary>
    private static XElement UnwrapXhtmlDiv(XElement element)
    {
        var children = element.Elements().ToList();
        if (children.Count == 1 && children[0].Name.LocalName == "div"
            && element.Nodes().OfType<XText>().All(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            return children[0];
        }

        return element;
    }

    private static string? DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string? ConstructText(XElement? element)
    {
        if (ReadConstruct(element) is not { } construct)
        {
            return null;
        }

        var text = construct.Kind == ConstructKind.Text ? FeedMarkup.CollapseWhitespace(construct.Value) : markup.ToText(construct.Value);
        return NullIfEmpty(text);
    }

    private string? ConstructMarkup(XElement? element, Uri? baseUri)
    {
        if (ReadConstruct(element) is not { } construct)
        {
            return null;
        }

        var elementBase = FeedUrls.BaseOf(element!, baseUri);
        var value = construct.Kind == ConstructKind.Text
            ? FeedMarkup.EscapeText(construct.Value.Trim())
            : markup.Sanitize(construct.Value, elementBase);
        return NullIfEmpty(value);
    }

    /// <summary>
    /// RSS text meant to be plain (titles, names): inline elements are flattened, and text that is really escaped
    /// HTML ("AT&amp;amp;T", "&lt;b&gt;x&lt;/b&gt;") is decoded once more, as feedparser and browsers do.
    /// </summary>
    private string? RssPlain(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        if (element.HasElements)
        {
            var type = element.Attribute("type")?.Value;
            return type is null ? NullIfEmpty(markup.ToText(FeedMarkup.SerializeChildren(element, textIsMarkup: true))) : ConstructText(element);
        }

        if (element.Attribute("type") is not null && IsAtom(element.Name.NamespaceName))
        {
            return ConstructText(element);
        }

        var value = element.Value;
        return NullIfEmpty(FeedMarkup.LooksLikeHtml(value) ? markup.ToText(value) : FeedMarkup.CollapseWhitespace(value));
    }

    /// <summary>RSS text that is HTML by convention (description, content:encoded), kept as sanitised markup.</summary>
    private string? RssMarkup(XElement? element, Uri? baseUri)
    {
        if (element is null)
        {
            return null;
        }

        if (IsAtom(element.Name.NamespaceName))
        {
            return ConstructMarkup(element, baseUri);
        }

        var html = element.HasElements
            ? FeedMarkup.SerializeChildren(element, textIsMarkup: element.Name.NamespaceName != Xhtml)
            : element.Value;
        return NullIfEmpty(markup.Sanitize(html, FeedUrls.BaseOf(element, baseUri)));
    }

    /// <summary>RSS text that is HTML by convention, as plain text (channel descriptions).</summary>
    private string? HtmlText(XElement? element) =>
        element is null ? null : NullIfEmpty(markup.ToText(element.HasElements ? FeedMarkup.SerializeChildren(element, textIsMarkup: true) : element.Value));

    private string? MediaText(XElement item, string name) => RssPlain(MediaChild(item, name));

    /// <summary>A Media RSS element of the item, or of its media:group.</summary>
    private static XElement? MediaChild(XElement item, string name) =>
        Child(item, IsMediaElement, name) ?? (Child(item, IsMediaElement, "group") is { } group ? Child(group, IsMediaElement, name) : null);

    private string? MediaMarkup(XElement item, string name, Uri? baseUri)
    {
        var element = MediaChild(item, name);
        if (element is null)
        {
            return null;
        }

        var isHtml = string.Equals(element.Attribute("type")?.Value, "html", StringComparison.OrdinalIgnoreCase);
        return NullIfEmpty(isHtml ? markup.Sanitize(element.Value, FeedUrls.BaseOf(element, baseUri)) : FeedMarkup.EscapeText(element.Value.Trim()));
    }

    private List<string> Categories(XElement parent)
    {
        var categories = new List<string>();
        foreach (var element in parent.Elements())
        {
            var ns = element.Name.NamespaceName;
            var local = element.Name.LocalName;
            string? value = null;
            if (local.Equals("category", StringComparison.OrdinalIgnoreCase) && IsAtom(ns))
            {
                value = element.Attribute("term")?.Value ?? element.Attribute("label")?.Value ?? element.Value;
            }
            else if (local.Equals("category", StringComparison.OrdinalIgnoreCase) && (IsRssCore(ns) || ns == rootNamespace))
            {
                value = RssPlain(element);
            }
            else if (local == "subject" && ns == Dc)
            {
                value = RssPlain(element);
            }
            else if (local == "keywords" && ns == Itunes)
            {
                categories.AddRange(element.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                continue;
            }

            if (!string.IsNullOrWhiteSpace(value))
            {
                categories.Add(FeedMarkup.CollapseWhitespace(value));
            }
        }

        return [.. categories.Distinct(StringComparer.Ordinal)];
    }

    // ---------------------------------------------------------------- element access

    private bool IsRssElement(string ns) => IsRssCore(ns) || ns == rootNamespace;

    private bool IsAtomElement(string ns) => IsAtom(ns) || ns == rootNamespace;

    private static bool IsMediaElement(string ns) => IsMedia(ns);

    private static IEnumerable<XElement> Children(XElement parent, Func<string, bool> inNamespace, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase) && inNamespace(e.Name.NamespaceName));

    private static IEnumerable<XElement> Children(XElement parent, string ns, string localName) =>
        Children(parent, n => n == ns, localName);

    private static XElement? Child(XElement parent, Func<string, bool> inNamespace, string localName) =>
        Children(parent, inNamespace, localName).FirstOrDefault();

    private static XElement? Child(XElement parent, string ns, string localName) => Children(parent, ns, localName).FirstOrDefault();

    private static XElement? AnyChild(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    private string? PlainChild(XElement parent, string localName) => RssPlain(AnyChild(parent, localName));

    private static string? Text(XElement? element) => element is null ? null : NullIfEmpty(element.Value.Trim());

    private static string? FirstText(IEnumerable<XElement> elements) => elements.Select(Text).FirstOrDefault(t => t is not null);

    private static DateTimeOffset? Date(XElement? element) => element is null ? null : FeedDateParser.Parse(element.Value);

    private static string? Language(XElement element, string? declared)
    {
        var language = declared ?? element.AncestorsAndSelf().Select(e => e.Attribute(XmlLang)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return NullIfEmpty(language?.Trim());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
