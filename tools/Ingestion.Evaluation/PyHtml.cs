using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.Evaluation;

/// <summary>
/// What score_feed.py does with HTML, in C#: Python's html.parser.HTMLParser tokenisation (its tolerant
/// regular expressions, ported as they are), html.unescape and html.escape, and the scorer's canonical form
/// (lower-case tags, sorted attributes without xmlns, void end tags ignored, whitespace-normalised text, one
/// wrapping &lt;div&gt; dropped). A summary passes when its canonical form equals the expected one, so the two
/// implementations must tokenise alike.
/// </summary>
internal static partial class PyHtml
{
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    [GeneratedRegex(@"\G<[a-zA-Z]")]
    private static partial Regex StartTagOpen();

    [GeneratedRegex(@"\G([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")]
    private static partial Regex TagFindTolerant();

    [GeneratedRegex(@"\G((?<=['""\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|""[^""]*""|(?!['""])[^>\s]*))?(?:\s|/(?!>))*")]
    private static partial Regex AttrFindTolerant();

    [GeneratedRegex(@"\G<[a-zA-Z][^\t\n\r\f />\x00]*(?:[\s/]*(?:(?<=['""\s/])[^\s/>][^\s/=>]*(?:\s*=+\s*(?:'[^']*'|""[^""]*""|(?!['""])[^>\s]*)\s*)?(?:\s|/(?!>))*)*)?\s*")]
    private static partial Regex LocateStartTagEndTolerant();

    [GeneratedRegex(@"\G</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")]
    private static partial Regex EndTagFind();

    [GeneratedRegex(@"--\s*>")]
    private static partial Regex CommentClose();

    [GeneratedRegex(@"\G[a-zA-Z][-_.a-zA-Z0-9]*\s*")]
    private static partial Regex DeclName();

    [GeneratedRegex(@"]\s*]\s*>")]
    private static partial Regex MarkedSectionClose();

    [GeneratedRegex(@"]\s*>")]
    private static partial Regex MsMarkedSectionClose();

    [GeneratedRegex(@"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")]
    private static partial Regex CharRef();

    /// <summary>html.escape(s, quote=False).</summary>
    public static string Escape(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>score_feed.canon_html: the comparable token sequence of an HTML fragment.</summary>
    public static IReadOnlyList<string> Canon(string? html)
    {
        var tokens = Tokenize(html ?? "").Tokens;
        if (tokens.Count >= 2 && IsStart(tokens[0], "div") && tokens[^1] == EndToken("div"))
        {
            var depth = 0;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (IsStart(tokens[k], "div"))
                {
                    depth++;
                }
                else if (tokens[k] == EndToken("div"))
                {
                    depth--;
                    if (depth == 0)
                    {
                        if (k == tokens.Count - 1)
                        {
                            tokens = tokens.GetRange(1, tokens.Count - 2);
                        }

                        break;
                    }
                }
            }
        }

        return tokens;
    }

    /// <summary>score_feed.html_to_text: the fragment's text, entities decoded, whitespace normalised.</summary>
    public static string ToText(string? html) => PyText.NormWs(Tokenize(html ?? "").Text);

    private static bool IsStart(string token, string tag) => token.StartsWith("s\u0001" + tag + "\u0001", StringComparison.Ordinal);

    private static string EndToken(string tag) => "e\u0001" + tag;

    /// <summary>html.unescape: numeric references (with the HTML5 replacements) and named ones.</summary>
    public static string Unescape(string s) => !s.Contains('&', StringComparison.Ordinal) ? s : CharRef().Replace(s, ReplaceCharRef);

