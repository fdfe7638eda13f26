namespace Ingestion.Feeds.Parsing;

/// <summary>The namespaces feeds use, and the prefixes they conventionally take.</summary>
internal static class FeedNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Feedburner = "http://rssnamespace.org/feedburner/ext/1.0";

    /// <summary>Namespaces that pre-standard Atom drafts (0.1 to 0.3, "Echo", "Pie") used.</summary>
    private static readonly HashSet<string> AtomDrafts = new(StringComparer.Ordinal)
    {
        Atom03, "http://purl.org/atom/ns#draft-ietf-atompub-format-07", "http://purl.org/atom/ns#draft-ietf-atompub-format-08",
        "http://purl.org/atom/ns#draft-ietf-atompub-format-09", "http://purl.org/atom/ns#draft-ietf-atompub-format-10",
        "http://purl.org/echo/", "http://purl.org/pie/", "http://example.com/necho", "http://example.com/newformat#",
        "uri/of/echo/namespace#",
    };

    /// <summary>RSS 2.0 is unnamespaced, but a few generators declared one of these.</summary>
    private static readonly HashSet<string> RssCore = new(StringComparer.Ordinal)
    {
        string.Empty, Rss10, Rss090, "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss",
        "http://purl.org/net/rss1.1#", "http://channel.netscape.com/rdf/simple/0.9/",
    };

    public static bool IsAtom(string ns) => ns == Atom10 || AtomDrafts.Contains(ns);

    public static bool IsRssCore(string ns) => RssCore.Contains(ns);

    public static bool IsMedia(string ns) => ns.StartsWith("http://search.yahoo.com/mrss", StringComparison.Ordinal);

    /// <summary>The namespace a well-known prefix stands for, for feeds that use the prefix without declaring it.</summary>
    public static string? WellKnownPrefix(string prefix) => prefix switch
    {
        "dc" => Dc,
        "dcterms" => DcTerms,
        "content" => Content,
        "itunes" => Itunes,
        "media" => Media,
        "atom" or "atom10" => Atom10,
        "rdf" => Rdf,
        "xhtml" => Xhtml,
        "feedburner" => Feedburner,
        _ => null,
    };
}
