using System.Xml.Linq;

namespace Ingestion.Feeds.Parsing;

/// <summary>Relative references in feeds: xml:base scoping and resolution.</summary>
internal static class FeedUrls
{
    private static readonly XName XmlBase = XNamespace.Xml + "base";

    /// <summary>
    /// <paramref name="reference"/> made absolute against the base; unchanged when already absolute, and left relative
    /// when there is no base (the caller, who knows where the feed came from, resolves it). Null for an empty reference.
    /// </summary>
    public static string? Resolve(string? reference, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var trimmed = reference.Trim();
        if (IsAbsolute(trimmed))
        {
            return trimmed;
        }

        if (baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var resolved))
        {
            return resolved.AbsoluteUri;
        }

        return trimmed;
    }

    /// <summary>
    /// The base URI in force at an element: xml:base attributes from the root down, each resolved against the one
    /// above it, starting from <paramref name="documentBase"/>.
    /// </summary>
    public static Uri? BaseOf(XElement element, Uri? documentBase)
    {
        var chain = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Attribute(XmlBase)?.Value is { } value && !string.IsNullOrWhiteSpace(value))
            {
                chain.Add(value.Trim());
            }
        }

        var current = documentBase;
        for (var k = chain.Count - 1; k >= 0; k--)
        {
            if (Uri.TryCreate(chain[k], UriKind.Absolute, out var absolute) && IsWebScheme(absolute))
            {
                current = absolute;
            }
            else if (current is not null && Uri.TryCreate(current, chain[k], out var relative))
            {
                current = relative;
            }
        }

        return current;
    }

    public static Uri? AsBase(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && IsWebScheme(uri) ? uri : null;

    private static bool IsAbsolute(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) && (uri.Scheme.Length > 1) && !reference.StartsWith('/');

    private static bool IsWebScheme(Uri uri) => uri.Scheme is "http" or "https" or "ftp" or "file";
}
