using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>Makes hostile pages safe for the recursive steps of extraction.</summary>
internal static class DomLimits
{
    /// <summary>
    /// Drops scripts, styles and templates (never article text, often most of a page's bytes) and replaces every
    /// element nested deeper than <paramref name="maxDepth"/> with its text. Iterative, so depth cannot overflow.
    /// </summary>
    public static void Sanitize(IDocument document, int maxDepth)
    {
        foreach (var element in document.QuerySelectorAll("script, style, template").ToList())
        {
            element.Remove();
        }

        if (document.DocumentElement is not { } root)
        {
            return;
        }

        TruncateLongTexts(root);
        var tooDeep = new List<IElement>();
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth >= maxDepth)
            {
                tooDeep.Add(element);
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push((child, depth + 1));
            }
        }

        foreach (var element in tooDeep)
        {
            var text = TextOf(element);
            var replacement = document.CreateElement("span");
            replacement.TextContent = text;
            element.Replace(replacement);
        }
    }

    /// <summary>No real paragraph is this long; longer text nodes (dumps, minified data) are cut so that
    /// the scoring passes, which read every element's text several times, stay fast.</summary>
    public const int MaxTextNodeChars = 100_000;

    private static void TruncateLongTexts(INode root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                if (text.Data.Length > MaxTextNodeChars)
                {
                    text.Data = text.Data[..MaxTextNodeChars];
                }

                continue;
            }

            for (var child = current.FirstChild; child is not null; child = child.NextSibling)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The concatenated text under a node, gathered without recursion.</summary>
    public static string TextOf(INode node)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                sb.Append(text.Data);
                continue;
            }

            for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        return sb.ToString();
    }
}
