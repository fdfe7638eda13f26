using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Ingestion.Feeds.Parsing;

/// <summary>
/// The HTML side of feed parsing: sanitising summary and content markup, turning markup into plain text for
/// titles, and serialising inline XHTML. One instance per parse (AngleSharp's parser is not shared across threads).
/// </summary>
internal sealed partial class FeedMarkup
{
    /// <summary>Elements removed with everything inside them: active content, embedded documents, page furniture.</summary>
    private static readonly HashSet<string> DroppedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "base", "link", "meta", "head", "title", "svg", "math", "input", "button", "select", "textarea", "param",
        "noframes", "noembed", "xmp", "plaintext", "portal",
    };

    /// <summary>Elements replaced by their children: harmless text, dangerous or meaningless wrapper.</summary>
    private static readonly HashSet<string> UnwrappedElements = new(StringComparer.Ordinal) { "form", "html", "body", "blink", "marquee" };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "action", "formaction", "background", "cite", "longdesc", "poster", "data", "usemap", "dynsrc", "lowsrc", "xlink:href",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements whose end tag HTML lets authors leave out.</summary>
    private static readonly HashSet<string> OptionalEndElements = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "caption",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "dl", "figure", "figcaption",
    };

    /// <summary>
    /// Nesting beyond this is not content (real feed markup stays far below it); it is flattened to text. It also
    /// bounds the work: an HTML parser pays for the depth on every tag.
    /// </summary>
    internal const int MaxDepth = 128;

    private readonly HtmlParser parser = new();
    private IElement? fragmentContext;

    private IElement FragmentContext => fragmentContext ??= parser.ParseDocument(string.Empty).Body!;

    /// <summary>Sanitised markup: active content and event handlers removed, script URLs dropped, relative URLs made absolute.</summary>
    public string Sanitize(string html, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return html.Trim();
        }

        if (LooksTooDeep(html))
        {
            // Thousands of nested elements are an attack on whoever renders them (and slow any HTML parser to a
            // crawl): keep the words only.
            return EscapeText(CollapseWhitespace(WebUtility.HtmlDecode(TagToken().Replace(html, " "))));
        }

        var nodes = parser.ParseFragment(EscapeBogusDeclarations(html), FragmentContext).ToArray();
        if (DeeperThan(nodes, MaxDepth))
        {
            return EscapeText(CollapseWhitespace(FlatText(nodes)));
        }

        var fragmentRoot = nodes.FirstOrDefault()?.Parent;
        var kept = new List<INode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (Clean(node, baseUri))
            {
                kept.Add(node);
            }
        }

        // Unwrapping may have moved children up into the fragment's own root: serialise what is there now.
        var sb = new StringBuilder(html.Length);
        foreach (var node in fragmentRoot?.ChildNodes.ToArray() ?? kept.ToArray())
        {
            sb.Append(node.ToHtml(HtmlMarkupFormatter.Instance));
        }

        return sb.ToString().Trim();
    }

    /// <summary>The text a reader sees in a piece of markup, whitespace collapsed, entities decoded.</summary>
    public string ToText(string html)
    {
        if (html.IndexOfAny(['<', '&']) < 0)
        {
            return CollapseWhitespace(html);
        }

        if (LooksTooDeep(html))
        {
            return CollapseWhitespace(WebUtility.HtmlDecode(TagToken().Replace(html, " ")));
        }

        var nodes = parser.ParseFragment(EscapeBogusDeclarations(html), FragmentContext).ToArray();
        if (DeeperThan(nodes, MaxDepth))
        {
            return CollapseWhitespace(FlatText(nodes));
        }

        var sb = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            AppendText(node, sb);
        }

        return CollapseWhitespace(sb.ToString());
    }

    /// <summary>
    /// A linear pre-check of the source: whether open tags run more than <see cref="MaxDepth"/> ahead of end tags,
    /// counting only elements that need an end tag (an unclosed &lt;p&gt; or &lt;li&gt; nests nothing).
    /// </summary>
    private static bool LooksTooDeep(string html)
    {
        if (html.Length < MaxDepth * 3)
        {
            return false;
        }

        var depth = 0;
        foreach (Match tag in TagToken().Matches(html))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (VoidElements.Contains(name) || OptionalEndElements.Contains(name) || tag.Groups[3].Length > 0)
            {
                continue;
            }

            depth = tag.Groups[1].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any node lies more than <paramref name="limit"/> levels down (checked without recursion).</summary>
    private static bool DeeperThan(IEnumerable<INode> roots, int limit)
    {
        var stack = new Stack<(INode Node, int Depth)>(roots.Select(n => (n, 1)));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > limit)
            {
                return true;
            }

            foreach (var child in node.ChildNodes)
            {
                stack.Push((child, depth + 1));
            }
        }

        return false;
    }

    /// <summary>The text of a tree in document order, without recursion, script and style left out.</summary>
    private static string FlatText(IEnumerable<INode> roots)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>(roots.Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data);
            }
            else if (node is not IElement { LocalName: "script" or "style" })
            {
                for (var k = node.ChildNodes.Length - 1; k >= 0; k--)
                {
                    stack.Push(node.ChildNodes[k]);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Plain text as markup: only the characters HTML gives meaning to are escaped.</summary>
    public static string EscapeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string CollapseWhitespace(string text) => WhitespaceRun().Replace(text, " ").Trim();

    /// <summary>
    /// Whether RSS text that was declared (or assumed) plain is really escaped HTML: it has an end tag or an
    /// entity reference, and every tag in it is an HTML element. "1 &lt; 2" is text, "&lt;b&gt;x&lt;/b&gt;" is HTML.
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        if (!EndTag().IsMatch(text) && !EntityReference().IsMatch(text))
        {
            return false;
        }

        foreach (Match tag in AnyTag().Matches(text))
        {
            if (!KnownHtmlElements.Contains(tag.Groups[1].Value.ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Serialises an element's children as markup. With <paramref name="textIsMarkup"/>, text nodes are HTML
    /// source (RSS descriptions, Atom type="html" content wrapped in a div by TypePad); otherwise they are text
    /// and get escaped (inline XHTML).
    /// </summary>
    public static string SerializeChildren(XElement container, bool textIsMarkup)
    {
        var sb = new StringBuilder();
        foreach (var node in container.Nodes())
        {
            Serialize(node, textIsMarkup, sb);
        }

        return sb.ToString();
    }

    private static void Serialize(XNode node, bool textIsMarkup, StringBuilder sb)
    {
        switch (node)
        {
            case XText text:
                sb.Append(textIsMarkup ? text.Value : EscapeText(text.Value));
                break;
            case XElement element:
                var name = element.Name.LocalName;
                sb.Append('<').Append(name);
                foreach (var attribute in element.Attributes())
                {
                    if (attribute.IsNamespaceDeclaration)
                    {
                        continue;
                    }

                    var attributeName = attribute.Name.Namespace == XNamespace.Xml ? "xml:" + attribute.Name.LocalName : attribute.Name.LocalName;
                    sb.Append(' ').Append(attributeName).Append("=\"")
                        .Append(attribute.Value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal))
                        .Append('"');
                }

                if (!element.Nodes().Any() && VoidElements.Contains(name.ToLowerInvariant()))
                {
                    sb.Append(" />");
                    break;
                }

                sb.Append('>');
                foreach (var child in element.Nodes())
                {
                    Serialize(child, textIsMarkup, sb);
                }

                sb.Append("</").Append(name).Append('>');
                break;
        }
    }

    private static bool Clean(INode node, Uri? baseUri)
    {
        switch (node)
        {
            case IComment or IDocumentType or IProcessingInstruction:
                node.Parent?.RemoveChild(node);
                return false;
            case IElement element:
                var tag = element.LocalName.ToLowerInvariant();
                if (DroppedElements.Contains(tag))
                {
                    element.Parent?.RemoveChild(element);
                    return false;
                }

                CleanAttributes(element, baseUri);
                foreach (var child in element.ChildNodes.ToArray())
                {
                    Clean(child, baseUri);
                }

                if (UnwrappedElements.Contains(tag) && element.Parent is { } parent)
                {
                    foreach (var child in element.ChildNodes.ToArray())
                    {
                        parent.InsertBefore(child, element);
                    }

                    parent.RemoveChild(element);
                    return false;
                }

                return !UnwrappedElements.Contains(tag) || element.Parent is not null;
            default:
                return true;
        }
    }

    private static void CleanAttributes(IElement element, Uri? baseUri)
    {
        foreach (var attribute in element.Attributes.ToArray())
        {
            var name = attribute.Name.ToLowerInvariant();
            if (name.StartsWith("on", StringComparison.Ordinal) || name.StartsWith("xmlns", StringComparison.Ordinal) || name == "srcdoc")
            {
                element.RemoveAttribute(attribute.Name);
            }
            else if (name == "style" && DangerousStyle().IsMatch(attribute.Value))
            {
                element.RemoveAttribute(attribute.Name);
            }
            else if (name == "srcset" && ScriptScheme().IsMatch(attribute.Value))
            {
                element.RemoveAttribute(attribute.Name);
            }
            else if (UrlAttributes.Contains(name))
            {
                var value = attribute.Value.Trim();
                if (IsDangerousUrl(value, element.LocalName, name))
                {
                    element.RemoveAttribute(attribute.Name);
                }
                else if (baseUri is not null && FeedUrls.Resolve(value, baseUri) is { } absolute && absolute != value)
                {
                    element.SetAttribute(attribute.Name, absolute);
                }
            }
        }
    }

    private static bool IsDangerousUrl(string value, string tag, string attribute)
    {
        // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
        var compact = ControlOrSpace().Replace(WebUtility.HtmlDecode(value), string.Empty).ToLowerInvariant();
        if (compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("livescript:", StringComparison.Ordinal))
        {
            return true;
        }

        // Inline images are common in feeds; other data: URLs can carry documents and scripts.
        return compact.StartsWith("data:", StringComparison.Ordinal)
            && !(tag.Equals("img", StringComparison.OrdinalIgnoreCase) && attribute == "src" && compact.StartsWith("data:image/", StringComparison.Ordinal)
                 && !compact.StartsWith("data:image/svg", StringComparison.Ordinal));
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element:
                var tag = element.LocalName.ToLowerInvariant();
                if (tag is "script" or "style" or "template" or "noscript")
                {
                    return;
                }

                var block = BlockElements.Contains(tag);
                if (block)
                {
                    sb.Append(' ');
                }

                foreach (var child in element.ChildNodes)
                {
                    AppendText(child, sb);
                }

                if (block)
                {
                    sb.Append(' ');
                }

                break;
        }
    }

    /// <summary>
    /// "&lt;!" that starts no comment, CDATA or doctype is text to a feed author ("&lt;!' &lt;a...") but a bogus
    /// comment to an HTML parser, which would swallow what follows.
    /// </summary>
    private static string EscapeBogusDeclarations(string html) =>
        html.Contains("<!", StringComparison.Ordinal) ? BogusDeclaration().Replace(html, "&lt;!") : html;

    private static readonly HashSet<string> KnownHtmlElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blink", "blockquote",
        "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid", "datalist", "dd",
        "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source", "fieldset", "figcaption", "figure",
        "footer", "font", "form", "header", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "keygen", "kbd",
        "label", "legend", "li", "m", "map", "menu", "meter", "multicol", "nav", "nextid", "ol", "output", "optgroup", "option",
        "p", "picture", "pre", "progress", "q", "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span",
        "strike", "strong", "sub", "sup", "table", "tbody", "td", "textarea", "time", "tfoot", "th", "thead", "tr", "tt", "u",
        "ul", "var", "video", "wbr", "main", "mark", "summary", "figure", "noscript", "script", "style", "iframe", "object", "embed",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"</(\w+)>")]
    private static partial Regex EndTag();

    [GeneratedRegex(@"&#?\w+;")]
    private static partial Regex EntityReference();

    [GeneratedRegex(@"</?(\w+)")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")]
    private static partial Regex TagToken();

    [GeneratedRegex(@"<!(?!--|\[CDATA\[|[A-Za-z])")]
    private static partial Regex BogusDeclaration();

    [GeneratedRegex(@"expression\s*\(|javascript\s*:|vbscript\s*:|behavior\s*:|-moz-binding|url\s*\(\s*['""]?\s*(?:javascript|vbscript|data)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousStyle();

    [GeneratedRegex(@"(?:javascript|vbscript)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptScheme();

    [GeneratedRegex(@"[\s\x00-\x1F]+")]
    private static partial Regex ControlOrSpace();
}
