using System.Text;

namespace Ingestion.Extraction;

/// <summary>
/// Bounds the nesting of raw HTML before it is parsed. The HTML tree builder checks the stack of open elements
/// for every start tag, so a page of tens of thousands of unclosed elements takes time quadratic in its depth.
/// One linear scan estimates the depth and drops start tags beyond the limit (their text stays).
/// </summary>
internal static class RawNesting
{
    // Elements that never hold content, and ones a following sibling closes implicitly (they do not deepen a page).
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "html", "head", "body", "tbody", "thead", "tfoot",
    };

    // Elements whose content is raw text: a '<' inside them is not a tag.
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes",
    };

    // Tag names are looked up as spans of the page: a page has thousands of tags, and a string per tag was most
    // of this scan's allocation.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonNestingByName = NonNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextByName = RawTextElements.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Limit(string html, int maxDepth)
    {
        // Cheap exit: a page cannot be deeper than its number of '<'.
        if (html.AsSpan().Count('<') <= maxDepth)
        {
            return html;
        }

        StringBuilder? output = null;
        var copiedUpTo = 0;
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!')
            {
                // Comment or doctype: skip to its end.
                var end = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                if (!NonNestingByName.Contains(name) && depth > 0)
                {
                    depth--;
                }

                i = tagEnd + 1;
                continue;
            }

            if (RawTextByName.Contains(name))
            {
                var close = html.IndexOf(string.Concat("</", name), tagEnd + 1, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            var selfClosing = html[tagEnd - 1] == '/';
            if (!selfClosing && !NonNestingByName.Contains(name))
            {
                if (depth >= maxDepth)
                {
                    output ??= new StringBuilder(html.Length);
                    output.Append(html, copiedUpTo, lt - copiedUpTo);
                    copiedUpTo = tagEnd + 1;
                }
                else
                {
                    depth++;
                }
            }

            i = tagEnd + 1;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }
}
