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

    /// <summary>Scales as decimals: "$34.2 billion" must be exactly 34200000000, and 34.2 * 1e9 in binary floating point is not.</summary>
    public static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["k"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m,
        ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
