using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Ingestion.Feeds.Parsing;

/// <summary>
/// The second pass for documents that are not well-formed XML: a forgiving tokenizer that builds the same
/// <see cref="XElement"/> tree the strict pass would have, so one mapper serves both. It skips junk before
/// the root, decodes HTML entities (&amp;nbsp; and friends), keeps a bare "&amp;" as text, closes elements left
/// open (truncated files, unclosed HTML inside descriptions), ignores stray end tags, binds the usual feed
/// prefixes (dc:, content:, media:...) that a feed forgot to declare, and drops characters XML forbids.
/// </summary>
/// <remarks>
/// It never reads a DTD: entities declared there stay as the literal text "&amp;name;", so an external entity
/// (XXE) is never resolved.
/// </remarks>
internal static class LenientXmlParser
{
    private sealed class OpenElement(XElement element, string qualifiedName, Dictionary<string, string>? namespaces)
    {
        public XElement Element { get; } = element;
        public string QualifiedName { get; } = qualifiedName;
        public Dictionary<string, string>? Namespaces { get; } = namespaces;
    }

    private const int MaxAttributeLength = 16 * 1024;

    /// <summary>Parses as much of the document as there is; null when it has no element at all.</summary>
    public static XElement? Parse(string text)
    {
        var stack = new List<OpenElement>();
        XElement? root = null;
        var pos = 0;
        var textStart = 0;

        void FlushText(int end)
        {
            if (end > textStart && stack.Count > 0)
            {
                var value = CleanChars(XmlEntities.Decode(text.AsSpan(textStart, end - textStart)));
                if (value.Length > 0)
                {
                    stack[^1].Element.Add(new XText(value));
                }
            }
        }

        while (pos < text.Length)
        {
            var lt = text.IndexOf('<', pos);
            if (lt < 0)
            {
                break;
            }

            if (Matches(text, lt, "<!--"))
            {
                FlushText(lt);
                pos = Skip(text, lt + 4, "-->");
                textStart = pos;
            }
            else if (Matches(text, lt, "<![CDATA["))
            {
                FlushText(lt);
                var end = text.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                var value = end < 0 ? text[(lt + 9)..] : text[(lt + 9)..end];
                if (stack.Count > 0)
                {
                    stack[^1].Element.Add(new XText(CleanChars(value)));
                }

                pos = end < 0 ? text.Length : end + 3;
                textStart = pos;
            }
            else if (Matches(text, lt, "<!"))
            {
                FlushText(lt);
                pos = SkipDeclaration(text, lt + 2);
                textStart = pos;
            }
            else if (Matches(text, lt, "<?"))
            {
                FlushText(lt);
                pos = Skip(text, lt + 2, "?>");
                textStart = pos;
            }
            else if (Matches(text, lt, "</"))
            {
                FlushText(lt);
                var gt = text.IndexOf('>', lt);
                var name = (gt < 0 ? text[(lt + 2)..] : text[(lt + 2)..gt]).Trim();
                pos = gt < 0 ? text.Length : gt + 1;
                textStart = pos;
                Close(stack, name);
            }
            else if (lt + 1 < text.Length && IsNameStart(text[lt + 1]))
            {
                FlushText(lt);
                pos = ReadStartTag(text, lt + 1, out var name, out var attributes, out var selfClosing);
                textStart = pos;

                // Unclosed tags nest without end; past a sane depth, further tags are dropped and their text kept.
                if (stack.Count >= FeedMarkup.MaxDepth)
                {
                    continue;
                }

                var element = Open(stack, name, attributes);
                if (root is null)
                {
                    root = element;
                    stack.Add(new OpenElement(element, name, NamespacesOf(attributes)));
                    if (selfClosing)
                    {
                        break;
                    }

                    continue;
                }

                if (stack.Count == 0)
                {
                    // Content after the root was closed: keep it under the root rather than lose it.
                    stack.Add(new OpenElement(root, string.Empty, null));
                }

                stack[^1].Element.Add(element);
                if (!selfClosing)
                {
                    stack.Add(new OpenElement(element, name, NamespacesOf(attributes)));
                }
            }
            else
            {
                // A "<" that starts no markup ("1 < 2"): text.
                pos = lt + 1;
            }
        }

        FlushText(text.Length);
        return root;
    }

    private static bool Matches(string text, int at, string what) => string.CompareOrdinal(text, at, what, 0, what.Length) == 0;

    private static int Skip(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    /// <summary>Skips a DOCTYPE (with its internal subset) or other declaration without interpreting it.</summary>
    private static int SkipDeclaration(string text, int from)
    {
        var depth = 0;
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '>' && depth == 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int ReadStartTag(string text, int from, out string name, out List<KeyValuePair<string, string>> attributes, out bool selfClosing)
    {
        attributes = [];
        selfClosing = false;
        var i = from;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('>' or '/'))
        {
            i++;
        }

        name = text[from..i];
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '>')
            {
                selfClosing = true;
                return i + 2;
            }
            else if (c == '<')
            {
                // An unterminated tag: stop here and let the "<" start the next token.
                return i;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '>' or '<') && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>'))
                {
                    i++;
                }

                var attributeName = text[start..i];
                if (attributeName.Length == 0)
                {
                    i++;
                    continue;
                }

                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var value = string.Empty;
                if (i < text.Length && text[i] == '=')
                {
                    i++;
                    while (i < text.Length && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] is '"' or '\'')
                    {
                        // A value may hold ">" but rarely runs long: an unmatched quote ends at the next ">" rather
                        // than swallowing the rest of the document (and scanning it again for every such tag).
                        var quote = text[i];
                        var window = Math.Min(text.Length - i - 1, MaxAttributeLength);
                        var end = text.IndexOf(quote, i + 1, window);
                        var closed = end >= 0;
                        if (!closed)
                        {
                            end = text.IndexOf('>', i + 1);
                            end = end < 0 ? text.Length : end;
                        }

                        value = text[(i + 1)..end];
                        i = closed ? end + 1 : end;
                    }
                    else
                    {
                        var valueStart = i;
                        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
                        {
                            i++;
                        }

                        value = text[valueStart..i];
                    }
                }

