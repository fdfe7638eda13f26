namespace Ingestion.Feeds;

/// <summary>Turns configured feed locations (URLs or paths) and entry links into absolute URIs.</summary>
public static class FeedLocations
{
    /// <summary>
    /// An http(s) or file URL as it is; a path as a file URL, a relative one resolved against the current folder
    /// when it exists there, else against <paramref name="applicationFolder"/> (where the bundled samples are copied).
    /// </summary>
    public static Uri Resolve(string configured, string applicationFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configured);
        if (Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file")
        {
            return uri;
        }

        var path = Path.IsPathRooted(configured) ? configured : Path.Combine(Directory.GetCurrentDirectory(), configured);
        if (!Path.Exists(path) && !Path.IsPathRooted(configured))
        {
            path = Path.Combine(applicationFolder, configured);
        }

        return new Uri(Path.GetFullPath(path));
    }

    /// <summary>An entry's link made absolute against the feed's own address; null when it is not a usable URL.</summary>
    public static Uri? ResolveLink(string? link, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        if (!Uri.TryCreate(feedUrl, link.Trim(), out var resolved))
        {
            return null;
        }

        // A remote feed must not point the worker at local files; a local feed may point at its own pages.
        return resolved.Scheme switch
        {
            "http" or "https" => resolved,
            "file" when feedUrl.IsFile => resolved,
            _ => null,
        };
    }

    /// <summary>
    /// The form of a link used for identity: fragment dropped, host lower-cased, tracking parameters (utm_*,
    /// fbclid, gclid, ...) removed, so the same article shared with different campaign tags is one article.
    /// </summary>
    public static string Canonical(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile)
        {
            return url.AbsoluteUri;
        }

        var query = url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTrackingParameter(p.Split('=')[0]))
            .ToList();
        var builder = new UriBuilder(url) { Fragment = "", Query = string.Join('&', query), Host = url.Host.ToLowerInvariant() };
        return builder.Uri.AbsoluteUri;
    }

    private static bool IsTrackingParameter(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name is "fbclid" or "gclid" or "dclid" or "msclkid" or "mc_cid" or "mc_eid" or "igshid" or "ref_src" or "cmpid" or "ncid" or "ocid";
}
