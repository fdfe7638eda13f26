using System.Globalization;
using System.Text;

namespace Ingestion.Enrichment;

/// <summary>
/// Folds place names to lookup keys so that the spellings news uses meet the gazetteer's transliterations:
/// "Mişrātah" and "Misrata", "Ar Raqqah" and "Raqqa", "Bani Waleed" and "Bani Walid".
/// </summary>
internal static class TextFolding
{
    /// <summary>Arabic (and Romance) articles written before a name: "Al-Fallujah", "Ar Raqqah", "El Paso".</summary>
    private static readonly HashSet<string> LeadingArticles =
        ["al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath", "ad", "ed", "en", "es", "et", "ez", "il"];

    /// <summary>Runs of whitespace made one space, trimmed: "at  least" is "at least".</summary>
    public static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Removes diacritics and maps letters that do not decompose (ł, ø, ß, ı) to ASCII.</summary>
    public static string FoldDiacritics(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            _ = c switch
            {
                'ł' => builder.Append('l'),
                'Ł' => builder.Append('L'),
                'ø' => builder.Append('o'),
                'Ø' => builder.Append('O'),
                'ß' => builder.Append("ss"),
                'ı' => builder.Append('i'),
                'đ' => builder.Append('d'),
                'Đ' => builder.Append('D'),
                'æ' => builder.Append("ae"),
                'Æ' => builder.Append("AE"),
                'œ' => builder.Append("oe"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// The lookup key of a place name: lower case without diacritics; apostrophes and the ʿayn marks gone;
    /// hyphens and dots as spaces; then per word the transliteration variants collapsed: a final "ah"
    /// becomes "a" (Raqqah/Raqqa), "ee" and "ie" become "i" (Waleed/Walid), "oo" and "ou" become "u"
    /// (Mosoul/Mosul), and doubled letters become one (Raqqa/Raqa, Misurata stays distinct).
    /// </summary>
    public static string PlaceKey(string name)
    {
        var folded = FoldDiacritics(name).ToLowerInvariant();
        var words = new List<string>(4);
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or '`' or '´')
            {
                continue;
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = FoldWord(words[i]);
        }

        return string.Join(' ', words);
    }

    /// <summary>The key without a leading article ("ar raqa" -> "raqa"), or null when there is none.</summary>
    public static string? WithoutArticle(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && LeadingArticles.Contains(key[..space]) ? key[(space + 1)..] : null;
    }

    private static string FoldWord(string word)
    {
        if (word.Length > 3 && word.EndsWith("ah", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if ((c == 'e' && next == 'e') || (c == 'i' && next == 'e' && i + 2 < word.Length))
            {
                builder.Append('i');
                i++;
            }
            else if (c == 'o' && (next == 'o' || next == 'u'))
            {
                builder.Append('u');
                i++;
            }
            else if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
