using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>
/// Removes page furniture before the main-content search: elements whose tag or class/id names them as
/// captions, credits, share bars, related links, newsletter prompts, comment sections, bylines, datelines,
/// breadcrumbs or ads. Readability keeps such elements when they sit inside the article container; a
/// human-checked article body does not. An element that holds a lot of paragraph text is never removed, so a
/// content wrapper with an unlucky class name ("post-with-share-bar") survives.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>More text than this in an element means it is (or wraps) content, whatever its class says.</summary>
    private const int MaxFurnitureChars = 1200;

    private const int MaxFurnitureParagraphs = 3;

    // Class/id parts: the name split at '-', '_' and spaces, so "media-caption__text" has the part "caption"
    // (Lexicons/furniture-class-names.txt).
    private static readonly Regex FurnitureName = ExtractionLexicon.Alternation("furniture-class-names", @"(?:^|[-_\s])", @"(?:$|[-_\s])");

    // Names that mark the article itself: never remove these even when a furniture word appears too
    // (Lexicons/content-class-names.txt).
    private static readonly Regex ContentName = ExtractionLexicon.Alternation("content-class-names", @"(?:^|[-_\s])", @"(?:$|[-_\s])");

    [GeneratedRegex(@"(?:no|has|with|without)[-_]?captions?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionFlag();

    private static readonly string[] FurnitureTags = ["figcaption", "nav", "aside"];

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        var doomed = new List<IElement>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (IsFurniture(element) && !IsContent(element))
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            // An ancestor may already be gone; removing a detached element is harmless.
            element.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "body" or "html" or "main" or "article")
        {
            return false;
        }

        if (FurnitureTags.Contains(tag) || IsPictureCredit(element))
        {
            return true;
        }

        // "has-caption", "no_caption", "with-caption" describe a wrapper that may hold content, not a caption.
        var names = CaptionFlag().Replace(element.GetAttribute("class") + " " + element.Id, " ");
        // "caption" is furniture even inside a camel-case name ("newsCaption", "imgCaption").
        return names.Length > 1 && (FurnitureName.IsMatch(names) || names.Contains("caption", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A credit cited under a picture ("&lt;figure&gt;&lt;img&gt;&lt;cite&gt;Borough Archive&lt;/cite&gt;&lt;/figure&gt;"): a cite or
    /// small element in a figure, outside any quote (a pull quote's cite names the speaker, which stays with it).
    /// </summary>
    private static bool IsPictureCredit(IElement element) =>
        element.LocalName is "cite" or "small"
        && element.Closest("figure") is { } figure
        && figure.QuerySelector("img, picture") is not null
        && element.Closest("blockquote") is null;

    private static bool IsContent(IElement element)
    {
        var names = element.GetAttribute("class") + " " + element.Id;
        if (ContentName.IsMatch(names) || element.GetAttribute("itemprop") is "articleBody")
        {
            return true;
        }

        if (element.TextContent.Length > MaxFurnitureChars)
        {
            return true;
        }

        var paragraphs = 0;
        foreach (var p in element.GetElementsByTagName("p"))
        {
            if (p.TextContent.Length > 100 && ++paragraphs > MaxFurnitureParagraphs)
            {
                return true;
            }
        }

        return false;
    }
}
