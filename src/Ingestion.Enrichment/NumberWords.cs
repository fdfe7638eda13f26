using System.Collections.Frozen;
using System.Globalization;

namespace Ingestion.Enrichment;

/// <summary>Reads numbers written in digits ("1,500", "2.5") or English words ("six", "twenty-one", "a dozen").</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Small = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["a dozen"] = 12,
        ["a"] = 1, ["an"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses digits or number words, with a scale word after them ("5 million", "two hundred").</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var words = text.Trim().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        double total = 0;
        double current = 0;
        var any = false;
        foreach (var raw in words)
        {
            var word = raw.TrimEnd('.');
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (char.IsDigit(word[0]))
            {
                if (!double.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits))
                {
                    return false;
                }

                current += digits;
                any = true;
            }
            else if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && any)
            {
                current *= 12; // "a dozen", "two dozen"
            }
            else if (Small.TryGetValue(word, out var small))
            {
                current += word is "a" or "an" ? 1 : small;
                any = true;
            }
            else if (Scales.TryGetValue(word, out var scale) && any)
            {
                if (scale >= 1e3)
                {
                    total += current * scale;
                    current = 0;
                }
                else
                {
                    current *= scale;
                }
            }
            else
            {
                return false;
            }
        }

        value = total + current;
        return any;
    }
}
