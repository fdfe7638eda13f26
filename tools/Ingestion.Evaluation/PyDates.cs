using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Evaluation;

/// <summary>
/// evalcommon.parse_instant and evalcommon.iso: how the scorers read a date. ISO 8601 first (no zone means UTC),
/// then RFC 822 the way Python's email.utils.parsedate_to_datetime reads it (that lenient parser is ported rule
/// by rule, because expected feedparser values are RFC 822 strings and the scores must agree).
/// </summary>
internal static partial class PyDates
{
    [GeneratedRegex(@"^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    private static readonly string[] MonthNames =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly Dictionary<string, int> ZoneNames = new(StringComparer.Ordinal)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["AST"] = -400, ["ADT"] = -300, ["EST"] = -500, ["EDT"] = -400, ["CST"] = -600, ["CDT"] = -500,
        ["MST"] = -700, ["MDT"] = -600, ["PST"] = -800, ["PDT"] = -700,
    };

    /// <summary>A date-time as a UTC instant truncated to the second, or null when empty or unreadable.</summary>
    public static DateTime? ParseInstant(string? s)
    {
        if (s is null)
        {
            return null;
        }

        s = PyText.Strip(s);
        if (s.Length == 0)
        {
            return null;
        }

        var m = IsoPattern().Match(s);
        if (m.Success)
        {
            return FromIso(m);
        }

        return FromRfc822(s);
    }

    /// <summary>evalcommon.iso: "2017-09-12T08:00:00Z", or null.</summary>
    public static string? Iso(DateTime? t) =>
        t?.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    private static DateTime? FromIso(Match m)
    {
        static int Part(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            if (!int.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
            {
                return null;
            }

            var t = new DateTime(year, Part(m.Groups[2]), Part(m.Groups[3]), Part(m.Groups[4]), Part(m.Groups[5]), Part(m.Groups[6]), DateTimeKind.Unspecified);
            var zone = m.Groups[7].Success ? m.Groups[7].Value : "";
            if (zone.Length > 0 && zone is not ("Z" or "z" or "UTC" or "GMT"))
            {
                var sign = zone[0] == '-' ? -1 : 1;
                var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
                var offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture),
                    digits.Length > 2 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0, 0);
                t = sign > 0 ? t - offset : t + offset;
            }

            return t;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool TryPyInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out value);

    // email._parseaddr._parsedate_tz followed by parsedate_to_datetime and the UTC conversion of parse_instant.
    private static DateTime? FromRfc822(string text)
    {
        var data = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(p => p.Split(['\u001c', '\u001d', '\u001e', '\u001f'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (data.Count == 0)
        {
            return null;
        }

        if (data[0].EndsWith(',') || DayNames.Contains(data[0].ToLowerInvariant()))
        {
            data.RemoveAt(0);
        }
        else
        {
            var comma = data[0].LastIndexOf(',');
            if (comma >= 0)
            {
                data[0] = data[0][(comma + 1)..];
            }
        }

        if (data.Count == 3)
        {
            var stuff = data[0].Split('-');
            if (stuff.Length == 3)
            {
                data = [.. stuff, .. data.Skip(1)];
            }
        }

        if (data.Count == 4)
        {
            var s = data[3];
            var i = s.IndexOf('+', StringComparison.Ordinal);
            if (i == -1)
            {
                i = s.IndexOf('-', StringComparison.Ordinal);
            }

            if (i > 0)
            {
                data[3] = s[..i];
                data.Add(s[i..]);
            }
            else
            {
                data.Add("");
            }
        }

        if (data.Count < 5)
        {
            return null;
        }

        string dd = data[0], mm = data[1], yy = data[2], tm = data[3], tz = data[4];
        if (dd.Length == 0 || mm.Length == 0 || yy.Length == 0)
        {
            return null;
        }

        mm = mm.ToLowerInvariant();
        var monthIndex = Array.IndexOf(MonthNames, mm);
        if (monthIndex < 0)
        {
            (dd, mm) = (mm, dd.ToLowerInvariant());
            monthIndex = Array.IndexOf(MonthNames, mm);
            if (monthIndex < 0)
            {
                return null;
            }
        }

        var month = monthIndex + 1;
        if (month > 12)
        {
            month -= 12;
        }

        if (dd[^1] == ',')
        {
            dd = dd[..^1];
        }

        if (yy.IndexOf(':', StringComparison.Ordinal) > 0)
        {
            (yy, tm) = (tm, yy);
        }

        if (yy.Length > 0 && yy[^1] == ',')
        {
            yy = yy[..^1];
            if (yy.Length == 0)
            {
                return null;
            }
        }

        if (yy.Length == 0 || !char.IsDigit(yy[0]))
        {
            (yy, tz) = (tz, yy);
        }

        if (tm.Length > 0 && tm[^1] == ',')
        {
            tm = tm[..^1];
        }

        var parts = tm.Split(':');
        string hh, mi, ss;
        if (parts.Length == 2)
        {
            (hh, mi, ss) = (parts[0], parts[1], "0");
        }
        else if (parts.Length == 3)
        {
            (hh, mi, ss) = (parts[0], parts[1], parts[2]);
        }
        else if (parts.Length == 1 && parts[0].Contains('.', StringComparison.Ordinal))
        {
            var dotted = parts[0].Split('.');
            if (dotted.Length == 2)
            {
                (hh, mi, ss) = (dotted[0], dotted[1], "0");
            }
            else if (dotted.Length == 3)
            {
                (hh, mi, ss) = (dotted[0], dotted[1], dotted[2]);
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        if (!TryPyInt(yy, out var year) || !TryPyInt(dd, out var day) || !TryPyInt(hh, out var hour)
            || !TryPyInt(mi, out var minute) || !TryPyInt(ss, out var second))
        {
            return null;
        }

        if (year < 100)
        {
            year += year > 68 ? 1900 : 2000;
        }

        int? offset = null;
        tz = tz.ToUpperInvariant();
        if (ZoneNames.TryGetValue(tz, out var named))
        {
            offset = named;
        }
        else if (TryPyInt(tz, out var numeric))
        {
            offset = numeric == 0 && tz.StartsWith('-') ? null : numeric;
        }

        int? offsetSeconds = offset;
        if (offset is int o && o != 0)
        {
            var sign = o < 0 ? -1 : 1;
            o = Math.Abs(o);
            offsetSeconds = sign * ((o / 100 * 3600) + (o % 100 * 60));
        }

        try
        {
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
            if (offsetSeconds is not int seconds)
            {
                return local;
            }

            // datetime.timezone accepts offsets strictly inside a day only.
            if (Math.Abs(seconds) >= 86400)
            {
                return null;
            }

            return local.AddSeconds(-seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