    private static string ReplaceCharRef(Match m)
    {
        var s = m.Groups[1].Value;
        if (s[0] == '#')
        {
            var hex = s[1] is 'x' or 'X';
            var digits = (hex ? s[2..] : s[1..]).TrimEnd(';').TrimStart('0');
            // Anything longer than 8 significant digits is past U+10FFFF in either base.
            var num = digits.Length == 0 ? 0 : digits.Length > 8 ? long.MaxValue
                : long.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
            if (InvalidCharRefs(num) is { } replacement)
            {
                return replacement;
            }

            if (num is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
            {
                return "\uFFFD";
            }

            if (num is >= 0x1 and <= 0x8 or >= 0xE and <= 0x1F or >= 0x7F and <= 0x9F or >= 0xFDD0 and <= 0xFDEF or 0xB
                || (num & 0xFFFF) is 0xFFFE or 0xFFFF)
            {
                return "";
            }

            return char.ConvertFromUtf32((int)num);
        }

        if (NamedEntity(s) is { } whole)
        {
            return whole;
        }

        for (var x = s.Length - 1; x > 1; x--)
        {
            if (NamedEntity(s[..x]) is { } prefix)
            {
                return prefix + s[x..];
            }
        }

        return "&" + s;
    }

    private static string? InvalidCharRefs(long num) => num switch
    {
        0x00 => "\uFFFD",
        0x0D => "\r",
        >= 0x80 and <= 0x9F => Windows1252(num),
        _ => null,
    };

    // Python's _invalid_charrefs: references to C1 controls mean the Windows-1252 character (five stay controls).
    private static string Windows1252(long num) =>
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"[(int)(num - 0x80)].ToString();

    // HTML5 names with their ';' as the HTML 4 table (WebUtility) knows them; without ';' only the legacy
    // names that browsers accept bare: amp, lt, gt, quot (both cases) and the Latin-1 entities.
    private static string? NamedEntity(string name)
    {
        if (name.EndsWith(';'))
        {
            if (name is "AMP;" or "LT;" or "GT;" or "QUOT;" or "COPY;" or "REG;")
            {
                return NamedEntity(name[..^1]);
            }

            var decoded = WebUtility.HtmlDecode("&" + name);
            return decoded != "&" + name ? decoded : null;
        }

        switch (name)
        {
            case "AMP": return "&";
            case "LT": return "<";
            case "GT": return ">";
            case "QUOT": return "\"";
            case "COPY": return "©";
            case "REG": return "®";
        }

        var bare = WebUtility.HtmlDecode("&" + name + ";");
        return bare.Length == 1 && (bare[0] is '&' or '<' or '>' or '"' || bare[0] is >= '\u00A0' and <= '\u00FF') ? bare : null;
    }

    private sealed class Canonicaliser
    {
        public List<string> Tokens { get; } = [];
        public StringBuilder Text { get; } = new();
        private readonly StringBuilder pending = new();

        public void Flush()
        {
            var t = PyText.NormWs(pending.ToString());
            pending.Clear();
            if (t.Length > 0)
            {
                Tokens.Add("t\u0001" + t);
            }
        }

        public void Data(string data)
        {
            pending.Append(data);
            Text.Append(data);
        }

        public void StartTag(string tag, List<(string Name, string? Value)> attrs)
        {
            Flush();
            var canonical = attrs
                .Where(a => !a.Name.StartsWith("xmlns", StringComparison.Ordinal))
                .Select(a => (a.Name, Value: PyText.NormWs(a.Value ?? "")))
                .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Value, StringComparer.Ordinal)
                .Select(a => a.Name + "\u0002" + a.Value);
            Tokens.Add("s\u0001" + tag + "\u0001" + string.Join("\u0003", canonical));
        }

        public void StartEndTag(string tag, List<(string Name, string? Value)> attrs)
        {
            StartTag(tag, attrs);
            if (!VoidElements.Contains(tag))
            {
                Tokens.Add(EndToken(tag));
            }
        }

        public void EndTag(string tag)
        {
            Flush();
            if (!VoidElements.Contains(tag))
            {
                Tokens.Add(EndToken(tag));
            }
        }

        public void Comment() => Flush();

        public void Declaration(string decl)
        {
            Flush();
            Tokens.Add("d\u0001" + PyText.NormWs(decl));
        }
    }

