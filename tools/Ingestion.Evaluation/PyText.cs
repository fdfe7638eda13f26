using System.Globalization;
using System.Text;

namespace Ingestion.Evaluation;

/// <summary>
/// The string rules of the Python scorers (shared/eval/evalcommon.py), in C#: the scores must come out the same,
/// so whitespace, word characters and case folding follow Python's Unicode definitions, not .NET's.
/// </summary>
internal static class PyText
{
    /// <summary>Python's str.isspace(): .NET's whitespace plus the four information separators U+001C..U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>Python's str.strip() with no argument.</summary>
    public static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>evalcommon.norm_ws: every run of whitespace becomes one space, then strip; null is "".</summary>
    public static string NormWs(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        var sb = new StringBuilder(s.Length);
        var inSpace = false;
        foreach (var c in s)
        {
            if (IsSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && sb.Length > 0)
            {
                sb.Append(' ');
            }

            inSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Python's `\w` on str: a character for which str.isalnum() holds (letters, and every number category) or
    /// the underscore. Unlike .NET's `\w`, combining marks and connector punctuation other than '_' are not word
    /// characters, so "हिन्दी" splits where Python splits it.
    /// </summary>
    public static bool IsWordRune(Rune r)
    {
        if (r.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>re.findall(r"\w+", text) with Python's Unicode semantics.</summary>
    public static List<string> WordTokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var isWord = status == System.Buffers.OperationStatus.Done && IsWordRune(rune);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }

            i += Math.Max(consumed, 1);
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>
    /// Python's str.casefold(): lower case plus the full foldings that change length or letter (ß -> ss, final
    /// sigma, long s, the Latin ligatures), which .NET's ToLowerInvariant leaves alone.
    /// </summary>
    public static string CaseFold(string s)
    {
        var lower = s.ToLowerInvariant();
        if (!lower.Any(c => c is 'ß' or 'ς' or 'ſ' or 'ẞ' or (>= '\ufb00' and <= '\ufb06') or 'ᾳ'))
        {
            return lower;
        }

        var sb = new StringBuilder(lower.Length + 4);
        foreach (var c in lower)
        {
            sb.Append(c switch
            {
                'ß' or 'ẞ' => "ss",
                'ς' => "σ",
                'ſ' => "s",
                '\ufb00' => "ff",
                '\ufb01' => "fi",
                '\ufb02' => "fl",
                '\ufb03' => "ffi",
                '\ufb04' => "ffl",
                '\ufb05' or '\ufb06' => "st",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>evalcommon.pct: a/b as "97.92%", or "n/a" when b is 0.</summary>
    public static string Pct(int a, int b) =>
        b == 0 ? "n/a" : (100.0 * a / b).ToString("F2", CultureInfo.InvariantCulture) + "%";

    /// <summary>evalcommon.fmt for a float: three decimals.</summary>
    public static string Fmt(double v) => v.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>evalcommon.short: whitespace-normalised, cut to n characters with an ellipsis.</summary>
    public static string Short(string? s, int n = 70)
    {
        var t = s is null ? "None" : NormWs(s);
        return t.Length <= n ? t : t[..(n - 1)] + "…";
    }

    /// <summary>Python's repr() of a string (for failure lines that read like the scorers').</summary>
    public static string Repr(string? s)
    {
        if (s is null)
        {
            return "None";
        }

        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (c == quote)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (c < ' ' || c == '\u007f')
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>Python's repr() of a list of strings.</summary>
    public static string Repr(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => Repr(i))) + "]";
}
