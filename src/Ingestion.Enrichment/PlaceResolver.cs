using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>
/// Chooses among the places a name may mean, and reads relative locations ("150 miles southeast of Sirte").
/// Stateless and thread-safe.
/// </summary>
internal static partial class PlaceResolver
{
    private const double EarthRadiusKm = 6371.0;

    private static readonly FrozenDictionary<string, double> Bearings = Lexicon.Rows("compass-bearings")
        .ToFrozenDictionary(row => row[0], row => double.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> KilometresPerUnit = Lexicon.Rows("distance-units")
        .ToFrozenDictionary(row => row[0], row => double.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>
    /// Scores each candidate by prominence (countries and regions first, then cities by population and
    /// administrative rank) plus a bonus when it lies in a country the article mentions: a strong one for
    /// the article's main country (the first of <paramref name="countries"/>, which come most-mentioned
    /// first), a small one for the others. So "Tripoli" in an article on Lebanon is the Lebanese city,
    /// "Georgia" next to "Atlanta" is the US state, but "Manchester" in an article on Libya that also
    /// names the US stays the English city rather than a small American namesake.
    /// </summary>
    public static GazetteerEntry Choose(IReadOnlyList<GazetteerEntry> candidates, IReadOnlyCollection<string> countries)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var main = countries.FirstOrDefault();
        GazetteerEntry best = candidates[0];
        var bestScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var score = Gazetteer.Prominence(candidate);
            // A country named in the article does not vouch for itself.
            if (candidate.Kind != PlaceKind.Country && candidate.Country is { } code && countries.Contains(code))
            {
                score += code == main ? MainCountryBonus : OtherCountryBonus;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }

    private const double MainCountryBonus = 4;
    private const double OtherCountryBonus = 0.5;

    // Right to left, since the pattern ends at the window's end: one attempt from there instead of one per
    // position. Compound directions come first so that "southeast" is not read as "east".
    [GeneratedRegex(
        @"(?:(?<distance>\d[\d,]*(?:\.\d+)?|\w+)\s*-?\s*(?<unit>nautical miles?|miles?|mi|kilometres?|kilometers?|kms?)\s+(?:\(\s*[\d,.]+\s*\w+\s*\)\s+)?)?(?:to\s+the\s+|in\s+the\s+|just\s+|directly\s+)?(?<direction>north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ern)?\s+of\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RelativeBefore();

    /// <summary>
    /// The relative location ending right before a place mention: "150 miles southeast of " before "Sirte".
    /// Returns the span start (in <paramref name="text"/>) and the relative part, or null.
    /// </summary>
    public static (int Start, RelativeLocation Relative)? ReadRelative(string text, int placeStart, string referenceName)
    {
        // Every relative location ends "... of " right before the place: most mentions are ruled out without the pattern.
        var before = text.AsSpan(0, placeStart);
        var trimmed = before.TrimEnd();
        if (trimmed.Length == before.Length || trimmed.Length < 3 || !trimmed.EndsWith("of", StringComparison.OrdinalIgnoreCase)
            || !char.IsWhiteSpace(trimmed[^3]))
        {
            return null;
        }

        // ... and a direction word comes shortly before it ("southeast of", "north of the town of"): "the city
        // of" and "outskirts of" stop here, before the pattern is tried at every position of the window.
        if (!ContainsDirection(trimmed[Math.Max(0, trimmed.Length - 40)..]))
        {
            return null;
        }

        var windowStart = Math.Max(0, placeStart - 80);
        var window = text[windowStart..placeStart];
        var match = RelativeBefore().Match(window);
        if (!match.Success)
        {
            return null;
        }

        var direction = match.Groups["direction"].Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        double? distanceKm = null;
        var start = windowStart + match.Index;
        if (match.Groups["unit"].Success && NumberWords.TryParse(match.Groups["distance"].Value, out var distance))
        {
            distanceKm = distance * KilometresPerUnit[match.Groups["unit"].Value.ToLowerInvariant()];
        }
        else
        {
            // No distance: the span starts at the direction word.
            start = windowStart + match.Groups["direction"].Index;
        }

        var written = text[start..placeStart].TrimEnd();
        return (start, new RelativeLocation
        {
            Reference = referenceName,
            DistanceKm = distanceKm is { } km ? Math.Round(km, 1) : null,
            BearingDegrees = Bearings[direction],
            Direction = written.Contains(" of", StringComparison.Ordinal) ? direction + " of" : direction,
        });
    }

    /// <summary>A compass word at the start of a word ("southeast", "Northern", "north-west"; not "least").</summary>
    private static bool ContainsDirection(ReadOnlySpan<char> text)
    {
        foreach (var direction in (ReadOnlySpan<string>)["north", "south", "east", "west"])
        {
            var from = 0;
            int at;
            while ((at = text[from..].IndexOf(direction, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var index = from + at;
                if (index == 0 || !char.IsLetter(text[index - 1]))
                {
                    return true;
                }

                from = index + direction.Length;
            }
        }

        return false;
    }

    /// <summary>The point at a distance and bearing from another (great circle).</summary>
    public static (double Lat, double Lon) Destination(double lat, double lon, double distanceKm, double bearingDegrees)
    {
        var d = distanceKm / EarthRadiusKm;
        var bearing = bearingDegrees * Math.PI / 180;
        var lat1 = lat * Math.PI / 180;
        var lon1 = lon * Math.PI / 180;
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(d)) + (Math.Cos(lat1) * Math.Sin(d) * Math.Cos(bearing)));
        var lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - (Math.Sin(lat1) * Math.Sin(lat2)));
        return (Math.Round(lat2 * 180 / Math.PI, 4), Math.Round(((lon2 * 180 / Math.PI) + 540) % 360 - 180, 4));
    }

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var a = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