    private static (List<string> Tokens, string Text) Tokenize(string raw)
    {
        var sink = new Canonicaliser();
        new Tokenizer(raw, sink).Run();
        sink.Flush();
        return (sink.Tokens, sink.Text.ToString());
    }

    // HTMLParser.goahead with convert_charrefs=True, as feed() then close() run it.
    private sealed class Tokenizer(string raw, Canonicaliser sink)
    {
        private string? cdataElement;

        public void Run()
        {
            var i = 0;
            var n = raw.Length;
            while (i < n)
            {
                int j;
                if (cdataElement is null)
                {
                    j = raw.IndexOf('<', i);
                    if (j < 0)
                    {
                        var ampFrom = Math.Max(i, n - 34);
                        var amp = raw.LastIndexOf('&', n - 1, n - ampFrom);
                        if (amp >= 0 && raw.AsSpan(amp).IndexOfAny(" \t\n\r\f\v;") < 0 && !raw.AsSpan(amp).ContainsAny(WhiteSpaceOther))
                        {
                            break;
                        }

                        j = n;
                    }
                }
                else
                {
                    var m = Regex.Match(raw[i..], @"</\s*" + Regex.Escape(cdataElement) + @"\s*>", RegexOptions.IgnoreCase);
                    if (!m.Success)
                    {
                        break;
                    }

                    j = i + m.Index;
                }

                if (i < j)
                {
                    sink.Data(cdataElement is null ? Unescape(raw[i..j]) : raw[i..j]);
                }

                i = j;
                if (i == n)
                {
                    break;
                }

                int k;
                if (StartTagOpen().IsMatch(raw, i))
                {
                    k = ParseStartTag(i);
                }
                else if (At(i, "</"))
                {
                    k = ParseEndTag(i);
                }
                else if (At(i, "<!--"))
                {
                    k = ParseComment(i);
                }
                else if (At(i, "<?"))
                {
                    var close = raw.IndexOf('>', i + 2);
                    k = close < 0 ? -1 : close + 1;
                }
                else if (At(i, "<!"))
                {
                    k = ParseHtmlDeclaration(i);
                }
                else if (i + 1 < n)
                {
                    sink.Data("<");
                    k = i + 1;
                }
                else
                {
                    break;
                }

                if (k < 0)
                {
                    k = raw.IndexOf('>', i + 1);
                    if (k < 0)
                    {
                        k = raw.IndexOf('<', i + 1);
                        if (k < 0)
                        {
                            k = i + 1;
                        }
                    }
                    else
                    {
                        k++;
                    }

                    sink.Data(cdataElement is null ? Unescape(raw[i..k]) : raw[i..k]);
                }

                i = k;
            }

            if (i < n && cdataElement is null)
            {
                sink.Data(Unescape(raw[i..n]));
            }
        }

        private static readonly System.Buffers.SearchValues<char> WhiteSpaceOther =
            System.Buffers.SearchValues.Create("\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u001c\u001d\u001e\u001f");

        private bool At(int i, string s) => string.CompareOrdinal(raw, i, s, 0, s.Length) == 0 && i + s.Length <= raw.Length;

        private int ParseComment(int i)
        {
            var m = CommentClose().Match(raw, i + 4);
            if (!m.Success)
            {
                return -1;
            }

            sink.Comment();
            return m.Index + m.Length;
        }

