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

    // Pop-up cards, tooltips and modals (Lexicons/furniture-card-class-names.txt): furniture as blocks only.
    private static readonly Regex CardName = ExtractionLexicon.Alternation("furniture-card-class-names", @"(?:^|[-_\s])", @"(?:$|[-_\s])");

    // Names that mark the article itself: never remove these even when a furniture word appears too
    // (Lexicons/content-class-names.txt).
    private static readonly Regex ContentName = ExtractionLexicon.Alternation("content-class-names", @"(?:^|[-_\s])", @"(?:$|[-_\s])");

    [GeneratedRegex(@"(?:no|has|with|without)[-_]?captions?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionFlag();

    private static readonly string[] FurnitureTags = ["figcaption", "nav", "aside"];

    // Phrasing elements: a class name on one of these inside running text names a link's or a word's style
    // (a glossary pop-up, a highlighted term), not a block of furniture.
    private static readonly HashSet<string> InlineTags = ["a", "span", "abbr", "b", "strong", "i", "em", "mark", "dfn", "cite", "q"];

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

        doomed.AddRange(CallToActionBoxes(body));
        foreach (var element in doomed)
        {
            // An ancestor may already be gone; removing a detached element is harmless.
            element.Remove();
        }
    }

    /// <summary>
    /// Removes the call-to-action boxes alone, from the page Readability is to read: Readability drops buttons
    /// before it hands its content over, and a box without its button no longer says what it is.
    /// </summary>
    public static void RemoveCallToActionBoxes(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var box in CallToActionBoxes(body))
        {
            box.Remove();
        }
    }

    // Labels of a box's own button (Lexicons/box-button-labels.txt), as the whole label.
    private static readonly Regex BoxButtonLabel = ExtractionLexicon.Alternation("box-button-labels", @"^\W*(?:", @")[\s›»→>!.:]*$");

    /// <summary>A sign-up or donation box is a few short lines: more text than this is a part of the story.</summary>
    private const int MaxCallToActionBoxChars = 300;

    private const int MaxCallToActionLabelChars = 40;

    /// <summary>How far above its button a box's element is looked for.</summary>
    private const int MaxButtonDepthInBox = 3;

    /// <summary>
    /// Small boxes that end in a call to action: a newsletter, donation, app or follow box whose heading and
    /// description need not say what they are ("Commute Notes / Five minutes on buses, every Tuesday. / [Sign me up]").
    /// The button must be a line of its own (a "sign up" link inside a sentence is story text), the box the nearest
    /// block container above it, short, holding more than the button, and with enough text around it to be inside
    /// a body rather than the whole of a short page.
    /// </summary>
    private static IEnumerable<IElement> CallToActionBoxes(IElement body)
    {
        var boxes = new List<IElement>();
        // Each box is judged once, however many buttons it holds (its text is read in full for the judgement).
        var judged = new HashSet<IElement>();
        foreach (var button in body.QuerySelectorAll("a, button"))
        {
            var label = button.TextContent;
            if (label.Length > MaxCallToActionLabelChars || !BoxButtonLabel.IsMatch(label.Trim()) || !StandsAlone(button))
            {
                continue;
            }

            var box = NearestBox(button);
            if (box is null || !judged.Add(box) || box.Closest("p") is not null)
            {
                continue;
            }

            var text = box.TextContent.Trim();
            if (text.Length <= MaxCallToActionBoxChars && text.Length > label.Trim().Length + 10 && !HoldsStoryParagraph(box) && HasTitleLine(box, label.Trim())
                && box.ParentElement is { } parent && parent.TextContent.Length > text.Length * 2 && !IsContent(box))
            {
                boxes.Add(box);
            }
        }

        return boxes;
    }

    /// <summary>A box's lines are a heading and a line of description; a paragraph this long is story text a wrapper holds.</summary>
    private const int MaxCallToActionLineChars = 160;

    /// <summary>A box's title ("Commute Notes", "Before you go...") is a short line that ends no sentence.</summary>
    private const int MaxBoxTitleChars = 60;

    /// <summary>
    /// A box has a title line besides its button: a wrapper that holds a story paragraph and a "Register" link
    /// under it has none, so the paragraph stays.
    /// </summary>
    private static bool HasTitleLine(IElement box, string label) =>
        box.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, strong, b, span").Any(line =>
            line.TextContent.Trim() is { Length: >= 3 and <= MaxBoxTitleChars } title && title != label && title[^1] != '.'
            && line.QuerySelector("a, button") is null);

    private static bool HoldsStoryParagraph(IElement box) =>
        box.QuerySelectorAll("p, li").Any(line => line.TextContent.Trim().Length > MaxCallToActionLineChars);

    /// <summary>The button is all the text of its line: of its paragraph, or of the box it sits in directly.</summary>
    private static bool StandsAlone(IElement button)
    {
        var line = button.ParentElement;
        while (line is not null && InlineTags.Contains(line.LocalName))
        {
            line = line.ParentElement;
        }

        if (line is null || line.LocalName is "body" or "article" or "main")
        {
            return false;
        }

        if (line.LocalName is "p" or "li" or "span" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return line.TextContent.Trim() == button.TextContent.Trim();
        }

        // A button set straight in the box: none of the box's own text runs into it.
        return !line.ChildNodes.OfType<IText>().Any(node => !string.IsNullOrWhiteSpace(node.Data));
    }

    private static IElement? NearestBox(IElement button)
    {
        var element = button.ParentElement;
        for (var depth = 0; element is not null && depth < MaxButtonDepthInBox; depth++, element = element.ParentElement)
        {
            if (element.LocalName is "body" or "article" or "main")
            {
                return null;
            }

            if (element.LocalName is "div" or "section" or "aside" or "form" or "figure")
            {
                return element;
            }
        }

        return null;
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
        if (names.Length <= 1)
        {
            return false;
        }

        if (InlineTags.Contains(tag))
        {
            // Only a furniture name makes the sentence test worth its walk over the siblings.
            return IsFurnitureName(names) && !IsInsideRunningText(element);
        }

        return IsFurnitureName(names) || CardName.IsMatch(names);
    }

    // "caption" is furniture even inside a camel-case name ("newsCaption", "imgCaption").
    private static bool IsFurnitureName(string names) =>
        FurnitureName.IsMatch(names) || names.Contains("caption", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the element stands inside a sentence of its block: words on one side, and words or a sentence's
    /// punctuation (a quote mark, a comma, a full stop) on the other ("I am a [rather elderly] man",
    /// "\"[With submission, sir,]\" said Turkey"); or the element ends a sentence the words before it began
    /// ("at the entrance of his [hermitage.]"), or begins one the words after it go on with ("[He] begins to").
    /// A link after a finished sentence ("... fell. [Read more]") is not inside one, nor is a link between
    /// separators ("Share: [Facebook] | [X]"), so both stay candidates.
    /// </summary>
    private static bool IsInsideRunningText(IElement element)
    {
        var (before, lastBefore) = TextBeside(element, node => node.PreviousSibling, last: true);
        var (after, firstAfter) = TextBeside(element, node => node.NextSibling, last: false);
        if ((before == Beside.Words && after != Beside.Nothing) || (after == Beside.Words && before != Beside.Nothing))
        {
            return true;
        }

        var own = element.TextContent.Trim();
        if (own.Length == 0)
        {
            return false;
        }

        return (before == Beside.Words && (char.IsLetterOrDigit(lastBefore) || lastBefore == ',') && SentenceEnd.Contains(own[^1]))
            || (after == Beside.Words && char.IsLower(firstAfter) && char.IsUpper(own[0]));
    }

    private enum Beside
    {
        Nothing,
        Punctuation,
        Words,
    }

    /// <summary>What stands beside the element within its block, and the character next to it.</summary>
    private static (Beside Kind, char Edge) TextBeside(IElement element, Func<INode, INode?> step, bool last)
    {
        for (var node = step(element); node is not null; node = step(node))
        {
            if (node is IElement sibling && !InlineTags.Contains(sibling.LocalName))
            {
                return (Beside.Nothing, ' ');
            }

            var text = node.TextContent.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // The character next to the element: a sentence's punctuation, or a separator ("|", "•").
            var edge = last ? text[^1] : text[0];
            if (text.Any(char.IsLetterOrDigit))
            {
                return (Beside.Words, edge);
            }

            return (SentencePunctuation.Contains(edge) ? Beside.Punctuation : Beside.Nothing, edge);
        }

        return (Beside.Nothing, ' ');
    }

    private const string SentenceEnd = ".!?\"\u201D";

    private const string SentencePunctuation = "\"'\u201C\u201D\u2018\u2019,.;:!?()";

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
