using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>
/// Readability's byline from the page body: the first visible element, in document order, marked rel="author",
/// itemprop="author", or with a class/id naming a byline, whose text is under 100 characters (its itemprop="name"
/// part if it has one). Elements Readability discards before looking (hidden ones, menus, sidebars, footers ...)
/// are skipped with their content. The text is kept as written ("By Jane Doe"), as reader views show it.
/// </summary>
internal static partial class ReadabilityByline
{
    [GeneratedRegex("byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineName();

    [GeneratedRegex("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnlikelyCandidate();

    [GeneratedRegex("and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.Ordinal)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    };

    /// <summary>
    /// Readability's byline, or failing that the first byline-marked element anywhere (Readability skips bylines
    /// inside headers and other "unlikely" blocks, where many themes put them).
    /// </summary>
    public static string? Find(IDocument document) => Find(document, skipUnlikely: true) ?? Find(document, skipUnlikely: false);

    private static string? Find(IDocument document, bool skipUnlikely)
    {
        if (document.DocumentElement is not { } root)
        {
            return null;
        }

        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (!IsProbablyVisible(element)
                || (element.GetAttribute("aria-modal") == "true" && element.GetAttribute("role") == "dialog"))
            {
                continue;
            }

            var matchString = element.GetAttribute("class") + " " + element.Id;
            var itemprop = element.GetAttribute("itemprop");
            if ((element.GetAttribute("rel") == "author" || (itemprop?.Contains("author", StringComparison.Ordinal) ?? false) || BylineName().IsMatch(matchString))
                && IsValidByline(element.TextContent))
            {
                var nameElement = element.QuerySelectorAll("[itemprop]").FirstOrDefault(e => e.GetAttribute("itemprop")!.Contains("name", StringComparison.Ordinal));
                return (nameElement ?? element).TextContent.Trim();
            }

            if (skipUnlikely && IsUnlikely(element, matchString))
            {
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        return null;
    }

    private static bool IsValidByline(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and < 100;
    }

    private static bool IsUnlikely(IElement element, string matchString)
    {
        var tag = element.LocalName;
        if (tag is "body" or "a" or "html")
        {
            return false;
        }

        if (UnlikelyCandidate().IsMatch(matchString) && !MaybeCandidate().IsMatch(matchString)
            && element.Closest("table") is null && element.Closest("code") is null)
        {
            return true;
        }

        return element.GetAttribute("role") is { } role && UnlikelyRoles.Contains(role);
    }

    private static bool IsProbablyVisible(IElement element)
    {
        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return false;
        }

        return element.GetAttribute("aria-hidden") != "true"
            || (element.GetAttribute("class")?.Contains("fallback-image", StringComparison.Ordinal) ?? false);
    }
}
