using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Enrichment;

/// <summary>A time found in a text: the span (offsets into that text) and its ISO 8601 value.</summary>
internal readonly record struct TimeSpanMatch(int Start, int Length, string Value);

/// <summary>
/// Recognises the date forms of news prose and resolves them against the publication date, at the precision
/// written: "September 2017" = 2017-09, "the end of 2013" = 2013, "last Tuesday" = a day. Hand-written on
/// purpose: Microsoft.Recognizers.Text covers more forms but builds hundreds of regular expressions per
/// culture (seconds at start-up, milliseconds per sentence), needs a stand-in package to restore here, and
/// its TIMEX output would still need mapping to these values. Stateless and thread-safe.
/// </summary>
internal static partial class TimeRecognizer
{
    private const string Month =
        @"(?<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    private const string Year = @"(?<year>(?:1[89]|20)\d\d)";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";
    private const string Weekday = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\d-])(?<year>\d{4})-(?<mon>[01]\d)-(?<day>[0-3]\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @"(?:,\s*|\s+)" + Year + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Day + @"\s+(?:of\s+)?" + Month + @",?\s+" + Year + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?:\b(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of|early|late|mid-?)\s*)?\b" + Month + @",?\s+(?:of\s+)?" + Year + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?:on|last|this|next|since|until|by)\s+)?" + Weekday + @",?\s+" + Month + @"\s+" + Day + @"\b|\b" + Month + @"\s+" + Day + @"\b(?![,\s]*\d)|\b" + Day + @"\s+" + Month + @"\b(?![,\s]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<rel>last|this|next|on|since|by|until|from)\s+)?" + Weekday + @"(?:\s+(?<part>morning|afternoon|evening|night))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"\b(?<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeicticDay();

    [GeneratedRegex(@"\b(?:earlier\s+|later\s+)?(?<rel>last|this|next|past)\s+(?<unit>week|month|year)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)\s+(?<unit>day|week|month|year)s?\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:in|since|until|by|from|during|last|this|next|early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+" + Month + @"\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    /// <summary>
    /// A year, with the words that narrow it ("the end of 2013", "early 2015") read in a look-behind: the match
    /// then starts at the digits, so the engine tries only digit positions instead of every letter that could
    /// open one of those words. <see cref="YearStart"/> gives the span's start.
    /// </summary>
    [GeneratedRegex(@"(?<=(?<prefix>\b(?:(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half|first\s+quarter|last\s+quarter|spring|summer|autumn|fall|winter)\s+of|(?:early|late|mid-?)|(?:spring|summer|autumn|fall|winter))\s*)|)(?<![\d$£€.,/-])\b" + Year + @"\b(?![.,]\d|%|\s*percent|[-–/]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:the\s+)?(?<decade>(?:1[89]|20)\d)0s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    /// <summary>Finds the times of <paramref name="text"/>, in text order, without overlaps.</summary>
    public static List<TimeSpanMatch> Recognize(string text, DateTimeOffset? publishedAt)
    {
        var found = new List<TimeSpanMatch>();
        var anchor = publishedAt?.UtcDateTime.Date;

        // Cheap gates first: most sentences have no digit and no weekday, so most patterns need not run.
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var hasMonth = HasMonthName(text);
        // Every pattern of this block needs a year (or an ISO date's four digits): most numbers in news are shorter.
        if (hasDigit && HasFourDigits(text))
        {
            Collect(found, IsoDate(), text, m => Date(Int(m, "year"), Int(m, "mon"), Int(m, "day")));
            if (hasMonth)
            {
                Collect(found, MonthDayYear(), text, m => Date(Int(m, "year"), MonthOf(m), Int(m, "day")));
                Collect(found, DayMonthYear(), text, m => Date(Int(m, "year"), MonthOf(m), Int(m, "day")));
                Collect(found, MonthYear(), text, m => $"{Int(m, "year"):D4}-{MonthOf(m):D2}");
            }

            Collect(found, Decade(), text, m => m.Groups["decade"].Value);
            Collect(found, YearPattern(), text, m => IsCountNotYear(text, m) ? null : m.Groups["year"].Value, YearStart);
        }

        if (anchor is { } today)
        {
            if (hasDigit && hasMonth)
            {
                Collect(found, MonthDay(), text, m => DateNear(today, MonthOf(m), Int(m, "day")));
            }

            var hasDay = text.Contains("day", StringComparison.OrdinalIgnoreCase);
            if (hasDay || text.Contains("to", StringComparison.OrdinalIgnoreCase))
            {
                Collect(found, DeicticDay(), text, m => m.Groups["word"].Value.ToLowerInvariant() switch
                {
                    "yesterday" => Iso(today.AddDays(-1)),
                    "tomorrow" => Iso(today.AddDays(1)),
                    "today" or "tonight" => Iso(today),
                    _ => Iso(today.AddDays(-2)),
                });
            }

            if (hasDay)
            {
                Collect(found, WeekdayPattern(), text, m => WeekdayDate(today, m));
            }

            if (text.Contains("week", StringComparison.OrdinalIgnoreCase) || text.Contains("month", StringComparison.OrdinalIgnoreCase)
                || text.Contains("year", StringComparison.OrdinalIgnoreCase))
            {
                Collect(found, RelativeUnit(), text, m => RelativeUnitValue(today, m));
                Collect(found, Ago(), text, m => AgoValue(today, m));
            }

            if (hasMonth)
            {
                Collect(found, BareMonth(), text, m => MonthNear(today, MonthOf(m), m.Value));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The month patterns are case-sensitive: a text without a capitalised month's first three letters has no month.</summary>
    private static bool HasMonthName(string text)
    {
        foreach (var month in MonthPrefixes)
        {
            if (text.Contains(month, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MonthPrefixes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static int YearStart(Match match) => match.Groups["prefix"] is { Success: true } prefix ? prefix.Index : match.Index;

    /// <summary>
    /// Adds the pattern's matches that overlap no time found before, with their resolved values. A match's span
    /// starts at <paramref name="startOf"/>(match) when given (a look-behind holds part of it), else at the match.
    /// </summary>
    private static void Collect(List<TimeSpanMatch> found, Regex pattern, string text, Func<Match, string?> value, Func<Match, int>? startOf = null)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var start = startOf?.Invoke(match) ?? match.Index;
            var end = match.Index + match.Length;
            if (found.Any(f => start < f.Start + f.Length && f.Start < end))
            {
                continue;
            }

            var resolved = value(match);
            if (resolved is not null)
            {
                var span = text.AsSpan(start, end - start);
                var trimmed = span.TrimEnd(", ");
                var leading = span.Length - span.TrimStart().Length;
                found.Add(new TimeSpanMatch(start + leading, trimmed.Length - leading, resolved));
            }
        }
    }

    [GeneratedRegex(@"\G\s+(?<next>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\b(?:in|since|by|until|of|from|during|before|after|early|late|mid|end|beginning|start|and|or|to|through|between|year|the|summer|winter|spring|autumn|fall)\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearCueBefore();

    private static readonly FrozenSet<string> NotPlurals = FrozenSet.ToFrozenSet(
        ["was", "has", "is", "as", "his", "its", "this", "thus", "whereas", "plus", "us", "across", "versus", "less", "unless"],
        StringComparer.Ordinal);

    /// <summary>"1500 troops": a number in the range of years that counts a plural noun and has no year cue before it.</summary>
    private static bool IsCountNotYear(string text, Match m)
    {
        var yearGroup = m.Groups["year"];
        var next = NextWord().Match(text, yearGroup.Index + yearGroup.Length);
        if (!next.Success)
        {
            return false;
        }

        var word = next.Groups["next"].Value;
        if (!word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || NotPlurals.Contains(word)
            || word.Length < 3)
        {
            return false;
        }

        var before = text[Math.Max(0, yearGroup.Index - 20)..yearGroup.Index];
        return !YearCueBefore().IsMatch(before);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m) => Months[m.Groups["month"].Value[..3]];

    private static string? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day without a year: the year that puts it nearest the publication date.</summary>
    private static string? DateNear(DateTime today, int month, int day)
    {
        string? best = null;
        var bestDistance = double.MaxValue;
        foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
        {
            if (Date(year, month, day) is not { } value)
            {
                continue;
            }

            var distance = Math.Abs((new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc) - today).TotalDays);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = value;
            }
        }

        return best;
    }

    /// <summary>"in March": the latest March not after the publication month, unless "next" says otherwise.</summary>
    private static string MonthNear(DateTime today, int month, string written)
    {
        var year = today.Year;
        if (written.StartsWith("next", StringComparison.OrdinalIgnoreCase) || written.StartsWith("until", StringComparison.OrdinalIgnoreCase))
        {
            year = month <= today.Month ? today.Year + 1 : today.Year;
        }
        else if (written.StartsWith("last", StringComparison.OrdinalIgnoreCase))
        {
            year = month < today.Month ? today.Year : today.Year - 1;
        }
        else if (month > today.Month)
        {
            year = today.Year - 1;
        }

        return $"{year:D4}-{month:D2}";
    }

    /// <summary>
    /// News tells past events by weekday: "on Tuesday" and "last Tuesday" are the latest Tuesday before the
    /// publication day ("last" never the same day), "next Tuesday" the first after it, "this Tuesday" the
    /// one of the publication week.
    /// </summary>
    private static string WeekdayDate(DateTime today, Match m)
    {
        var weekday = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        return rel switch
        {
            "next" or "until" => Iso(today.AddDays(back == 0 ? 7 : 7 - back)),
            "last" => Iso(today.AddDays(back == 0 ? -7 : -back)),
            "this" => Iso(today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + (((int)weekday + 6) % 7))),
            _ => Iso(today.AddDays(-back)),
        };
    }

    private static string RelativeUnitValue(DateTime today, Match m)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var step = rel switch
        {
            "last" or "past" => -1,
            "next" => 1,
            _ => 0,
        };
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "year" => (today.Year + step).ToString(CultureInfo.InvariantCulture),
            "month" => today.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => IsoWeek(today.AddDays(7 * step)),
        };
    }

    private static string? AgoValue(DateTime today, Match m)
    {
        var countText = m.Groups["count"].Value.ToLowerInvariant();
        if (countText.Contains("few", StringComparison.Ordinal) || countText == "several")
        {
            return null;
        }

        if (!NumberWords.TryParse(countText, out var count))
        {
            return null;
        }

        var n = (int)count;
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => Iso(today.AddDays(-n)),
            "week" => Iso(today.AddDays(-7 * n)),
            "month" => today.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => (today.Year - n).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string IsoWeek(DateTime date) =>
        $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}";
}