        private int ParseHtmlDeclaration(int i)
        {
            if (At(i, "<!["))
            {
                var name = DeclName().Match(raw, i + 3);
                if (!name.Success || name.Index + name.Length == raw.Length)
                {
                    return -1;
                }

                var section = PyText.Strip(name.Value).ToLowerInvariant();
                var close = section is "temp" or "cdata" or "ignore" or "include" or "rcdata" ? MarkedSectionClose().Match(raw, i + 3)
                    : section is "if" or "else" or "endif" ? MsMarkedSectionClose().Match(raw, i + 3)
                    : null;
                if (close is null || !close.Success)
                {
                    return -1;
                }

                sink.Declaration(raw[(i + 3)..close.Index]);
                return close.Index + close.Length;
            }

            if (raw.Length >= i + 9 && raw.Substring(i, 9).Equals("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                var gt = raw.IndexOf('>', i + 9);
                if (gt < 0)
                {
                    return -1;
                }

                sink.Declaration(raw[(i + 2)..gt]);
                return gt + 1;
            }

            return ParseBogusComment(i);
        }

        private int ParseBogusComment(int i)
        {
            var pos = raw.IndexOf('>', i + 2);
            if (pos < 0)
            {
                return -1;
            }

            sink.Comment();
            return pos + 1;
        }

        private int CheckForWholeStartTag(int i)
        {
            var m = LocateStartTagEndTolerant().Match(raw, i);
            var j = m.Index + m.Length;
            if (j >= raw.Length)
            {
                return -1;
            }

            var next = raw[j];
            if (next == '>')
            {
                return j + 1;
            }

            if (next == '/')
            {
                if (At(j, "/>"))
                {
                    return j + 2;
                }

                return -1;
            }

            if (next is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '=' or '/')
            {
                return -1;
            }

            return j > i ? j : i + 1;
        }

        private int ParseStartTag(int i)
        {
            var endPos = CheckForWholeStartTag(i);
            if (endPos < 0)
            {
                return endPos;
            }

            var attrs = new List<(string, string?)>();
            var tagMatch = TagFindTolerant().Match(raw, i + 1);
            var k = tagMatch.Index + tagMatch.Length;
            var tag = tagMatch.Groups[1].Value.ToLowerInvariant();
            while (k < endPos)
            {
                var m = AttrFindTolerant().Match(raw, k);
                if (!m.Success)
                {
                    break;
                }

                var name = m.Groups[1].Value;
                string? value = m.Groups[2].Success && m.Groups[2].Length > 0 ? m.Groups[3].Value : null;
                if (value is { Length: >= 1 } && ((value[0] == '\'' && value[^1] == '\'') || (value[0] == '"' && value[^1] == '"')))
                {
                    value = value.Length >= 2 ? value[1..^1] : "";
                }

                if (!string.IsNullOrEmpty(value))
                {
                    value = Unescape(value);
                }

                attrs.Add((name.ToLowerInvariant(), value));
                k = m.Index + m.Length;
                if (m.Length == 0)
                {
                    break;
                }
            }

            var end = PyText.Strip(raw[k..endPos]);
            if (end is not (">" or "/>"))
            {
                sink.Data(raw[i..endPos]);
                return endPos;
            }

            if (end.EndsWith("/>", StringComparison.Ordinal))
            {
                sink.StartEndTag(tag, attrs);
            }
            else
            {
                sink.StartTag(tag, attrs);
                if (tag is "script" or "style")
                {
                    cdataElement = tag;
                }
            }

            return endPos;
        }

        private int ParseEndTag(int i)
        {
            var gt = raw.IndexOf('>', i + 1);
            if (gt < 0)
            {
                return -1;
            }

            var gtPos = gt + 1;
            var m = EndTagFind().Match(raw, i);
            if (!m.Success)
            {
                if (cdataElement is not null)
                {
                    sink.Data(raw[i..gtPos]);
                    return gtPos;
                }

                var nameMatch = TagFindTolerant().Match(raw, i + 2);
                if (!nameMatch.Success)
                {
                    return At(i, "</>") ? i + 3 : ParseBogusComment(i);
                }

                var tagName = nameMatch.Groups[1].Value.ToLowerInvariant();
                var close = raw.IndexOf('>', nameMatch.Index + nameMatch.Length);
                sink.EndTag(tagName);
                return close + 1;
            }

            var element = m.Groups[1].Value.ToLowerInvariant();
            if (cdataElement is not null && element != cdataElement)
            {
                sink.Data(raw[i..gtPos]);
                return gtPos;
            }

            sink.EndTag(element);
            cdataElement = null;
            return gtPos;
        }
    }
}
