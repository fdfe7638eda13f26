using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Ingestion.Enrichment;

/// <summary>A quantity found in a text (offsets into that text).</summary>
internal readonly record struct QuantityMatch(int Start, int Length, double Value, string? Unit, string? Qualifier);

/// <summary>
/// Counts and measures: "six precision airstrikes" (6 airstrikes), "17 ISIS militants", "150 miles" (mile),
/// "$5 million" (5,000,000 USD), "12 percent", with the qualifier written before them ("at least",
/// "more than", ...). Spans already taken by times are skipped. Stateless and thread-safe.
/// </summary>
internal static partial class QuantityRecognizer
{
    private const string WordNumber =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion)";

    private const string Digits = @"(?<![\d.,/:])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:[\u00A0\u2009\u202F]\d{3})+(?![\u00A0\u2009\u202F]?[\d,.]\d)|[1-9]\d{0,2}(?: \d{3})*(?: \d00)(?! ?[\d,.]\d)|\d+)(?:\.\d+)?(?![\d/:]|\.\d|,\d{3})";

    /// <summary>The spaces that group the thousands of a number in much of the world's press ("2 000 troops"). A plain
    /// space groups them only in a round number ("12 000", "2 500"): "400 737 jets" is two numbers.</summary>
    private static readonly SearchValues<char> GroupingSpaces = SearchValues.Create(" \u00A0\u2009\u202F");

    private const string Scale = @"(?:(?:\s+|-)(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b|(?:bn|mn|m|k|tn)\b)?(?:\s+(?:thousand|million|billion|trillion)\b)?";

    /// <summary>The number pattern, anchored where <see cref="NumberCandidates"/> says a number may start.</summary>
    [GeneratedRegex(
        @"\G(?:(?<currency>US\$|A\$|C\$|\$|€|£|¥|₹|(?-i:Rs)\.?)\s?)?(?<number>" + Digits + @"|\b" + WordNumber + ")" + @"(?<scale>" + Scale + @")(?:(?<percent>\s?%|\s+percent\b|\s+per\s*cent\b|\s+percentage\s+points?\b|pc\b)|(?<temperature>\s?°\s?(?-i:[CF])\b|(?-i:[CF])\b))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberAt();

    // The pattern's groups by number: a lookup by name hashes the name in the pattern's table on every call.
    private static readonly int NumberGroup = NumberAt().GroupNumberFromName("number");
    private static readonly int CurrencyGroup = NumberAt().GroupNumberFromName("currency");
    private static readonly int ScaleGroup = NumberAt().GroupNumberFromName("scale");
    private static readonly int PercentGroup = NumberAt().GroupNumberFromName("percent");
    private static readonly int TemperatureGroup = NumberAt().GroupNumberFromName("temperature");

    /// <summary>First words of the number words <see cref="WordNumber"/> spells ("twenty-one" starts with "twenty"), and "an" ("about an inch").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordStarts = FrozenSet.ToFrozenSet(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four",
         "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "a", "an", "dozen"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("$€£¥₹");

    /// <summary>
    /// The positions where a number can start, in order: a digit after a non-digit, a currency sign (with its
    /// "US", "A" or "C" prefix), or a word that opens a number word. Running the anchored pattern only there
    /// is what makes the recogniser cheap: unanchored, it was tried at every letter of every claim.
    /// </summary>
    private static IEnumerable<int> NumberCandidates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (i == 0 || !char.IsAsciiDigit(text[i - 1]))
                {
                    yield return i;
                }
            }
            else if (CurrencySigns.Contains(c))
            {
                yield return i;
            }
            else if (char.IsLetter(c) && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_')))
            {
                var end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                var word = text.AsSpan(i, end - i);
                var currencyPrefix = end < text.Length && ((text[end] == '$' && word is "US" or "us" or "Us" or "uS" or "A" or "a" or "C" or "c")
                    || (word is "Rs" && (text[end] is '.' or ' ' || char.IsAsciiDigit(text[end]))));
                if (currencyPrefix || (NumberWordStarts.Contains(word) && (!IsArticle(word) || ArticleCanOpenQuantity(text, end))))
                {
                    yield return i;
                }

                i = end - 1;
            }
        }
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the word after an article can make it a quantity: "a dozen", "a million" (<see cref="NumberAt"/>) or
    /// "an inch", "a mile" (<see cref="ArticleMeasure"/>). Articles are among the commonest words, and most are
    /// followed by neither, so both patterns are spared them.
    /// </summary>
    private static bool ArticleCanOpenQuantity(string text, int articleEnd)
    {
        var start = articleEnd;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (start == articleEnd || end == start)
        {
            return false;
        }

        var next = text.AsSpan(start, end - start);
        return MeasureUnitsBySpan.ContainsKey(next) || next.StartsWith("dozen", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("hundred", StringComparison.OrdinalIgnoreCase) || next.StartsWith("thousand", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("million", StringComparison.OrdinalIgnoreCase) || next.StartsWith("billion", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(
        @"(?:\b(?<qualifier>at\s+least|at\s+most|no\s+fewer\s+than|no\s+less\s+than|about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|more\s+than|over|just\s+over|well\s+over|nearly|almost|just\s+under|up\s+to|as\s+many\s+as|as\s+much\s+as|less\s+than|fewer\s+than|under|below|above|upwards\s+of|exactly|only)\s+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QualifierBefore();

    /// <summary>"or more", "or so" right after a number: a qualifier written after it (<c>trailing-quantity-qualifiers</c>).</summary>
    [GeneratedRegex(@"\G\s+(?<qualifier>or\s+(?:more|so|fewer|less|above|over))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingQualifier();

    private static readonly FrozenDictionary<string, string> TrailingQualifiers = Lexicon.Map("trailing-quantity-qualifiers");

    [GeneratedRegex(@"\G\s*[ap]\.?m\b\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockSuffix();

    private static readonly FrozenDictionary<string, string> Qualifiers = Lexicon.Map("quantity-qualifiers");

    /// <summary>Units of measure, written forms to the unit reported (singular, or the usual symbol).</summary>
    private static readonly FrozenDictionary<string, string> MeasureUnits =
        Lexicon.Map("measure-units", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MeasureUnitsBySpan =
        MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string> CurrencySymbols = Lexicon.Map("currency-symbols");

    /// <summary>Plural nouns that do not end in "s".</summary>
    private static readonly FrozenSet<string> IrregularPlurals = Lexicon.Set("irregular-plurals");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPluralsBySpan = IrregularPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that end a counted noun phrase before its head: the number then stands alone.</summary>
    private static readonly FrozenSet<string> PhraseBreakers = FrozenSet.ToFrozenSet(
        ["of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "was", "were",
         "is", "are", "be", "been", "had", "has", "have", "did", "do", "will", "would", "could", "should", "may",
         "might", "can", "who", "which", "that", "than", "per", "percent", "more", "less", "times", "into",
         "after", "before", "said", "says", "told", "others", "as", "its", "their", "his", "her", "this",
         "these", "those", "also", "out", "up", "down", "ago"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseBreakersBySpan = PhraseBreakers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Time units: a compound with one ("3-day", "12-year-old") is a duration or an age, measured in that unit.</summary>
    private static readonly FrozenSet<string> TimeUnits = Lexicon.Set("time-units", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Compound heads that do not count a thing: fractions ("two-thirds"), multipliers and idioms ("two-way",
    /// "20-odd", "two-time", "two-state solution"), and words that join two numbers ("two-to-one").
    /// </summary>
    private static readonly FrozenSet<string> UncountedCompoundHeads =
        Lexicon.Set("uncounted-compound-heads", StringComparer.OrdinalIgnoreCase);

    /// <summary>Compound heads that say how many without naming the thing ("a 5,000-strong crowd"): counted, no unit.</summary>
    private static readonly FrozenSet<string> CountAdjectives = FrozenSet.ToFrozenSet(["strong"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What joins a number to the one after it that names the unit of both: "10 to 14 days", "five of the six crew".</summary>
    [GeneratedRegex(@"\G(?:\s*(?:to|and|or|-|–)\s*|\s+of\s+(?:the|its|their|his|her|our|these|those)\s+)(?=[\d$€£¥₹]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharedUnitJoin();

    /// <summary>"about a metre", "nearly a mile": the article as the number one, before a measure only.</summary>
    [GeneratedRegex(@"\Gan?\s+(?<unit>[a-z]+)\b(?!-)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleMeasure();

    /// <summary>"aged 5 to 17 months", "ages 12 and 14": ages, both ends of the range.</summary>
    [GeneratedRegex(@"\bage[sd]?\s+(?:between\s+)?(?:[\d.]+\s*(?:to|and|-|–)\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgedBefore();

    /// <summary>"Sami Haddad, 34, a teacher": a small number between commas after a capitalised name is an age.</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameCommaBefore();

    /// <summary>"three and a half hours", "two and a half years": a half added to the number before it.</summary>
    [GeneratedRegex(@"\G\s+and\s+a\s+half\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndAHalf();

    /// <summary>"two dozen bodies", "3 dozen eggs": a number of dozens.</summary>
    [GeneratedRegex(@"\G\s+dozens?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DozenAfter();

    /// <summary>
    /// "one in five adults", "seven in 10 voters", "3 in 100 applicants": a proportion, as a fraction in words is,
    /// not a count: neither number is a quantity. The pattern reads from the first number's end.
    /// </summary>
    [GeneratedRegex(@"\G\s+in\s+(?:every\s+)?(?<second>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProportionAfter();

    /// <summary>
    /// Telephone numbers: groups of digits that open with "0", "+" or a bracketed area code ("0800 123 456",
    /// "+44 20 7946 0000", "(202) 555-0142"), or three groups joined by hyphens ("202-555-0142"). Not quantities.
    /// </summary>
    [GeneratedRegex(@"\G(?:(?:\+|\(\d{2,4}\)\s?|0)\d{0,4}(?:[ -]\d{2,4}){1,4}|\d{3}-\d{3}-\d{4})(?![\d,.]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    /// <summary>
    /// "won 3-2", "a 2-0 win", "a 787-9 jet": numbers of up to three digits joined by a hyphen with no unit after
    /// them are a result or a model, not a range of things ("10-15 seats" names what it counts, "350-375 million" its
    /// scale); "14-0-1", a team's
    /// record, has three parts and needs no such test.
    /// </summary>
    [GeneratedRegex(@"\G\d{1,3}[-–]\d{1,3}(?<record>[-–]\d{1,3})?\b(?![-–.,]?\d|\s*(?:percent\b|per\s*cent\b|%|pc\b|°|(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|bn|mn|m|k|tn)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoinedPair();

    /// <summary>Last words of street and building names (<c>facility-heads.tsv</c>): "221 Baker Street" is an address.</summary>
    private static readonly FrozenSet<string> FacilityHeads = Lexicon.Set("facility-heads");

    /// <summary>"the pilot, 41, had": a small number between commas after a lower-case noun with its determiner is an age.</summary>
    [GeneratedRegex(@"\b(?i:the|a|an|his|her|their|its|our)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}{3,},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NounCommaBefore();

    public static List<QuantityMatch> Recognize(string text, IReadOnlyList<TimeSpanMatch> times)
    {
        var found = new List<QuantityMatch>();
        var resumeAt = 0;

        // A number whose unit is named only after the next number ("between 5,000 and 7,000 fighters"): its
        // index in found, whether it stands without that unit, and where the next number must start.
        var pending = -1;
        var pendingNeedsUnit = false;
        var pendingNextStart = -1;
        var mentionsAge = text.Contains("age", StringComparison.OrdinalIgnoreCase);
        foreach (var candidate in NumberCandidates(text))
        {
            // Matches do not overlap: a candidate inside the previous match is part of it.
            if (candidate < resumeAt)
            {
                continue;
            }

            if (char.IsAsciiDigit(text[candidate]) || NumberWordStarts.Contains(WordAt(text, candidate)))
            {
                if (NotACountAt(text, candidate) is > 0 and var skipTo)
                {
                    resumeAt = skipTo;
                    continue;
                }
            }

            if (NumberAt().Match(text, candidate) is not { Success: true } match)
            {
                if (ArticleQuantity(text, candidate, times) is { } article)
                {
                    found.Add(article);
                    resumeAt = article.Start + article.Length;
                }

                continue;
            }

            resumeAt = match.Index + Math.Max(1, match.Length);
            var number = match.Groups[NumberGroup];
            var start = match.Groups[CurrencyGroup].Success ? match.Index : number.Index;
            var end = match.Index + match.Length;
            if (TimeRecognizer.Overlaps(times, start, end) || !IsWordBoundary(text, start, end))
            {
                continue;
            }

            // "aged 34" is an age without a unit, not a quantity; "aged 5 to 17 months" measures one in a time unit.
            var aged = mentionsAge && AgedBefore().IsMatch(text.AsSpan(Math.Max(0, start - 30), start - Math.Max(0, start - 30)));

            // "COVID-19", "F-16", "G-7": codes: a number after a letter and a hyphen belongs to a name.
            if (start >= 2 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
            {
                continue;
            }

            var digitsOrWords = char.IsAsciiDigit(number.Value[0]) && number.Value.AsSpan().IndexOfAny(GroupingSpaces) >= 0
                ? string.Concat(number.Value.Split([' ', '\u00A0', '\u2009', '\u202F']))
                : number.Value;
            var numberText = digitsOrWords + " " + match.Groups[ScaleGroup].Value.Trim(' ', '-');
            if (!NumberWords.TryParse(numberText.Replace("-", " ", StringComparison.Ordinal), out var value))
            {
                continue;
            }

            // "three and a half hours", "two dozen bodies": the number goes on past its words.
            if (match.Groups[ScaleGroup].Length == 0 && !match.Groups[PercentGroup].Success && !match.Groups[CurrencyGroup].Success)
            {
                if (AndAHalf().Match(text, end) is { Success: true } andAHalf && ReadUnit(text, andAHalf.Index + andAHalf.Length) is { Unit: not null })
                {
                    (value, end) = (value + 0.5, andAHalf.Index + andAHalf.Length);
                }
                else if (!number.Value.EndsWith("dozen", StringComparison.OrdinalIgnoreCase) && DozenAfter().Match(text, end) is { Success: true } dozens)
                {
                    (value, end) = (value * 12, dozens.Index + dozens.Length);
                    resumeAt = end;
                }
            }

            // "half a million", "half a dozen": the article's one is halved, and "half" opens the span.
            if (number.Value.StartsWith("a ", StringComparison.OrdinalIgnoreCase) && HalfBefore(text, start) is >= 0 and var half)
            {
                (value, start) = (value / 2, half);
            }

            // "1 p.m.", "10:30 a.m.": a clock time, not a quantity.
            if (ClockSuffix().IsMatch(text, end))
            {
                continue;
            }

            var isWord = !char.IsDigit(number.Value[0]);
            string? unit = null;
            var compound = false;
            if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
            {
                if (CountedCompound(text, end, isWord ? number.Value : null) is not { } head)
                {
                    continue;
                }

                (unit, end, compound) = (head.Unit, head.End, true);
            }
            else if (match.Groups[CurrencyGroup].Success)
            {
                unit = CurrencySymbols[match.Groups[CurrencyGroup].Value.TrimEnd('.')];
            }
            else if (match.Groups[PercentGroup].Success)
            {
                unit = "percent";
            }
            else if (match.Groups[TemperatureGroup].Success)
            {
                unit = match.Groups[TemperatureGroup].Value.EndsWith('F') ? "fahrenheit" : "celsius";
            }
            else
            {
                // "a million or more Uighurs", "20 or so boats": the qualifier written after the number, then the unit.
                if (TrailingQualifier().Match(text, end) is { Success: true } trailing
                    && ReadUnit(text, trailing.Index + trailing.Length) is { Unit: not null } afterQualifier)
                {
                    var trailingQualifier = TrailingQualifiers[TextFolding.CollapseWhitespace(trailing.Groups["qualifier"].Value.ToLowerInvariant())];
                    found.Add(new QuantityMatch(start, afterQualifier.End - start, value, afterQualifier.Unit, trailingQualifier));
                    resumeAt = afterQualifier.End;
                    continue;
                }

                (unit, end) = ReadUnit(text, end);

                // "two of its largest vessels": a part of a group counts the group's things.
                if (unit is null && PartOfGroup().Match(text, end) is { Success: true } part && ReadUnit(text, part.Index + part.Length) is { Unit: not null } group)
                {
                    (unit, end) = group;
                }

                if (value == 1 && unit is not null && !MeasureUnitsBySpan.ContainsKey(WithoutPossessive(text[number.Index..end].Split(' ', '-')[^1])))
                {
                    unit = null; // "one legal challenge remains": a plural after "one" belongs to something else
                }
            }

            // The unit of a range's or a part's first number comes with the second: "10 to 14 days", "five of the six crew".
            // A duration ("14 days", "72 hours") is a measure like any other: subscribers count hours and days.
            if (pending >= 0)
            {
                if (start == pendingNextStart && unit is not null)
                {
                    found[pending] = found[pending] with { Unit = found[pending].Unit ?? unit };
                }
                else if (pendingNeedsUnit)
                {
                    found.RemoveAt(pending);
                }

                pending = -1;
            }

            var joined = unit is null && !Ordinal(text, end) && SharedUnitJoin().Match(text, end) is { Success: true } join ? join : null;
            if (aged && (unit is null ? joined is null : !TimeUnits.Contains(unit)))
            {
                continue;
            }

            // "one" is mostly a pronoun ("one of them") and lone number words are mostly not quantities.
            if (unit is null && !compound && joined is null && (isWord || Ordinal(text, end)))
            {
                continue;
            }

            if (unit is null && !compound && joined is null && IsAgeAfterName(text, start, end, value))
            {
                continue;
            }

            if (unit is null && !compound && joined is null && !match.Groups[CurrencyGroup].Success && (IsPartOfName(text, start) || IsAddress(text, end)))
            {
                continue;
            }

            var qualifier = QualifierWrittenBefore(text, start) is { } written ? Qualifiers.GetValueOrDefault(written) : null;
            if (match.Groups[ScaleGroup].Length > 0 && found.Count > 0)
            {
                unit = ShareScaleWithRangeStart(text, found, start, value, digitsOrWords, unit);
            }

            found.Add(new QuantityMatch(start, end - start, value, unit, qualifier));
            if (joined is not null)
            {
                (pending, pendingNeedsUnit, pendingNextStart) = (found.Count - 1, isWord || aged, joined.Index + joined.Length);
            }
        }

        if (pending >= 0 && pendingNeedsUnit)
        {
            found.RemoveAt(pending);
        }

        return found;
    }

    /// <summary>
    /// A number joined by a hyphen to the word after it. It counts or measures when that word is a thing
    /// counted ("203-seat chamber", "three-term senator", "a 5,000-strong crowd"), a unit of measure
    /// ("65-foot", "30-metre") or a time unit, which makes a duration or an age measured in it ("3-day",
    /// "a 55-year-old teacher": 55 years). It does not when the word is a fraction or an idiom ("two-thirds",
    /// "two-way", "one-off"), or when the number is the word "one" or "a", whose compounds are nearly all idioms
    /// ("one-sided", "one-man"), another number ("two-three", a range), or a participle or vague word
    /// ("three-pronged", "two-sided", "$16-something"): those describe, they do not count.
    /// Null when it does not count.
    /// </summary>
    private static (string? Unit, int End)? CountedCompound(string text, int hyphen, string? numberWord)
    {
        if (numberWord is not null && (numberWord.Equals("one", StringComparison.OrdinalIgnoreCase) || numberWord.StartsWith('a') || numberWord.StartsWith('A')))
        {
            return null;
        }

        var headEnd = hyphen + 1;
        while (headEnd < text.Length && char.IsLetter(text[headEnd]))
        {
            headEnd++;
        }

        var head = text.AsSpan(hyphen + 1, headEnd - hyphen - 1).ToString();
        if (head.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return ("percent", headEnd); // "a 5-percent rise"
        }

        // "a 14-month offensive", "a 55-year-old teacher": a duration or an age, measured in its time unit.
        if (TimeUnits.Contains(head))
        {
            var ageEnd = headEnd + 4 <= text.Length && text.AsSpan(headEnd).StartsWith("-old", StringComparison.Ordinal) ? headEnd + 4 : headEnd;
            return (head.ToLowerInvariant(), ageEnd);
        }

        if (head.Length < 3 || !head.All(char.IsLower) || TimeUnits.Contains(head.TrimEnd('s')) || NumberWords.Small.ContainsKey(head)
            || UncountedCompoundHeads.Contains(head) || PhraseBreakers.Contains(head) || head.EndsWith("th", StringComparison.Ordinal)
            || head.EndsWith("ed", StringComparison.Ordinal) || head.EndsWith("ing", StringComparison.Ordinal)
            || head.EndsWith("ish", StringComparison.Ordinal) || head == "something")
        {
            return null;
        }

        // "a 30-year-old", "a 65-foot-long": the rest of the compound decides nothing more, but "-old" is an age.
        if (headEnd + 4 <= text.Length && text.AsSpan(headEnd).StartsWith("-old", StringComparison.Ordinal))
        {
            return null;
        }

        if (MeasureUnits.TryGetValue(head, out var measure))
        {
            return (measure, headEnd);
        }

        return (CountAdjectives.Contains(head) ? null : Plural(head), headEnd);
    }

    /// <summary>The plural of a compound's head, the unit's form for counted things ("203-seat" counts seats).</summary>
    private static string Plural(string noun) =>
        noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) ? noun[..^1] + "ies"
        : noun + "s";

    private static int HalfBefore(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith("half", StringComparison.OrdinalIgnoreCase) && (before.Length == 4 || !char.IsLetter(before[^5]))
            ? before.Length - 4
            : -1;
    }

    /// <summary>"about a metre", "nearly a mile": one unit of a measure, only with a qualifier ("$80 a barrel" is a rate).</summary>
    private static QuantityMatch? ArticleQuantity(string text, int candidate, IReadOnlyList<TimeSpanMatch> times)
    {
        if (text[candidate] is not ('a' or 'A') || ArticleMeasure().Match(text, candidate) is not { Success: true } article
            || !MeasureUnits.TryGetValue(article.Groups["unit"].Value, out var unit) || TimeUnits.Contains(unit)
            || unit is "USD" or "EUR" or "GBP" or "JPY" or "CNY" or "INR" or "RUB" or "dinar" or "lb" or "degree")
        {
            return null;
        }

        var end = article.Index + article.Length;
        if (TimeRecognizer.Overlaps(times, candidate, end))
        {
            return null;
        }

        if (QualifierWrittenBefore(text, candidate) is not { } written || written == "some")
        {
            return null;
        }

        return new QuantityMatch(candidate, end - candidate, 1, unit, Qualifiers.GetValueOrDefault(written));
    }

    /// <summary>The qualifier written right before a number ("at  least" as "at least", lower case), or null.</summary>
    private static string? QualifierWrittenBefore(string text, int start)
    {
        var q = QualifierBefore().Match(text[Math.Max(0, start - 25)..start]);
        return q.Success ? TextFolding.CollapseWhitespace(q.Groups["qualifier"].Value.ToLowerInvariant()) : null;
    }

    /// <summary>
    /// Where a phone number, a score or a proportion starting at <paramref name="candidate"/> ends, so that none of
    /// its numbers is read as a quantity; 0 when none starts there.
    /// </summary>
    private static int NotACountAt(string text, int candidate)
    {
        if (candidate > 0 && (char.IsAsciiDigit(text[candidate - 1]) || text[candidate - 1] is '.' or ','))
        {
            return 0;
        }

        // "+44 20 ...", "(202) 555-0142": the sign or the bracket opens the number.
        var opening = candidate > 0 && text[candidate - 1] is '+' or '(' ? candidate - 1 : candidate;
        if (PhoneNumber().Match(text, opening) is { Success: true } phone)
        {
            return phone.Index + phone.Length;
        }

        // A range runs upwards: "787-9 jets" and "a 3-2 win" are a model and a result whatever follows.
        if (JoinedPair().Match(text, candidate) is { Success: true } pair
            && (pair.Groups["record"].Success || !IsUpwardRange(pair.Value) || ReadUnit(text, pair.Index + pair.Length).Unit is null))
        {
            return pair.Index + pair.Length;
        }

        // "one in five adults", "3 in 100 applicants": a proportion.
        if (NumberAt().Match(text, candidate) is { Success: true } first && ProportionAfter().Match(text, first.Index + first.Length) is { Success: true } proportion)
        {
            return ReadUnit(text, proportion.Index + proportion.Length) is { Unit: not null } counted ? counted.End : proportion.Index + proportion.Length;
        }

        return 0;
    }

    /// <summary>"between $5 and $7 million", "1.5 to 2 billion dollars", "$10-15 billion": the scale written at a
    /// range's end is also its start's, when the start has none and is the smaller number; the start's currency is
    /// the end's when the end names none. Returns the end's unit.</summary>
    private static string? ShareScaleWithRangeStart(string text, List<QuantityMatch> found, int start, double value, string numberWritten, string? unit)
    {
        var previous = found[^1];
        var previousEnd = previous.Start + previous.Length;
        if (previousEnd > start || !RangeJoiner().IsMatch(text.AsSpan(previousEnd, start - previousEnd)) || !char.IsAsciiDigit(text[previousEnd - 1])
            || !NumberWords.TryParse(numberWritten.TrimStart('$', '€', '£', '¥', '₹'), out var unscaled) || unscaled <= 0 || previous.Value >= unscaled
            || (previous.Unit is not null && unit is not null && previous.Unit != unit))
        {
            return unit;
        }

        found[^1] = previous with { Value = previous.Value * (value / unscaled), Unit = previous.Unit ?? unit };
        return unit ?? previous.Unit;
    }

    [GeneratedRegex(@"^\s*(?:to|and|-|–)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoiner();

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>"two of its", "three of the country's": the number names part of a group whose noun comes after.
    /// Not before a number ("five of the six crew": <see cref="SharedUnitJoin"/>).</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:the|its|their|his|her|our|these|those)(?=\s+\p{L})(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOfGroup();

    private static bool IsUpwardRange(string pair)
    {
        var join = pair.AsSpan().IndexOfAny('-', '–');
        return int.Parse(pair.AsSpan(0, join), System.Globalization.CultureInfo.InvariantCulture) < int.Parse(pair.AsSpan(join + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// "Boeing 737", "Route 66", "Apollo 11", "NBC 5": a number right after a capitalised word that is no qualifier or
    /// function word (<c>function-words.tsv</c>: "About 300", "All 40", "Just 12") is part of a name or a code.
    /// </summary>
    private static bool IsPartOfName(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        // "NBC 5", "GTX 1660" as well: an acronym before a bare number names a channel or a product.
        var word = text.AsSpan(wordStart, start - 1 - wordStart);
        if (!char.IsUpper(word[0]) || word.Length < 2)
        {
            return false;
        }

        var written = word.ToString();
        var lower = written.ToLowerInvariant();
        // "on March 3" and "Sunday 40" are not names: a month's or a weekday's number is a day's or a time's.
        return !KnownNames.FunctionWords.Contains(written) && !KnownNames.CalendarWords.Contains(written)
            && !PhraseBreakers.Contains(lower) && !Qualifiers.ContainsKey(lower);
    }

    /// <summary>"221 Baker Street", "10 Downing Street": a number before capitalised words that end in a street's or a building's head.</summary>
    private static bool IsAddress(string text, int end)
    {
        var cursor = end;
        for (var words = 0; words < 3; words++)
        {
            if (!NextWord(text, cursor, out var hyphenated, out var wordStart, out var wordEnd) || hyphenated || !char.IsUpper(text[wordStart]))
            {
                return false;
            }

            if (words > 0 && FacilityHeads.Contains(text[wordStart..wordEnd]))
            {
                return true;
            }

            cursor = wordEnd;
        }

        return false;
    }

    /// <summary>"Sami Haddad, 34, a teacher", "Doris Leclerc, 71.", "Braun, 38 – who": a whole number up to 120 between a name's comma and punctuation.</summary>
    private static bool IsAgeAfterName(string text, int start, int end, double value)
    {
        if (value is < 1 or > 120 || value != Math.Floor(value) || !char.IsDigit(text[start]))
        {
            return false;
        }

        var after = text.AsSpan(end).TrimStart(' ');
        var before = text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40));
        return (after.IsEmpty || after[0] is ',' or '.' or ';' or ')' or '–' or '—')
            && (NameCommaBefore().IsMatch(before) || (value >= 16 && !after.IsEmpty && after[0] is ',' or '–' or '—' && NounCommaBefore().IsMatch(before)));
    }

    /// <summary>The unit after a number: a measure ("miles"), or the plural noun counted, past up to two modifiers.</summary>
    private static (string? Unit, int End) ReadUnit(string text, int position)
    {
        var cursor = position;
        Span<char> lowerBuffer = stackalloc char[64];
        for (var words = 0; words < 3; words++)
        {
            if (!NextWord(text, cursor, out var hyphenated, out var wordStart, out var wordEnd))
            {
                break;
            }

            if (hyphenated)
            {
                // "12-year-old", "3-day": compounds describe something else.
                return (null, position);
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            // "one year's notice", "two weeks' pay": a unit in the possessive is still the unit.
            if (words == 0 && (MeasureUnitsBySpan.TryGetValue(word, out var measure) || MeasureUnitsBySpan.TryGetValue(WithoutPossessive(word), out measure)))
            {
                return (measure, wordEnd);
            }

            var lower = word.Length <= lowerBuffer.Length ? lowerBuffer[..word.ToLowerInvariant(lowerBuffer)] : word.ToString().ToLowerInvariant().AsSpan();
            if (PhraseBreakersBySpan.Contains(lower))
            {
                break;
            }

            var isAcronym = word.Length >= 2 && IsCapitalsAndHyphens(word);
            if (!isAcronym && (IrregularPluralsBySpan.Contains(lower) || IsPlural(lower)))
            {
                return (lower.ToString(), wordEnd);
            }

            cursor = wordEnd;
        }

        return (null, position);
    }

    /// <summary>
    /// The word after <paramref name="position"/>: a gap of white space or one hyphen (<paramref name="hyphenated"/>),
    /// then a letter and the letters, apostrophes and hyphens after it.
    /// </summary>
    private static bool NextWord(string text, int position, out bool hyphenated, out int wordStart, out int wordEnd)
    {
        wordStart = position;
        while (wordStart < text.Length && char.IsWhiteSpace(text[wordStart]))
        {
            wordStart++;
        }

        hyphenated = wordStart == position && wordStart < text.Length && text[wordStart] == '-';
        if (hyphenated)
        {
            wordStart++;
        }

        wordEnd = wordStart;
        if (wordStart == position || wordStart >= text.Length || !char.IsLetter(text[wordStart]))
        {
            return false;
        }

        wordEnd++;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-'))
        {
            wordEnd++;
        }

        return true;
    }

    private static bool IsCapitalsAndHyphens(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
        && char.IsLower(word[0]);

    private static bool IsWordBoundary(string text, int start, int end) =>
        (start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));

    private static bool Ordinal(string text, int end) =>
        end + 2 <= text.Length && text.AsSpan(end, 2) is "st" or "nd" or "rd" or "th";
}
