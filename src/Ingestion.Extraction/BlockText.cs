using System.Text;
using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>One paragraph of visible text and the block element it came from.</summary>
internal sealed record TextBlock(string Text, string Tag, int LinkChars, IElement? Element)
{
    /// <summary>Share of the text that sits inside links (0..1).</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);
}

/// <summary>
/// Turns a DOM subtree into paragraphs: one per block element (p, h1..h6, li, blockquote, dt/dd, table row ...),
/// one per line of a pre, one per run of text split by br; whitespace collapsed, empty ones dropped.
/// The walk is iterative so that deeply nested pages cannot overflow the stack.
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "caption", "figure", "figcaption", "address", "hr", "form", "fieldset",
        "details", "summary", "center", "body", "html", "dialog", "menu", "option", "legend", "picture", "video",
        "audio", "iframe", "canvas",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "button",
        "input", "select", "textarea", "object", "embed", "iframe", "canvas", "audio", "video",
    };

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public static List<TextBlock> Paragraphs(INode root)
    {
        var blocks = new List<TextBlock>();
        var buffer = new StringBuilder();
        var linkChars = 0;
        IElement? owner = root as IElement;
        var ownerTag = owner?.LocalName ?? "p";

        void Flush()
        {
            var text = Collapse(buffer.ToString());
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock(text, ownerTag, Math.Min(linkChars, text.Length), owner));
            }

            buffer.Clear();
            linkChars = 0;
        }

        // Explicit stack of (node, entering) pairs: leaving a block element flushes its text.
        var stack = new Stack<(INode Node, bool Enter, IElement? PreviousOwner, int LinkDepth)>();
        stack.Push((root, true, owner, 0));
        while (stack.Count > 0)
        {
            var (node, enter, previousOwner, linkDepth) = stack.Pop();
            if (node is IText textNode)
            {
                var data = textNode.Data;
                var insidePre = owner is not null && owner.LocalName == "pre";
                if (insidePre)
                {
                    AppendPreformatted(data);
                }
                else
                {
                    buffer.Append(data);
                    if (linkDepth > 0)
                    {
                        linkChars += CollapsedLength(data);
                    }
                }

                continue;
            }

            if (node is not IElement element)
            {
                if (node is IDocument or IDocumentFragment)
                {
                    PushChildren(node, linkDepth);
                }

                continue;
            }

            var tag = element.LocalName;
            if (!enter)
            {
                Flush();
                owner = previousOwner;
                ownerTag = owner?.LocalName ?? "p";
                continue;
            }

            if (SkippedTags.Contains(tag) || IsHidden(element))
            {
                continue;
            }

            if (tag == "br")
            {
                if (owner is not null && owner.LocalName == "pre")
                {
                    AppendPreformatted("\n");
                }
                else
                {
                    Flush();
                }

                continue;
            }

            if (BlockTags.Contains(tag))
            {
                Flush();
                stack.Push((element, false, owner, linkDepth));
                owner = element;
                ownerTag = tag;
                PushChildren(element, linkDepth);
                continue;
            }

            if (tag is "td" or "th")
            {
                // A table row reads as one line: its cells are words of one paragraph, not paragraphs.
                buffer.Append(' ');
            }

            if (tag is "img" && element.GetAttribute("alt") is { Length: > 0 })
            {
                // Alt text is not body text: leave it out, like a browser's reader view does.
                continue;
            }

            PushChildren(element, tag == "a" ? linkDepth + 1 : linkDepth);
        }

        Flush();
        return blocks;

        void PushChildren(INode parent, int depth)
        {
            for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, true, null, depth));
            }
        }

        void AppendPreformatted(string data)
        {
            // Each line of preformatted text is a paragraph of its own.
            var lines = data.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    Flush();
                }

                buffer.Append(lines[i]);
            }
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Collapses every run of whitespace (NBSP and other Unicode spaces too) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00AD' or '\uFEFF')
            {
                if (c is '\u200B' or '\u00AD' or '\uFEFF')
                {
                    continue;
                }

                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static int CollapsedLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else
            {
                length++;
                inSpace = false;
            }
        }

        return length;
    }
}
