using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace Ingestion.Feeds.Parsing;

/// <summary>Forgiving character-reference decoding for the lenient pass and for text that was escaped twice.</summary>
internal static class XmlEntities
{
    /// <summary>
    /// Decodes numeric references, the XML entities and every HTML entity (&amp;nbsp;, &amp;eacute;...). An
    /// ampersand that starts no known reference stays as it is, so "AT&amp;T" and an undeclared "&amp;custom;" survive.
    /// </summary>
    public static string Decode(ReadOnlySpan<char> text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (amp >= 0)
        {
            sb.Append(text[i..amp]);
            var consumed = TryReference(text[amp..], sb);
            i = amp + (consumed > 0 ? consumed : 1);
            if (consumed == 0)
            {
                sb.Append('&');
            }

            var next = text[i..].IndexOf('&');
            amp = next < 0 ? -1 : i + next;
        }

        sb.Append(text[i..]);
        return sb.ToString();
    }

    /// <summary>Appends the character a reference at the start of <paramref name="s"/> stands for; returns its length, or 0.</summary>
    private static int TryReference(ReadOnlySpan<char> s, StringBuilder sb)
    {
        var semicolon = s[..Math.Min(s.Length, 40)].IndexOf(';');
        if (semicolon < 2)
        {
            return 0;
        }

        var body = s[1..semicolon];
        if (body[0] == '#')
        {
            var isHex = body.Length > 1 && (body[1] is 'x' or 'X');
            var digits = body[(isHex ? 2 : 1)..];
            if (!int.TryParse(digits, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return 0;
            }

            // Numeric references to C1 controls mean Windows-1252 characters (&#150; is an en dash), as in HTML.
            var mapped = code is >= 0x80 and <= 0x9F ? Windows1252C1(code) : code;
            sb.Append(char.ConvertFromUtf32(mapped));
            return semicolon + 1;
        }

        var name = body.ToString();
        var symbol = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => HtmlEntityProvider.Resolver.GetSymbol(name + ";"),
        };
        if (string.IsNullOrEmpty(symbol))
        {
            return 0;
        }

        sb.Append(symbol);
        return semicolon + 1;
    }

    private static int Windows1252C1(int code) => code switch
    {
        0x80 => 0x20AC, 0x82 => 0x201A, 0x83 => 0x0192, 0x84 => 0x201E, 0x85 => 0x2026, 0x86 => 0x2020, 0x87 => 0x2021,
        0x88 => 0x02C6, 0x89 => 0x2030, 0x8A => 0x0160, 0x8B => 0x2039, 0x8C => 0x0152, 0x8E => 0x017D, 0x91 => 0x2018,
        0x92 => 0x2019, 0x93 => 0x201C, 0x94 => 0x201D, 0x95 => 0x2022, 0x96 => 0x2013, 0x97 => 0x2014, 0x98 => 0x02DC,
        0x99 => 0x2122, 0x9A => 0x0161, 0x9B => 0x203A, 0x9C => 0x0153, 0x9E => 0x017E, 0x9F => 0x0178,
        _ => code,
    };
}