                attributes.Add(new(attributeName, CleanChars(XmlEntities.Decode(value))));
            }
        }

        return text.Length;
    }

    private static Dictionary<string, string>? NamespacesOf(List<KeyValuePair<string, string>> attributes)
    {
        Dictionary<string, string>? map = null;
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns")
            {
                (map ??= new(StringComparer.Ordinal))[string.Empty] = value;
            }
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                (map ??= new(StringComparer.Ordinal))[name[6..]] = value;
            }
        }

        return map;
    }

    private static XElement Open(List<OpenElement> stack, string qualifiedName, List<KeyValuePair<string, string>> attributes)
    {
        var own = NamespacesOf(attributes);
        var element = new XElement(Name(stack, own, qualifiedName, isAttribute: false));
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                continue;
            }

            var attributeName = Name(stack, own, name, isAttribute: true);
            if (element.Attribute(attributeName) is null)
            {
                element.Add(new XAttribute(attributeName, value));
            }
        }

        return element;
    }

    private static XName Name(List<OpenElement> stack, Dictionary<string, string>? own, string qualifiedName, bool isAttribute)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? qualifiedName[..colon] : string.Empty;
        var local = colon > 0 ? qualifiedName[(colon + 1)..] : qualifiedName;
        local = IsValidNcName(local) ? local : XmlConvert.EncodeLocalName(local.Length == 0 ? "_" : local);
        if (prefix.Length == 0 && isAttribute)
        {
            return XName.Get(local);
        }

        if (prefix == "xml")
        {
            return XNamespace.Xml + local;
        }

        var ns = Lookup(stack, own, prefix) ?? FeedNamespaces.WellKnownPrefix(prefix) ?? (prefix.Length == 0 ? string.Empty : "urn:undeclared-prefix:" + prefix);
        return XName.Get(local, ns);
    }

    private static string? Lookup(List<OpenElement> stack, Dictionary<string, string>? own, string prefix)
    {
        if (own is not null && own.TryGetValue(prefix, out var declared))
        {
            return declared;
        }

        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Namespaces is { } map && map.TryGetValue(prefix, out var uri))
            {
                return uri;
            }
        }

        return null;
    }

    private static void Close(List<OpenElement> stack, string qualifiedName)
    {
        // Pop to the nearest element of that name; an end tag that matches nothing open is ignored.
        // The root is never popped, so late content still lands in the document.
        for (var k = stack.Count - 1; k >= 1; k--)
        {
            if (string.Equals(stack[k].QualifiedName, qualifiedName, StringComparison.OrdinalIgnoreCase))
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }
        }
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static bool IsValidNcName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>
    /// A linear scan of the source: whether start tags ever run more than <paramref name="limit"/> ahead of end
    /// tags. Comments, CDATA sections, declarations and processing instructions are skipped.
    /// </summary>
    public static bool NestsDeeperThan(string text, int limit)
    {
        var depth = 0;
        var pos = text.IndexOf('<');
        while (pos >= 0 && pos + 1 < text.Length)
        {
            var next = text[pos + 1];
            if (Matches(text, pos, "<!--"))
            {
                pos = Skip(text, pos + 4, "-->");
            }
            else if (Matches(text, pos, "<![CDATA["))
            {
                pos = Skip(text, pos + 9, "]]>");
            }
            else if (next is '!' or '?')
            {
                pos = SkipDeclaration(text, pos + 2);
            }
            else if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
                pos += 2;
            }
            else if (IsNameStart(next))
            {
                var gt = text.IndexOf('>', pos);
                if (gt < 0)
                {
                    break;
                }

                if (text[gt - 1] != '/' && ++depth > limit)
                {
                    return true;
                }

                pos = gt + 1;
            }
            else
            {
                pos++;
            }

            pos = pos < text.Length ? text.IndexOf('<', pos) : -1;
        }

        return false;
    }

    /// <summary>Whether an element tree goes more than <paramref name="limit"/> levels deep (checked without recursion).</summary>
    public static bool DeeperThan(XElement root, int limit)
    {
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > limit)
            {
                return true;
            }

            foreach (var child in element.Elements())
            {
                stack.Push((child, depth + 1));
            }
        }

        return false;
    }

    /// <summary>Removes the characters XML 1.0 forbids (control characters, lone surrogates).</summary>
    internal static string CleanChars(string value)
    {
        var firstBad = -1;
        for (var k = 0; k < value.Length; k++)
        {
            if (!IsXmlChar(value, k))
            {
                firstBad = k;
                break;
            }
        }

        if (firstBad < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        sb.Append(value, 0, firstBad);
        for (var k = firstBad; k < value.Length; k++)
        {
            if (IsXmlChar(value, k))
            {
                sb.Append(value[k]);
            }
        }

        return sb.ToString();
    }

    private static bool IsXmlChar(string s, int k)
    {
        var c = s[k];
        if (char.IsHighSurrogate(c))
        {
            return k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return k > 0 && char.IsHighSurrogate(s[k - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
