using System.Collections.Frozen;
using System.Globalization;

namespace Ingestion.Enrichment;

/// <summary>Reads numbers written in digits ("1,500", "2.5") or English words ("six", "twenty-one", "a dozen").</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Small = Lexicon.Rows("number-words")
        .ToFrozenDictionary(row => row[0], row => int.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>Scales as decimals: "$34.2 billion" must be exactly 34200000000, and 34.2 * 1e9 in binary floating point is not.</summary>
    public static readonly FrozenDictionary<string, decimal> Scales = Lexicon.Rows("number-scales")
        .ToFrozenDictionary(row => row[0], row => decimal.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses digits or number words, with a scale word after them ("5 million", "two hundred").</summary>
    public static bool TryParse(string text, out double value)
    {
        var parsed = TryParseExact(text, out var exact);
        value = (double)exact;
        return parsed;
    }

    /// <summary>
    /// Parses in decimal arithmetic, so the value is the number written: the nearest double to it after the one
    /// conversion, not the sum of rounding errors of each step.
    /// </summary>
    public static bool TryParseExact(string text, out decimal value)
    {
        value = 0;
        var words = text.Trim().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        decimal total = 0;
        decimal current = 0;
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
                if (!decimal.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits))
                {
                    return false;
                }

                if (current > decimal.MaxValue - digits)
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
                // A run of digits too long for a decimal times a scale is no quantity a text means.
                if (Math.Abs(current) > decimal.MaxValue / scale)
                {
                    return false;
                }

                if (scale >= 1_000m)
                {
                    var scaled = current * scale;
                    if (total > decimal.MaxValue - scaled)
                    {
                        return false;
                    }

                    total += scaled;
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

        if (total > decimal.MaxValue - current)
        {
            return false;
        }

        value = total + current;
        return any;
    }
}
