using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Feeds.Parsing;

/// <summary>
/// Reads the dates that feeds carry, in every form seen in the wild: RFC 822/1123 (with named, military,
/// "GMT+2" and "Etc/GMT" zones, missing seconds or time, two-digit years, missing or wrong weekdays, day and
/// month swapped, long or localised month names), W3C-DTF / ISO 8601 (partial dates, fractional seconds,
/// MSSQL's space separator, compact and two-digit-year forms), asctime and Twitter's variant, Perforce's
/// "yyyy/mm/dd", and the Korean, Greek and Hungarian formats some blog engines write.
/// </summary>
/// <remarks>
/// A date without a zone is taken as UTC. Anything that is not clearly a date gives null, never a guess:
/// an out-of-range field, an unknown zone name, an ambiguous numeric form such as "12/11/2003", trailing text.
/// Stateless and thread-safe.
/// </remarks>
public static partial class FeedDateParser
{
    // Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999 (the RFC 2822 rule).
    private const int TwoDigitYearPivot = 50;

    // Korean blog engines write Korean standard time without saying so.
    private static readonly TimeSpan KoreanStandardTime = TimeSpan.FromHours(9);

    /// <summary>Parses a feed date to an instant (offset zero), or null when it is not a date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = WhitespaceRun().Replace(value.Trim(), " ");
        return TryIso(text) ?? TryCompactIso(text) ?? TryKorean(text) ?? TryCjk(text) ?? TryTokens(text);
    }

    /// <summary>W3C-DTF / ISO 8601 extended form, with MSSQL's space separator and month names (Hungarian).</summary>
    private static DateTimeOffset? TryIso(string text)
    {
        if (IsoOrdinal().IsMatch(text))
        {
            return OrdinalDate(text);
        }

        var m = IsoDate().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = 1;
        if (m.Groups["m"].Success)
        {
            var monthText = m.Groups["m"].Value;
            if (char.IsAsciiDigit(monthText[0]))
            {
                month = int.Parse(monthText, CultureInfo.InvariantCulture);
            }
            else if (!TryMonth(monthText, out month))
            {
                return null;
            }
        }

        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        var hour = GroupInt(m, "h");
        var minute = GroupInt(m, "min");
        var second = GroupInt(m, "s");
        TimeSpan offset = TimeSpan.Zero;
        if (m.Groups["z"].Success && !TryZone(m.Groups["z"].Value, out offset))
        {
            return null;
        }

        return Build(year, month, day, hour, minute, second, offset);
    }

    /// <summary>"2003-335": the 335th day of 2003.</summary>
    private static DateTimeOffset? OrdinalDate(string text)
    {
        var m = IsoOrdinal().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var ordinal = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1 || ordinal < 1 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365))
        {
            return null;
        }

        return new DateTimeOffset(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(ordinal - 1), TimeSpan.Zero);
    }

    /// <summary>ISO 8601 basic and truncated forms: "20031231", "20031231T101455Z", "031231", "03-12-31", "-03-12", "-0312".</summary>
    private static DateTimeOffset? TryCompactIso(string text)
    {
        var m = IsoBasic().Match(text);
        if (m.Success)
        {
            TimeSpan offset = TimeSpan.Zero;
            if (m.Groups["z"].Success && !TryZone(m.Groups["z"].Value, out offset))
            {
                return null;
            }

            return Build(GroupInt(m, "y"), GroupInt(m, "m"), GroupInt(m, "d"), GroupInt(m, "h"), GroupInt(m, "min"), GroupInt(m, "s"), offset);
        }

        m = IsoTwoDigitYear().Match(text);
        if (m.Success)
        {
            var year = ExpandYear(GroupInt(m, "y"));
            var day = m.Groups["d"].Success ? GroupInt(m, "d") : 1;
            return Build(year, GroupInt(m, "m"), day, 0, 0, 0, TimeSpan.Zero);
        }

        return null;
    }

    /// <summary>OnBlog ("2004년 05월 28일 01:31:15") and Nate ("2004-05-25 오후 11:23:17"), both in Korean time.</summary>
    private static DateTimeOffset? TryKorean(string text)
    {
        var m = KoreanOnBlog().Match(text);
        if (!m.Success)
        {
            m = KoreanNate().Match(text);
        }

        if (!m.Success)
        {
            return null;
        }

        var hour = GroupInt(m, "h");
        if (m.Groups["ampm"].Success && !ApplyMeridiem(ref hour, m.Groups["ampm"].Value == "오후"))
        {
            return null;
        }

        return Build(GroupInt(m, "y"), GroupInt(m, "m"), GroupInt(m, "d"), hour, GroupInt(m, "min"), GroupInt(m, "s"), KoreanStandardTime);
    }

    /// <summary>Chinese and Japanese "2004年05月28日 01:31:15"; no zone is given, so UTC like any zoneless date.</summary>
    private static DateTimeOffset? TryCjk(string text)
    {
        var m = CjkDate().Match(text);
        return m.Success
            ? Build(GroupInt(m, "y"), GroupInt(m, "m"), GroupInt(m, "d"), GroupInt(m, "h"), GroupInt(m, "min"), GroupInt(m, "s"), TimeSpan.Zero)
            : null;
    }

    /// <summary>
    /// The word-based forms: RFC 822 ("Thu, 01 Jan 2004 19:48:21 GMT"), month first ("Aug 30 2012 17:26:16 +0200",
    /// "January 26, 2004 4:31 PM"), asctime ("Sun Jan  4 16:29:06 2004", "Sun Jul 15 01:16:00 +0000 2012") and
    /// Perforce ("Fri, 2006/09/15 08:19:53 EDT").
    /// </summary>
    private static DateTimeOffset? TryTokens(string text)
    {
        // Spanish and Portuguese join the parts with "de": "martes, 17 de marzo de 2015".
        var tokens = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Equals("de", StringComparison.OrdinalIgnoreCase) && !t.Equals("del", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var i = 0;
        if (tokens.Length == 0)
        {
            return null;
        }

        // A leading weekday, in any language, right or wrong: the date itself says which day it is.
        if (IsWeekday(tokens[0]) && !(TryMonth(tokens[0], out _) && tokens.Length > 1 && TryDay(tokens[1], out _)))
        {
            i++;
        }

        int year = 0, month = 0, day = 0;
        bool yearSeen;
        if (i < tokens.Length && SlashDate().Match(tokens[i]) is { Success: true } slash)
        {
            (year, month, day) = (GroupInt(slash, "y"), GroupInt(slash, "m"), GroupInt(slash, "d"));
            yearSeen = true;
            i++;
        }
        else if (i + 1 < tokens.Length && TryDay(tokens[i], out day) && TryMonth(tokens[i + 1], out month))
        {
            i += 2;
            yearSeen = i < tokens.Length && TryYear(tokens[i], out year);
            if (!yearSeen)
            {
                return null;
            }

            i++;
        }
        else if (i + 1 < tokens.Length && TryMonth(tokens[i], out month) && TryDay(tokens[i + 1], out day))
        {
            i += 2;
            yearSeen = i < tokens.Length && TryYear(tokens[i], out year);
            if (yearSeen)
            {
                i++;
            }
        }
        else
        {
            return null;
        }

        int hour = 0, minute = 0, second = 0;
        TimeSpan offset = TimeSpan.Zero;
        bool timeSeen = false, zoneSeen = false;
        for (; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!timeSeen && token.Contains(':', StringComparison.Ordinal) && char.IsAsciiDigit(token[0]))
            {
                if (!TryTime(token, out hour, out minute, out second, out var meridiem))
                {
                    return null;
                }

                if (meridiem is { } pm && !ApplyMeridiem(ref hour, pm))
                {
                    return null;
                }

                timeSeen = true;
            }
            else if (!timeSeen && token is "-" or "at" or "@" or "|" or "à" or "um")
            {
                // "March 17, 2015 - 14:05", "17 Mar 2015 at 14:05": a separator before the time.
            }
            else if (timeSeen && !zoneSeen && IsMeridiem(token, out var isPm))
            {
                if (!ApplyMeridiem(ref hour, isPm))
                {
                    return null;
                }
            }
            else if (!yearSeen && TryYear(token, out year))
            {
                // asctime puts the year last: "Jan  4 16:29:06 2004".
                yearSeen = true;
            }
            else if (!zoneSeen && (timeSeen || yearSeen) && TryZone(token, out offset))
            {
                zoneSeen = true;
            }
            else if (token.StartsWith('(') && zoneSeen)
            {
                // "-0800 (PST)": a comment repeating the zone.
                break;
            }
            else if (zoneSeen && i == tokens.Length - 1 && TryZone(token, out _))
            {
                // "+0100 CET": the zone's name after its offset; the offset is what counts.
            }
            else
            {
                return null;
            }
        }

        return yearSeen ? Build(year, month, day, hour, minute, second, offset) : null;
    }

    private static bool TryTime(string token, out int hour, out int minute, out int second, out bool? meridiem)
    {
        hour = minute = second = 0;
        meridiem = null;
        var m = TimeOfDay().Match(token);
        if (!m.Success)
        {
            return false;
        }

        hour = GroupInt(m, "h");
        minute = GroupInt(m, "min");
        second = GroupInt(m, "s");
        if (m.Groups["ampm"].Success)
        {
            meridiem = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
        }

        return true;
    }

    private static bool IsMeridiem(string token, out bool isPm)
    {
        var t = token.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        isPm = t == "pm";
        return t is "am" or "pm";
    }

    private static bool ApplyMeridiem(ref int hour, bool isPm)
    {
        if (hour is < 1 or > 12)
        {
            return false;
        }

        hour = (hour % 12) + (isPm ? 12 : 0);
        return true;
    }

    private static bool TryDay(string token, out int day)
    {
        var digits = OrdinalSuffix().Replace(token, string.Empty);
        day = 0;
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, CultureInfo.InvariantCulture, out day);
    }

    private static bool TryYear(string token, out int year)
    {
        year = 0;
        if (token.Length is not (2 or 4) || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        year = int.Parse(token, CultureInfo.InvariantCulture);
        if (token.Length == 2)
        {
            year = ExpandYear(year);
        }

        return true;
    }

    private static int ExpandYear(int twoDigits) => twoDigits + (twoDigits < TwoDigitYearPivot ? 2000 : 1900);

    private static bool TryMonth(string token, out int month)
    {
        var name = token.TrimEnd('.').ToLowerInvariant();
        if (Months.TryGetValue(name, out month))
        {
            return true;
        }

        // English names may be written in full or cut anywhere after three letters ("Sept", "January").
        return name.Length > 3 && name.All(char.IsAsciiLetter) && Months.TryGetValue(name[..3], out month) && EnglishMonthPrefix(name);
    }

    private static bool EnglishMonthPrefix(string name) =>
        EnglishMonthNames.Any(full => full.StartsWith(name, StringComparison.Ordinal));

    private static bool IsWeekday(string token)
    {
        var name = token.TrimEnd('.', ',').ToLowerInvariant();
        return Weekdays.Contains(name) || (name.Length > 3 && Weekdays.Contains(name[..3]) && name.All(char.IsAsciiLetter));
    }

    /// <summary>A zone: "Z", "+0200", "-01:01", "+02", "GMT", "GMT+2", "GMT-01:01", "UTC+05:30", "Etc/GMT", "EST", "Z", military letters.</summary>
    private static bool TryZone(string token, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var zone = token.Trim();
        if (zone.StartsWith("etc/", StringComparison.OrdinalIgnoreCase))
        {
            zone = zone[4..];
        }

        var m = ZoneOffset().Match(zone);
        if (m.Success)
        {
            var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 23 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (m.Groups["sign"].Value == "-")
            {
                offset = -offset;
            }

            return true;
        }

        if (zone.Length == 0 || !zone.All(char.IsAsciiLetter))
        {
            return false;
        }

        if (ZoneNames.TryGetValue(zone.ToLowerInvariant(), out var hoursOffset))
        {
            offset = TimeSpan.FromHours(hoursOffset);
            return true;
        }

        return false;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        // A leap second is read as the second before it.
        second = Math.Min(second, 59);
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        var ticks = local.Ticks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static int GroupInt(Match m, string name) =>
        m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

    private static readonly string[] EnglishMonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int month, params string[] names)
        {
            foreach (var name in names)
            {
                months[name] = month;
            }
        }

        for (var k = 0; k < 12; k++)
        {
            Add(k + 1, EnglishMonthNames[k], EnglishMonthNames[k][..3]);
        }

        Add(9, "sept");
        // Greek (with and without accents, as Greek blog engines write them).
        Add(1, "ιαν", "ιανουαρίου", "ιανουάριος");
        Add(2, "φεβ", "φεβρουαρίου", "φεβρουάριος");
        Add(3, "μάρ", "μαρ", "μάώ", "μαώ", "μαρτίου", "μάρτιος");
        Add(4, "απρ", "απριλίου", "απρίλιος");
        Add(5, "μάι", "μαι", "μαϊ", "μαΐ", "μαΐου", "μάιος");
        Add(6, "ιούν", "ιουν", "ιον", "ιουνίου", "ιούνιος");
        Add(7, "ιούλ", "ιουλ", "ιολ", "ιουλίου", "ιούλιος");
        Add(8, "αύγ", "αυγ", "αυγούστου", "αύγουστος");
        Add(9, "σεπ", "σεπτεμβρίου", "σεπτέμβριος");
        Add(10, "οκτ", "οκτωβρίου", "οκτώβριος");
        Add(11, "νοέ", "νοε", "νοεμβρίου", "νοέμβριος");
        Add(12, "δεκ", "δεκεμβρίου", "δεκέμβριος");
        // Hungarian.
        Add(1, "január", "jan");
        Add(2, "február", "február", "februári");
        Add(3, "március", "márc");
        Add(4, "április", "ápr");
        Add(5, "május", "máj", "máujus");
        Add(6, "június", "jún");
        Add(7, "július", "júl");
        Add(8, "augusztus");
        Add(9, "szeptember", "szept");
        Add(10, "október", "okt");
        // German, French, Spanish, Italian, Dutch, Portuguese: the names that differ from English.
        Add(1, "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro");
        Add(2, "februar", "février", "févr", "fév", "febrero", "febbraio", "februari", "fevereiro", "fev");
        Add(3, "märz", "mär", "mars", "marzo", "maart", "mrt", "março");
        Add(4, "avril", "avr", "abril", "abr", "aprile");
        Add(5, "mai", "mayo", "maggio", "mag", "mei", "maio");
        Add(6, "juni", "juin", "junio", "giugno", "giu", "junho");
        Add(7, "juli", "juillet", "juil", "julio", "luglio", "lug", "julho");
        Add(8, "août", "agosto", "ago", "augustus");
        Add(9, "septembre", "septiembre", "settembre", "set", "setembro");
        Add(10, "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out");
        Add(11, "novembre", "noviembre", "novembro");
        Add(12, "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro");
        return months.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
    [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // Greek
        "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ",
        // German, French, Spanish, Italian, Dutch, Portuguese (abbreviated and full)
        "mo", "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "mié", "jue", "vie", "sáb", "dom", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "gio", "sab", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "ma", "wo", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "seg", "ter", "qua", "qui", "sex", "segunda", "terça", "quarta", "quinta", "sexta",
    ], StringComparer.Ordinal);

    /// <summary>Zone abbreviations in hours east of UTC. Ambiguous ones take their most common meaning in news feeds.</summary>
    private static readonly FrozenDictionary<string, double> ZoneNames = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["ut"] = 0, ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["wet"] = 0,
        ["edt"] = -4, ["est"] = -5, ["et"] = -5, ["cdt"] = -5, ["cst"] = -6, ["ct"] = -6,
        ["mdt"] = -6, ["mst"] = -7, ["mt"] = -7, ["pdt"] = -7, ["pst"] = -8, ["pt"] = -8,
        ["adt"] = -3, ["ast"] = -4, ["at"] = -4, ["akdt"] = -8, ["akst"] = -9, ["hst"] = -10, ["hast"] = -10, ["hadt"] = -9,
        ["ndt"] = -2.5, ["nst"] = -3.5, ["brt"] = -3, ["art"] = -3,
        ["bst"] = 1, ["ist"] = 5.5, ["cet"] = 1, ["met"] = 1, ["west"] = 1, ["cest"] = 2, ["mest"] = 2, ["mesz"] = 2, ["mez"] = 1,
        ["eet"] = 2, ["eest"] = 3, ["msk"] = 3, ["pkt"] = 5, ["wib"] = 7, ["ict"] = 7,
        ["hkt"] = 8, ["sgt"] = 8, ["awst"] = 8, ["pht"] = 8, ["jst"] = 9, ["kst"] = 9,
        ["acst"] = 9.5, ["acdt"] = 10.5, ["aest"] = 10, ["aedt"] = 11, ["nzst"] = 12, ["nzdt"] = 13,
        // Military letters, with RFC 822's signs (A is UTC-1, N is UTC+1).
        ["a"] = -1, ["b"] = -2, ["c"] = -3, ["d"] = -4, ["e"] = -5, ["f"] = -6, ["g"] = -7, ["h"] = -8, ["i"] = -9,
        ["k"] = -10, ["l"] = -11, ["m"] = -12, ["n"] = 1, ["o"] = 2, ["p"] = 3, ["q"] = 4, ["r"] = 5, ["s"] = 6,
        ["t"] = 7, ["u"] = 8, ["v"] = 9, ["w"] = 10, ["x"] = 11, ["y"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>0?\d{1,2}|\p{L}{3,12})(?:-(?<d>\d{1,2}))?)?(?:(?:[Tt]| )(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)? ?(?<z>[Zz]|[+-]\d{1,2}(?::?\d{2})?|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{2,5})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{4})-(\d{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoOrdinal();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:T(?<h>\d{2}):?(?<min>\d{2})(?::?(?<s>\d{2})(?:[.,]\d+)?)?(?<z>Z|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoBasic();

    [GeneratedRegex(@"^(?:(?<y>\d{2})-?(?<m>\d{2})-?(?<d>\d{2})|-(?<y>\d{2})-?(?<m>\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTwoDigitYear();

    [GeneratedRegex(@"^(?<y>\d{4})년 ?(?<m>\d{1,2})월 ?(?<d>\d{1,2})일 ?(?:(?<ampm>오전|오후) ?)?(?<h>\d{1,2}):(?<min>\d{1,2})(?::(?<s>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanOnBlog();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2}) (?<ampm>오전|오후) (?<h>\d{1,2}):(?<min>\d{1,2}):(?<s>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanNate();

    [GeneratedRegex(@"^(?<y>\d{4})年 ?(?<m>\d{1,2})月 ?(?<d>\d{1,2})日(?: ?(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"^(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<min>\d{1,2})(?::(?<s>\d{1,2})(?:[.,]\d+)?)?(?<ampm>[AaPp]\.?[Mm]\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?:GMT|UTC|UT)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<min>\d{2}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZoneOffset();

    [GeneratedRegex(@"(?<=\d)(?:st|nd|rd|th)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();
}
