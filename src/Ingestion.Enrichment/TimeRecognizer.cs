using System.Buffers;
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

    private static readonly FrozenDictionary<string, int> Months = Lexicon.Rows("month-abbreviations")
        .ToFrozenDictionary(row => row[0], row => int.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\d-])(?<year>\d{4})-(?<mon>[01]\d)-(?<day>[0-3]\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @"(?:,\s*|\s+)" + Year + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Day + @"\s+(?:of\s+)?" + Month + @",?\s+" + Year + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    /// <summary>"September 2017", "the end of March 2019" (the narrowing words read in a look-behind, see <see cref="PrefixStart"/>).</summary>
    [GeneratedRegex(@"(?<=(?<prefix>\b(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of|early|late|mid-?)\s*)|)\b" + Month + @",?\s+(?:of\s+)?" + Year + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    /// <summary>"on Tuesday, March 3", "March 3", "3 March": the cue word before a weekday is read in a look-behind
    /// (see <see cref="PrefixStart"/>), so that matching starts only at capitals and digits.</summary>
    [GeneratedRegex(@"(?<=(?<prefix>\b(?:on|last|this|next|since|until|by)\s+)|)\b" + Weekday + @",?\s+" + Month + @"\s+" + Day + @"\b|\b" + Month + @"\s+" + Day + @"\b(?![,\s]*\d)|(?<=(?<prefix>\bthe\s+)|)\b" + Day + @"\s+(?:of\s+)?" + Month + @"\b(?![,\s]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    /// <summary>"last Tuesday", "on Friday night": the cue word is read in a look-behind (see <see cref="PrefixStart"/>).</summary>
    [GeneratedRegex(@"(?<=(?<prefix>\b(?<rel>last|this|next|on|since|by|until|from)\s+)|)\b" + Weekday + @"(?:\s+(?<part>morning|afternoon|evening|night))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"\b(?<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeicticDay();

    /// <summary>"last week", "earlier this month", and "earlier in the week" / "later in the year" (the publication's own unit).</summary>
    [GeneratedRegex(@"\b(?:(?:earlier\s+|later\s+)?(?<rel>last|this|next|past)|(?:earlier|later)\s+in\s+the)\s+(?<unit>week|month|year)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)\s+(?<unit>day|week|month|year|decade)s?\s+ago\b(?<today>\s+today)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    /// <summary>
    /// A month without a year, anchored at the month name: the words before it ("in", "since", "mid-", "the end
    /// of", "the first two weeks of") are read in a look-behind, so the engine only tries capitalised month
    /// names. Modifiers (<c>mod</c>) belong to the span; plain prepositions (<c>rel</c>) only steer the year. The
    /// words before are matched in any case ("In March" opens sentences); the month itself only capitalised. A
    /// month listed after another ("in September and October", "from March to May") needs no cue of its own. An
    /// abbreviation's dot ends the month ("on Nov.", "in Sept."): no word boundary follows a dot. "the year to
    /// March", "the three months to December": a reporting period, named by the month it ends in.
    /// </summary>
    [GeneratedRegex(@"(?<=(?i:\b(?<rel>in|on|since|until|till|by|from|during|for|before|after|last|this|next)\s+|\bthe\s+(?:(?:\d{1,2}|two|three|four|six|nine|twelve)\s+)?(?:year|months|quarter|weeks?)\s+to\s+|(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(?:and|or|to|through|until|till)\s+|\b(?<mod>(?:early|late|mid|(?:the\s+)?(?:end|beginning|start|middle|rest|close)\s+of|the\s+(?:first|last|final|second|past)\s+(?:(?:two|three|four|few|\d)\s+)?(?:weeks?|days?|half|fortnight)\s+of)\s+|mid-\s*)))" + Month + @"(?:(?<=\.)|\b)(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    /// <summary>
    /// Words that put what follows in the future: "will", "'ll", "is due to", "are planned for", "expected to",
    /// "set to". "planned" and "scheduled" only as verbs: "four rounds of planned outages in October" is past.
    /// </summary>
    [GeneratedRegex(@"\b(?:will|shall|wo(?:n't|n’t)|(?:is|are)\s+due|(?:is|are|be|been|being)\s+(?:planned|scheduled)|(?:planned|scheduled)\s+(?:for|to)|plans?\s+to|planning\s+to|(?<!(?:than|as)\s)expected|set\s+(?:to|for)|aims?\s+to|aiming\s+to|going\s+to|intends?\s+to|hopes?\s+to|next(?!\s+to\b)|upcoming)\b|\w['’]ll\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>
    /// "would": the future of a past statement ("said workers would vote in January"), whose date may have come
    /// and gone by publication ("his vow that Britain would leave on October 31"): the nearest such date.
    /// </summary>
    [GeneratedRegex(@"\bwould\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureInPastCue();

    /// <summary>Which way a date without a year or week points: back from the publication, either way, or ahead.</summary>
    private enum Tense
    {
        Past,
        Nearest,
        Future,
    }

    /// <summary>"by Saturday", "by noon on Friday", "by 5pm on Monday": a deadline still ahead.</summary>
    [GeneratedRegex(@"\bby(?:\s+(?:noon|midday|midnight|dawn|dusk|the\s+end\s+of|close\s+of\s+business|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    /// <summary>
    /// Periods of the publication year or month named without a number: "the end of the year", "the full year",
    /// "the first nine months of the year", "the rest of the month", and the one before the publication's: "a year
    /// earlier", "a month earlier", "the previous year" (a comparison with the same period, as in results). "The
    /// previous week" and "a week earlier" are left out: they mostly count back from an event the story tells.
    /// </summary>
    [GeneratedRegex(@"\b(?:the\s+(?:(?:end|start|beginning|middle|rest|remainder|balance|close|turn)\s+of\s+the|full|whole|(?:first|last|final|past|second|third|fourth|remaining)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|few|\d{1,2})\s+)?(?:months|weeks|days|quarters|half)\s+of\s+the)\s+(?<unit>year|month|week)|a\s+(?<earlier>year|month)\s+earlier|the\s+previous\s+(?<earlier>year))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOfYear();

    /// <summary>"the first quarter" (of the year written, else the latest one begun), "Q3 2024", "last quarter".</summary>
    [GeneratedRegex(@"(?<=(?<the>\bthe\s+)|)\b(?:(?<ord>first|second|third|fourth|final|last|this|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+of\s+(?:(?<ofyear>the\s+year)|(?<year>(?:19|20)\d\d)\b))?(?!\s+of\b)|(?-i:Q)(?<q>[1-4])(?:\s+(?<year>(?:19|20)\d\d))?\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    /// <summary>
    /// A year, with the words that narrow it ("the end of 2013", "early 2015") read in a look-behind: the match
    /// then starts at the digits, so the engine tries only digit positions instead of every letter that could
    /// open one of those words. <see cref="PrefixStart"/> gives the span's start.
    /// </summary>
    [GeneratedRegex(@"(?<=(?<prefix>\b(?:(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half|first\s+quarter|last\s+quarter|spring|summer|autumn|fall|winter)\s+of|(?:early|late|mid-?)|(?:spring|summer|autumn|fall|winter))\s*)|)(?<![\d$£€.,/])(?<!(?<!\bmid)-)\b" + Year + @"\b(?![.,]\d|%|\s*percent|[-–/]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:the\s+)?(?<decade>(?:1[89]|20)\d)0s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    /// <summary>"the 1300s", "the early 1800s": a hundred years written as its first year, ISO century "13".</summary>
    [GeneratedRegex(@"(?<![\d$£€.,/-])\b(?:the\s+(?:(?:early|late|mid-?)\s*)?)?(?<century>1[0-9])00s\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CenturyOfHundreds();

    /// <summary>"the 19th century", "the 21st century": the ISO century is one less than the ordinal ("18").</summary>
    [GeneratedRegex(@"\b(?:the\s+(?:(?:early|late|mid-?)\s*)?)?(?<ordinal>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalCentury();

    private static string CenturyValue(Match m) => (Int(m, "ordinal") - 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Ordinal words and their numbers (<c>ordinal-words.tsv</c>): "the nineteenth century" is the 19th.</summary>
    private static readonly FrozenDictionary<string, int> OrdinalWords = Lexicon.Rows("ordinal-words")
        .ToFrozenDictionary(row => row[0], row => int.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>"the nineteenth century", "the early twentieth-century": a century by its ordinal word.</summary>
    private static readonly Regex OrdinalWordCentury = new(
        @"\b(?:the\s+(?:(?:early|late|mid-?)\s*)?)?(?<word>" + string.Join('|', OrdinalWords.Keys.OrderByDescending(word => word.Length).Select(Regex.Escape)) + @")[\s-]+century\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// "2015-2020", "2024-25", "2019/20", "FY2024-25": a span of years (a fiscal year, a season, a survey's period)
    /// gives both ends as years, as "between 2019 and 2021" does. The end is a later year, in full or by its last
    /// two digits in the same century ("2024-05" is a year and a month, not a span).
    /// </summary>
    [GeneratedRegex(@"(?<![\d$£€.,/-])(?:\b(?<fy>FY)\s?|\b)(?<year>(?:1[89]|20)\d\d)[-–/](?<end>(?:1[89]|20)?\d\d)\b(?![-–/.,]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    /// <summary>"FY2025", "FY25": a fiscal year by its number (the year it ends in, as companies write it).</summary>
    [GeneratedRegex(@"\bFY\s?(?<year>(?:19|20)\d\d|\d\d)\b(?![-–/.,]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYear();

    /// <summary>"the weekend", "this weekend", "last weekend", "next weekend": the Saturday and Sunday of an ISO week.
    /// "the weekend of March 21" is the date that follows.</summary>
    [GeneratedRegex(@"\b(?:(?<rel>this\s+past|this|last|next|past)\s+|the\s+)weekend\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekend();

    /// <summary>
    /// A month written alone with no cue word before it ("October was the wettest month", "rents rose sharply
    /// over October"), for the months of <c>uncued-months.tsv</c> only: their names are no verb, modal or given
    /// name. Not before a digit (a day: another pattern's) or a capitalised word ("October Revolution").
    /// </summary>
    private static readonly Regex UncuedMonth = new(
        @"\b(?<month>" + string.Join('|', Lexicon.Words("uncued-months").Select(Regex.Escape)) + @")\b(?!-|\s+(?:\d|\p{Lu}))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Holidays by name (<c>holidays.tsv</c>): the rule that gives their date in a year.</summary>
    private static readonly FrozenDictionary<string, string> Holidays = Lexicon.Map("holidays");

    /// <summary>"Christmas", "on Thanksgiving Day", "New Year's Eve 2023": a holiday's name, longest first, and an optional year.</summary>
    private static readonly Regex HolidayPattern = new(
        @"\b(?<name>" + string.Join('|', Holidays.Keys.OrderByDescending(name => name.Length).Select(Regex.Escape)) + @")(?![\p{L}\d])(?:,?\s+(?<year>(?:1[89]|20)\d\d)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The first words of the holidays, to skip the pattern in the texts that name none.</summary>
    private static readonly string[] HolidayFirstWords = [.. Holidays.Keys.Select(name => name.Split(' ')[0]).Distinct(StringComparer.Ordinal)];

    private static bool HasHolidayName(string text)
    {
        foreach (var word in HolidayFirstWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The holiday's day: in the year written, else, against the publication day, the nearest one in the
    /// direction of the tense ("will spend Christmas" ahead, "spent Christmas" back); null without either.
    /// </summary>
    private static string? HolidayValue(string text, Match m, DateTime? today)
    {
        var rule = Holidays[m.Groups["name"].Value];
        if (m.Groups["year"].Success)
        {
            return Iso(HolidayIn(rule, Int(m, "year")));
        }

        if (today is not { } day)
        {
            return null;
        }

        var tense = TenseAround(text, m.Index, m.Index + m.Length);
        DateTime? best = null;
        foreach (var year in new[] { day.Year - 1, day.Year, day.Year + 1 })
        {
            var date = HolidayIn(rule, year);
            var ahead = date >= day;
            var fits = tense switch
            {
                Tense.Future => ahead,
                Tense.Past => date <= day,
                _ => true,
            };
            if (fits && (best is null || Math.Abs((date - day).TotalDays) < Math.Abs((best.Value - day).TotalDays)))
            {
                best = date;
            }
        }

        return best is { } found ? Iso(found) : null;
    }

    /// <summary>The date a rule of <c>holidays.tsv</c> gives in a year.</summary>
    private static DateTime HolidayIn(string rule, int year)
    {
        if (rule.StartsWith("easter:", StringComparison.Ordinal))
        {
            return EasterSunday(year).AddDays(int.Parse(rule["easter:".Length..], CultureInfo.InvariantCulture));
        }

        if (rule.StartsWith("nth:", StringComparison.Ordinal))
        {
            var parts = rule.Split(':');
            var nth = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var weekday = Enum.Parse<DayOfWeek>(parts[2]);
            var month = int.Parse(parts[3], CultureInfo.InvariantCulture);
            if (nth < 0)
            {
                var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
                return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
            }

            var first = new DateTime(year, month, 1);
            return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (nth - 1)));
        }

        return new DateTime(year, int.Parse(rule[..2], CultureInfo.InvariantCulture), int.Parse(rule[3..], CultureInfo.InvariantCulture));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateTime EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateTime(year, month, day);
    }

    /// <summary>Finds the times of <paramref name="text"/>, in text order, without overlaps.</summary>
    public static List<TimeSpanMatch> Recognize(string text, DateTimeOffset? publishedAt)
    {
        var found = new List<TimeSpanMatch>();
        // The publication's own calendar day, in the offset it was published with: "today" in a story stamped
        // 23:30 at UTC-5 is that evening's date, not the next day's in UTC.
        var anchor = publishedAt?.Date;

        // Cheap gates first: most sentences have no digit and no weekday, so most patterns need not run.
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var hasMonth = HasMonthName(text);
        var hasQuarter = ContainsWord(text, "quarter") || HasQuarterCode(text);

        // Before the years: "the first quarter of 2024" is a quarter, not the year alone.
        if (hasQuarter && (anchor is not null || hasDigit))
        {
            Collect(found, Quarter(), text, anchor, static (m, text, anchor) => QuarterValue(text, anchor, m), static (m, _) => m.Groups["the"] is { Success: true } the ? the.Index : m.Index);
        }

        // Before the years: "Easter 2015" is the day.
        if (HasHolidayName(text))
        {
            Collect(found, HolidayPattern, text, anchor, static (m, text, today) => HolidayValue(text, m, today));
        }

        // Every pattern of this block needs a year (or an ISO date's four digits): most numbers in news are shorter.
        if (hasDigit && HasFourDigits(text))
        {
            Collect(found, IsoDate(), text, anchor, static (m, _, _) => Date(Int(m, "year"), Int(m, "mon"), Int(m, "day")));
            if (hasMonth)
            {
                Collect(found, MonthDayYear(), text, anchor, static (m, _, _) => Date(Int(m, "year"), MonthOf(m), Int(m, "day")));
                Collect(found, DayMonthYear(), text, anchor, static (m, _, _) => Date(Int(m, "year"), MonthOf(m), Int(m, "day")));
                Collect(found, MonthYear(), text, anchor, static (m, _, _) => $"{Int(m, "year"):D4}-{MonthOf(m):D2}", static (m, _) => PrefixStart(m));
            }

            if (text.Contains("0s", StringComparison.Ordinal))
            {
                // Before the decades: "the 1300s" and "the 1800s" are centuries (ISO "13", "18"); "the 2000s" stays a decade.
                Collect(found, CenturyOfHundreds(), text, anchor, static (m, _, _) => m.Groups["century"].Value);
                Collect(found, Decade(), text, anchor, static (m, _, _) => m.Groups["decade"].Value);
            }

            CollectYearRanges(found, text);
            Collect(found, YearPattern(), text, anchor, static (m, text, _) => IsCountNotYear(text, m) ? null : m.Groups["year"].Value, static (m, _) => PrefixStart(m));
        }

        if (hasDigit && ContainsWord(text, "century"))
        {
            Collect(found, OrdinalCentury(), text, anchor, static (m, _, _) => CenturyValue(m));
        }

        if (ContainsWord(text, "century"))
        {
            Collect(found, OrdinalWordCentury, text, anchor, static (m, _, _) => (OrdinalWords[m.Groups["word"].Value] - 1).ToString("D2", CultureInfo.InvariantCulture));
        }

        if (hasDigit && text.Contains("FY", StringComparison.Ordinal))
        {
            Collect(found, FiscalYear(), text, anchor, static (m, _, _) => FullYear(m.Groups["year"].Value).ToString(CultureInfo.InvariantCulture));
        }

        if (anchor is { } today)
        {
            if (hasDigit && hasMonth)
            {
                Collect(found, MonthDay(), text, today, static (m, text, today) => DateNear(today!.Value, MonthOf(m), Int(m, "day"), TenseAround(text, PrefixStart(m), m.Index + m.Length, pastNeedsVerb: true)), static (m, _) => PrefixStart(m));
            }

            var hasYear = text.Contains("year", StringComparison.OrdinalIgnoreCase);
            var hasMonthWord = text.Contains("month", StringComparison.OrdinalIgnoreCase);
            var hasWeek = text.Contains("week", StringComparison.OrdinalIgnoreCase);
            if (hasYear || hasMonthWord || hasWeek)
            {
                Collect(found, PeriodOfYear(), text, today, static (m, _, today) => PeriodValue(today!.Value, m));
            }

            // Before the deictic days: "ten years ago today" is one date, the day ten years back.
            if (ContainsWord(text, "ago"))
            {
                Collect(found, Ago(), text, today, static (m, text, today) => AgoValue(today!.Value, m, ExactlyBefore(text, m.Index) >= 0), static (m, text) => ExactlyBefore(text, m.Index) is >= 0 and var exact ? exact : m.Index);
            }

            var hasDay = text.Contains("day", StringComparison.OrdinalIgnoreCase);
            if (hasDay || text.Contains("to", StringComparison.OrdinalIgnoreCase) || text.Contains("night", StringComparison.OrdinalIgnoreCase)
                || text.Contains("this", StringComparison.OrdinalIgnoreCase))
            {
                // "last night" is the evening before the publication day, as most stories are written the morning after.
                Collect(found, DeicticDay(), text, today, static (m, _, today) => TextFolding.CollapseWhitespace(m.Groups["word"].Value.ToLowerInvariant()) switch
                {
                    "yesterday" or "last night" => Iso(today!.Value.AddDays(-1)),
                    "this morning" or "this afternoon" or "this evening" => Iso(today!.Value),
                    "tomorrow" => Iso(today!.Value.AddDays(1)),
                    "today" or "tonight" => Iso(today!.Value),
                    _ => Iso(today!.Value.AddDays(-2)),
                });
            }

            if (hasDay && HasWeekdayName(text))
            {
                Collect(found, WeekdayPattern(), text, today, static (m, text, today) => NamedDay(text, PrefixStart(m)) ? null
                    : WeekdayDate(today!.Value, m, DeadlineBefore().IsMatch(text.AsSpan(Math.Max(0, PrefixStart(m) - 40), Math.Min(40, PrefixStart(m)))) ? Tense.Future : TenseAround(text, PrefixStart(m), m.Index + m.Length)), static (m, _) => PrefixStart(m));
            }

            if (hasWeek || hasMonthWord || hasYear)
            {
                Collect(found, RelativeUnit(), text, today, static (m, _, today) => RelativeUnitValue(today!.Value, m));
            }

            if (hasMonth)
            {
                Collect(found, BareMonth(), text, today, static (m, text, today) => MonthNear(today!.Value, MonthOf(m), m.Groups["rel"].Value, TenseAround(text, m.Index, m.Index + m.Length)),
                    static (m, _) => m.Groups["mod"] is { Success: true } mod ? mod.Index : m.Index);
                Collect(found, UncuedMonth, text, today, static (m, text, today) => MonthNear(today!.Value, MonthOf(m), string.Empty, TenseAround(text, m.Index, m.Index + m.Length)));
            }

            if (ContainsWord(text, "weekend"))
            {
                Collect(found, Weekend(), text, today, static (m, text, today) => WeekendValue(today!.Value, m.Groups["rel"].Value, TenseAround(text, m.Index, m.Index + m.Length, pastNeedsVerb: true)));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (hasMonth && found.Count > 1)
        {
            ContinueListedMonths(text, found);
        }

        if (hasMonth && hasDigit && found.Count > 0)
        {
            ContinueDayRanges(text, found);
        }

        return found;
    }

    /// <summary>"in May and June", "from December to February": a bare month listed after a month of a known year
    /// continues it, in that year or the next one when it comes earlier in the calendar ("December to February").</summary>
    [GeneratedRegex(@"^\s*(?:and|or|to|through|until|till|-|–)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthListJoiner();

    private static void ContinueListedMonths(string text, List<TimeSpanMatch> found)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var (previous, current) = (found[k - 1], found[k]);
            var previousEnd = previous.Start + previous.Length;
            // "from February 2016 through May 2017": a month written with its own year keeps it.
            if (current.Value.Length != 7 || previous.Value.Length != 7 || previous.Value[4] != '-' || current.Value[4] != '-'
                || HasFourDigits(text.Substring(current.Start, current.Length)) || previousEnd > current.Start || !Months.ContainsKey(text.AsSpan(current.Start, Math.Min(3, current.Length)).ToString())
                || !MonthListJoiner().IsMatch(text.AsSpan(previousEnd, current.Start - previousEnd)))
            {
                continue;
            }

            var previousYear = int.Parse(previous.Value.AsSpan(0, 4), CultureInfo.InvariantCulture);
            var previousMonth = int.Parse(previous.Value.AsSpan(5, 2), CultureInfo.InvariantCulture);
            var month = int.Parse(current.Value.AsSpan(5, 2), CultureInfo.InvariantCulture);
            var year = month < previousMonth ? previousYear + 1 : previousYear;
            found[k] = current with { Value = $"{year:D4}-{month:D2}" };
        }
    }

    /// <summary>"March 3 to 5", "March 3-5": the second day of a range written after a month and a day, not before
    /// a noun ("March 3 and 5 others", "and 12 people") or another number.</summary>
    [GeneratedRegex(@"\G\s*(?:-|–|to|and|through|until)\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|per|\p{Lu})|\s+(?!(?:in|at|on|and|or|with|when|for|after|before|the|to)\b)\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex SecondDayAfter();

    /// <summary>"3-5 March", "3 to 5 March": the first day of a range written before a day and a month.</summary>
    [GeneratedRegex(@"(?<![\d.,])\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstDayBefore();

    /// <summary>Adds the other day of a range of days in one month ("March 3 to 5", "3-5 March") next to the day found.</summary>
    private static void ContinueDayRanges(string text, List<TimeSpanMatch> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var date = found[k];
            // A day with its year ("3 March 2015") ends in the year, and a range after it would be of years.
            var last = date.Start + date.Length - 1;
            if (date.Value.Length != 10 || (last >= 3 && char.IsAsciiDigit(text[last]) && char.IsAsciiDigit(text[last - 1]) && char.IsAsciiDigit(text[last - 2]) && char.IsAsciiDigit(text[last - 3])))
            {
                continue;
            }

            var month = date.Value[..8];
            var endsInDay = char.IsAsciiDigit(text[date.Start + date.Length - 1]) || text.AsSpan(date.Start, date.Length).EndsWith("th", StringComparison.Ordinal)
                || text.AsSpan(date.Start, date.Length).EndsWith("st", StringComparison.Ordinal) || text.AsSpan(date.Start, date.Length).EndsWith("nd", StringComparison.Ordinal)
                || text.AsSpan(date.Start, date.Length).EndsWith("rd", StringComparison.Ordinal);
            if (endsInDay && SecondDayAfter().Match(text, date.Start + date.Length) is { Success: true } second
                && Date(int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..7], CultureInfo.InvariantCulture), Int(second, "day")) is { } secondValue
                && string.CompareOrdinal(secondValue, date.Value) > 0)
            {
                var day = second.Groups["day"];
                if (!Overlaps(found, day.Index, day.Index + day.Length))
                {
                    found.Insert(k + 1, new TimeSpanMatch(day.Index, day.Length, secondValue));
                }
            }
            else if (char.IsAsciiDigit(text[date.Start]) && FirstDayBefore().Match(text, 0, date.Start) is { Success: true } first
                && Date(int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..7], CultureInfo.InvariantCulture), Int(first, "day")) is { } firstValue
                && string.CompareOrdinal(firstValue, date.Value) < 0)
            {
                var day = first.Groups["day"];
                if (!Overlaps(found, day.Index, day.Index + day.Length))
                {
                    found.Insert(k, new TimeSpanMatch(day.Index, day.Length, firstValue));
                }
            }
        }
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

    private static int PrefixStart(Match match) => match.Groups["prefix"] is { Success: true } prefix ? prefix.Index : match.Index;

    /// <summary>
    /// Adds the pattern's matches that overlap no time found before, with their resolved values. A match's span
    /// starts at <paramref name="startOf"/>(match) when given (a look-behind holds part of it), else at the match.
    /// The value functions are static and get the text and the publication day as arguments, so that no closure
    /// or delegate is created per claim.
    /// </summary>
    private static void Collect(
        List<TimeSpanMatch> found, Regex pattern, string text, DateTime? today, Func<Match, string, DateTime?, string?> value, Func<Match, string, int>? startOf = null)
    {
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            var start = startOf?.Invoke(match, text) ?? match.Index;
            var end = match.Index + match.Length;
            if (Overlaps(found, start, end))
            {
                continue;
            }

            var resolved = value(match, text, today);
            if (resolved is not null)
            {
                var span = text.AsSpan(start, end - start);
                var trimmed = span.TrimEnd(", ");
                var leading = span.Length - span.TrimStart().Length;
                found.Add(new TimeSpanMatch(start + leading, trimmed.Length - leading, resolved));
            }
        }
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps one of <paramref name="times"/>.</summary>
    internal static bool Overlaps(IReadOnlyList<TimeSpanMatch> times, int start, int end)
    {
        for (var k = 0; k < times.Count; k++)
        {
            if (start < times[k].Start + times[k].Length && times[k].Start < end)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// A day without a year. A sentence that speaks of the future ("the runoff will be held on January 5", "the
    /// trial opens on March 3") takes the first such day not before the publication; one told in the past tense
    /// ("the bill passed on Nov. 4", "the law took effect on Dec. 28") the last not after it; one with no tense
    /// to read (a heading, "the Dec. 28 vote") the nearest either way.
    /// </summary>
    private static string? DateNear(DateTime today, int month, int day, Tense tense)
    {
        string? best = null;
        var bestDistance = double.MaxValue;
        foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
        {
            if (Date(year, month, day) is not { } value)
            {
                continue;
            }

            var offset = (new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc) - today).TotalDays;
            if ((tense == Tense.Future && offset < 0) || (tense == Tense.Past && offset > 0))
            {
                continue;
            }

            var distance = Math.Abs(offset);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = value;
            }
        }

        return best;
    }

    /// <summary>
    /// A month without a year. "since", "last", and past narration: the latest such month not after the
    /// publication month. "next", "until" and future sentences: the first not before it. "for" (the month a
    /// figure or a booking is for) and "would" (a past statement's future): the nearer of the two, the past one
    /// on a tie ("would vote in January" written in December is next January).
    /// </summary>
    private static string MonthNear(DateTime today, int month, string rel, Tense tense)
    {
        var past = month <= today.Month ? today.Year : today.Year - 1;
        var year = rel.ToLowerInvariant() switch
        {
            "next" => month <= today.Month ? today.Year + 1 : today.Year,
            "last" => month < today.Month ? today.Year : today.Year - 1,
            "since" or "after" => past,
            "this" => today.Year,
            "until" or "till" => month < today.Month ? today.Year + 1 : today.Year,
            _ when tense == Tense.Future => month < today.Month ? today.Year + 1 : today.Year,
            "for" => MonthsBetween(today, past, month) <= MonthsBetween(today, past + 1, month) ? past : past + 1,
            _ when tense == Tense.Nearest => MonthsBetween(today, past, month) <= MonthsBetween(today, past + 1, month) ? past : past + 1,
            _ => past,
        };

        return $"{year:D4}-{month:D2}";
    }

    private static int MonthsBetween(DateTime today, int year, int month) => Math.Abs((year * 12) + month - ((today.Year * 12) + today.Month));

    /// <summary>
    /// The tense of the clause before <paramref name="position"/>: future with a cue such as "will", "is due to",
    /// "are planned for" between the last clause break (punctuation, "said", "told") and the date, either way
    /// with "would", past otherwise. "Officials said on Tuesday that the vote will ..." stays past: the cue comes
    /// after the date.
    /// </summary>
    /// <remarks>
    /// With <paramref name="pastNeedsVerb"/>, a clause with neither cue is past only when it has a verb in the past
    /// tense (<see cref="IsPastClause"/>), and either way otherwise: a day of the month without one is as often
    /// ahead as behind.
    /// </remarks>
    private static Tense TenseAround(string text, int position, int end, bool pastNeedsVerb = false)
    {
        var from = Math.Max(0, position - 90);
        var window = text.AsSpan(from, position - from);
        var cut = LastClauseBreak(window, text.AsSpan(position));
        foreach (var verb in ReportingVerbs)
        {
            cut = Math.Max(cut, window.LastIndexOf(verb, StringComparison.OrdinalIgnoreCase));
        }

        // "planned for Thursday, Saturday and Monday": a break that only separates listed dates does not end the clause.
        while (cut > 0 && ListTail().IsMatch(window[(cut + 1)..]) && ListedDate().IsMatch(window[..cut]))
        {
            cut = window[..cut].LastIndexOfAny(ClauseBreaks);
        }

        var clause = window[(cut + 1)..];
        return clause.IsEmpty || IsOpeningPreposition(clause) ? TenseAfterOpeningDate(text, end, pastNeedsVerb)
            : IsFutureClause(clause) ? Tense.Future
            : FutureInPastCue().IsMatch(clause) ? Tense.Nearest
            : !pastNeedsVerb || IsPastClause(clause) ? Tense.Past
            : Tense.Nearest;
    }

    /// <summary>
    /// The last clause break of <paramref name="window"/> (the text <paramref name="after"/> follows it), or -1. A
    /// dot before a lower-case letter or a digit is an abbreviation's ("at 10 p.m. on Monday", "Gen. Ali"), not the end of a clause.
    /// </summary>
    private static int LastClauseBreak(ReadOnlySpan<char> window, ReadOnlySpan<char> after)
    {
        var cut = window.LastIndexOfAny(ClauseBreaks);
        while (cut >= 0 && window[cut] == '.' && (window[(cut + 1)..].TrimStart() is { IsEmpty: false } next ? next : after.TrimStart()) is { IsEmpty: false } rest
            && (char.IsLower(rest[0]) || char.IsAsciiDigit(rest[0])))
        {
            cut = window[..cut].LastIndexOfAny(ClauseBreaks);
        }

        return cut;
    }

    private static bool IsOpeningPreposition(ReadOnlySpan<char> clause) =>
        clause.Trim() is var word && (word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase)
            || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A date that opens its clause ("On Thursday, the union will walk out") takes the tense of the words after
    /// it, up to the next break or reporting verb ("On Monday, police said the man will appear ..." stays past).
    /// </summary>
    private static Tense TenseAfterOpeningDate(string text, int end, bool pastNeedsVerb)
    {
        var after = text.AsSpan(end, Math.Min(70, text.Length - end)).TrimStart();
        after = after.TrimStart(',');
        var stop = after.IndexOfAny(ClauseBreaks);
        var clause = stop >= 0 ? after[..stop] : after;
        foreach (var verb in ReportingVerbs)
        {
            var at = clause.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            clause = at >= 0 ? clause[..at] : clause;
        }

        return IsFutureClause(clause) ? Tense.Future : !pastNeedsVerb || IsPastClause(clause) ? Tense.Past : Tense.Nearest;
    }

    /// <summary>
    /// A clause with a verb in the past tense: a lower-case word ending in "-ed" ("passed", "voted"), not after a
    /// present form of "be" (<c>present-copulas.tsv</c>: "is headed for"), or a past form of
    /// <c>past-tense-verbs.tsv</c> ("took", "was", "met"). Future cues are tested first, so "planned for" and
    /// "expected to" never get here.
    /// </summary>
    private static bool IsPastClause(ReadOnlySpan<char> clause)
    {
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var match in PastVerb.EnumerateMatches(clause))
        {
            var word = clause.Slice(match.Index, match.Length);
            var afterCopula = PresentCopulas.Contains(previous);
            previous = word;
            // "is headed for" is the present.
            if (IsPastForm(word) && (PastTenseVerbs.ContainsKey(word) || !afterCopula))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a lower-case word is a past form: as <c>past-tense-verbs.tsv</c> lists it (true for "took", false for
    /// "seed"), else by its "-ed" ending ("passed"; "-eed" ends "need", "speed" and "proceed", not past forms).
    /// </summary>
    internal static bool IsPastForm(ReadOnlySpan<char> word) =>
        PastTenseVerbs.TryGetValue(word, out var past)
            ? past
            : word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal);

    /// <summary>Lower-case words, the candidates for a past-tense verb and the copulas before them.</summary>
    private static readonly Regex PastVerb = new(@"\b\p{Ll}{2,}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentCopulas =
        Lexicon.Set("present-copulas").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The forms of <c>past-tense-verbs.tsv</c>, true for a past verb, false for an "-ed" word that is none.</summary>
    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> PastTenseVerbs =
        Lexicon.Rows("past-tense-verbs").ToFrozenDictionary(row => row[0], row => row[1] == "y", StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A clause that puts its date ahead: a future cue ("will", "is due to") or a timetable's present tense ("starts", "opens").</summary>
    private static bool IsFutureClause(ReadOnlySpan<char> clause) => FutureCue().IsMatch(clause) || ScheduleVerb.IsMatch(clause) || CopulaBeforeDate().IsMatch(clause);

    /// <summary>
    /// A present "is"/"are" right before the date ("the summit is in October", "the runoff is on Sunday"): an
    /// event's timetable, ahead. Only right before it: "inflation is at its highest since October" is no such clause.
    /// </summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:(?:in|on|for)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopulaBeforeDate();

    /// <summary>The verbs of <c>schedule-verbs.tsv</c> as one pattern ("the trial starts in early January").</summary>
    private static readonly Regex ScheduleVerb = new(
        // A bare form after a modal or "to" is an infinitive ("the mine would reopen", "due to begin"), whose tense the
        // modal gives.
        @"(?<!\b(?:would|could|should|might|may|must|to)\s+)\b(?:" + string.Join('|', Lexicon.Words("schedule-verbs").Select(verb => verb.Replace(" ", @"\s+", StringComparison.Ordinal))) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>What lies between a listed date's comma and the next date: more dates and the words that join them.</summary>
    [GeneratedRegex(@"^(?:\s|and\b|or\b|then\b|on\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\b)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListTail();

    /// <summary>A clause that ends in a weekday or a month: the previous item of a list of dates.</summary>
    [GeneratedRegex(@"(?:day|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|\d)\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ListedDate();

    /// <summary>Words that make a weekday the name of a feast or an occasion ("Black Friday", "Super Tuesday"), not a date.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayNameWords =
        Lexicon.Set("day-name-words").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool NamedDay(string text, int weekday)
    {
        var before = text.AsSpan(0, weekday).TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return start < before.Length && DayNameWords.Contains(before[start..]);
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(".,;:!?\"“”");

    private static readonly string[] ReportingVerbs = [" said ", " says ", " told ", " announced "];

    /// <summary>The start of "exactly" right before an "... ago" match, or -1.</summary>
    private static int ExactlyBefore(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        return before.EndsWith("exactly", StringComparison.OrdinalIgnoreCase) && (before.Length == 7 || !char.IsLetter(before[^8]))
            ? before.Length - 7
            : -1;
    }

    /// <summary>
    /// Whether <paramref name="word"/> occurs, in any case, between characters that are not letters: a gate for
    /// patterns that need it as a word ("ago", "quarter"), which a plain search lets through for "agency",
    /// "against" and "headquarters", running the pattern over the whole sentence for nothing.
    /// </summary>
    private static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a day's name ("Monday" ... "Sunday", in any case) occurs: "today" and "days" need no weekday pattern.</summary>
    private static bool HasWeekdayName(string text)
    {
        foreach (var day in Weekdays.Keys)
        {
            if (text.Contains(day, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Q3" outside a quarter phrase must be a capital Q before the digit: "Qatar" is not a quarter.</summary>
    private static bool HasQuarterCode(string text)
    {
        for (var i = text.IndexOf('Q', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('Q', i + 1))
        {
            if (text[i + 1] is >= '1' and <= '4')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "2025-Q1". With a year written, that year's quarter. Otherwise the quarter of the publication date's
    /// calendar: "last quarter" is the one before the publication quarter, "this quarter" the publication
    /// quarter, and "the first quarter" the latest first quarter begun (the next one in a future sentence).
    /// </summary>
    private static string? QuarterValue(string text, DateTime? anchor, Match m)
    {
        var ordinal = m.Groups["ord"].Value.ToLowerInvariant();
        var written = m.Groups["year"].Success ? Int(m, "year") : (int?)null;
        if (anchor is not { } today)
        {
            return written is { } only && QuarterNumber(m, ordinal) is { } q ? $"{only:D4}-Q{q}" : null;
        }

        var current = ((today.Month - 1) / 3) + 1;
        if (written is null && !m.Groups["ofyear"].Success && !m.Groups["q"].Success)
        {
            if (ordinal == "this")
            {
                return $"{today.Year:D4}-Q{current}";
            }

            if (ordinal == "last")
            {
                return current == 1 ? $"{today.Year - 1:D4}-Q4" : $"{today.Year:D4}-Q{current - 1}";
            }
        }

        if (QuarterNumber(m, ordinal) is not { } quarter)
        {
            return null;
        }

        var year = written ?? (m.Groups["ofyear"].Success ? today.Year
            : TenseAround(text, m.Index, m.Index + m.Length) == Tense.Future ? (quarter < current ? today.Year + 1 : today.Year)
            : (quarter <= current ? today.Year : today.Year - 1));
        return $"{year:D4}-Q{quarter}";
    }

    private static int? QuarterNumber(Match m, string ordinal) => m.Groups["q"].Success ? Int(m, "q") : ordinal switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" or "final" or "last" => 4,
        _ => null,
    };

    /// <summary>
    /// News tells past events by weekday: "on Tuesday" and "last Tuesday" are the latest Tuesday before the
    /// publication day ("last" never the same day), "next Tuesday" the first after it, "this Tuesday" the
    /// one of the publication week. Plans and deadlines ("walkouts are planned for Thursday", "by Saturday",
    /// "by noon on Friday") are the first such day from the publication day on; "would" (a past statement's
    /// future) the nearer of the two.
    /// </summary>
    /// <summary>The days by name, in any case: <c>Enum.Parse</c> rebuilt its name table's lookup on every call.</summary>
    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays =
        Enum.GetValues<DayOfWeek>().ToFrozenDictionary(day => day.ToString(), StringComparer.OrdinalIgnoreCase);

    private static string WeekdayDate(DateTime today, Match m, Tense tense)
    {
        var weekday = Weekdays[m.Groups["weekday"].Value];
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        return rel switch
        {
            "next" or "until" => Iso(today.AddDays(back == 0 ? 7 : 7 - back)),
            "last" => Iso(today.AddDays(back == 0 ? -7 : -back)),
            "since" => Iso(today.AddDays(-back)),
            "by" or "on" or "from" or "" when tense == Tense.Future || rel == "by" || (tense == Tense.Nearest && back > 3) => Iso(today.AddDays(back == 0 ? 0 : 7 - back)),
            "this" => Iso(today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + (((int)weekday + 6) % 7))),
            _ => Iso(today.AddDays(-back)),
        };
    }

    /// <summary>The year, month or ISO week a period phrase falls in: the publication's, or the one before it for "earlier"/"previous".</summary>
    private static string PeriodValue(DateTime today, Match m)
    {
        var earlier = m.Groups["earlier"].Success;
        return (earlier ? m.Groups["earlier"] : m.Groups["unit"]).Value.ToLowerInvariant() switch
        {
            "year" => (today.Year - (earlier ? 1 : 0)).ToString(CultureInfo.InvariantCulture),
            "month" => today.AddMonths(earlier ? -1 : 0).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => IsoWeek(today.AddDays(earlier ? -7 : 0)),
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

    /// <summary>Adds both ends of each span of years (<see cref="YearRange"/>) that overlaps no time found before.</summary>
    private static void CollectYearRanges(List<TimeSpanMatch> found, string text)
    {
        for (var m = YearRange().Match(text); m.Success; m = m.NextMatch())
        {
            var first = Int(m, "year");
            var endText = m.Groups["end"].Value;
            var last = endText.Length == 4 ? int.Parse(endText, CultureInfo.InvariantCulture) : (first / 100 * 100) + int.Parse(endText, CultureInfo.InvariantCulture);
            if (last <= first || last - first > 100 || Overlaps(found, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var end = m.Groups["end"];
            found.Add(new TimeSpanMatch(m.Index, m.Groups["year"].Index + 4 - m.Index, first.ToString(CultureInfo.InvariantCulture)));
            found.Add(new TimeSpanMatch(end.Index, end.Length, last.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A year written in full or by its last two digits ("FY25" is 2025).</summary>
    private static int FullYear(string digits) =>
        int.Parse(digits, CultureInfo.InvariantCulture) is var year && digits.Length == 2 ? 2000 + year : year;

    /// <summary>
    /// The ISO week of a weekend, as "2026-W11-WE". "this weekend" is the publication week's, "next weekend" the
    /// week after's, "last weekend" the week before's, "this past weekend" the latest one begun. "the weekend" follows the tense: the latest one begun in
    /// the past, the coming one (or the current one, on a Saturday or Sunday) in the future, and without a tense
    /// the nearer: the one just gone from Monday to Wednesday, the coming one from Thursday.
    /// </summary>
    private static string WeekendValue(DateTime today, string rel, Tense tense)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var saturday = monday.AddDays(5);
        var inWeekend = today >= saturday;
        var lastBegun = inWeekend ? saturday : saturday.AddDays(-7);
        var chosen = TextFolding.CollapseWhitespace(rel.ToLowerInvariant()) switch
        {
            "this past" => lastBegun,
            "this" => saturday,
            "next" => saturday.AddDays(7),
            "last" or "past" => saturday.AddDays(-7),
            _ when tense == Tense.Past => lastBegun,
            _ when tense == Tense.Future => saturday,
            _ => inWeekend || today.DayOfWeek is DayOfWeek.Thursday or DayOfWeek.Friday ? saturday : lastBegun,
        };
        return IsoWeek(chosen) + "-WE";
    }

    /// <summary>"three years ago" is the year; "ten years ago today" and "exactly a year ago" are the day.</summary>
    private static string? AgoValue(DateTime today, Match m, bool exactly)
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
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (exactly || m.Groups["today"].Success)
        {
            return Iso(unit switch
            {
                "year" => today.AddYears(-n),
                "decade" => today.AddYears(-10 * n),
                "month" => today.AddMonths(-n),
                "week" => today.AddDays(-7 * n),
                _ => today.AddDays(-n),
            });
        }

        return unit switch
        {
            "day" => Iso(today.AddDays(-n)),
            "week" => Iso(today.AddDays(-7 * n)),
            "month" => today.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "decade" => (today.Year - (10 * n)).ToString(CultureInfo.InvariantCulture),
            _ => (today.Year - n).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string IsoWeek(DateTime date) =>
        $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}";
}
