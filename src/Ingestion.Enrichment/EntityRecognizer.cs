using System.Collections.Frozen;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>
/// An entity found in a text, with the gazetteer place it resolved to when it is a place. For a place the
/// gazetteer lacks ("Chester County"), <c>Country</c> is the country it is taken to lie in, when one is.
/// </summary>
internal sealed record EntityMention(int Start, int Length, string Text, EntityType Type, string Name, GazetteerEntry? Place, string? Country = null);

/// <summary>
/// Rule-based named-entity recognition (no pretrained model is available here). Capitalised spans are
/// collected (with the connectors names use: "of" after an institution, "al-", initials, hyphens), stripped
/// of sentence-opening function words and of titles, then typed by, in order: the article's own aliases,
/// curated names, titles, organisation and event head words, the gazetteer, demonyms, person cues (given
/// names, role nouns before, appositions and verbs of saying after) and the shape of the span.
/// Stateless: safe to use from many threads.
/// </summary>
internal sealed partial class EntityRecognizer(Gazetteer gazetteer)
{
    private static readonly FrozenSet<string> NameParticles = Lexicon.Set("name-particles");

    /// <summary>Arabic articles that are also English words ("as", "at", "an"): part of a name only when hyphenated.</summary>
    private static readonly FrozenSet<string> HyphenOnlyParticles = Lexicon.Set("hyphen-only-name-particles");

    private static readonly FrozenSet<string> DirectionWords = Lexicon.Set("direction-words");

    private static readonly FrozenSet<string> DatePrepositions = Lexicon.Set("date-prepositions");

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        [".", "!", "?", ":", ";", "“", "\"", "‘", "(", "[", "—", "–", "•", "*"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AppositionDeterminers = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "who", "whose", "aged", "himself", "herself"], StringComparer.Ordinal);

    /// <summary>Finds the entities of <paramref name="text"/>; offsets are shifted by <paramref name="offset"/>.</summary>
    public List<EntityMention> Recognize(
        string text, int offset, Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries)
    {
        var tokens = ReusableTokens ??= [];
        tokens.Clear();
        Tokenizer.Tokenize(text, tokens);
        var mentions = new List<EntityMention>();
        var claimed = FindKnownNamesWithLowerCaseWords(text, tokens, offset, mentions);
        // Spans come in text order, so remembering the last line's answer is enough.
        var (headlineLineStart, headline) = (-1, false);
        // The current line's start, found by searching only the text since the previous span: searching back
        // from each span to its line's start made a long paragraph's spans each rescan it.
        var (lineStart, searchedTo) = (0, 0);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens, i) || (claimed.Count > 0 && IsClaimed(claimed, tokens[i].Start)) || InsideInstrumentCode(text, tokens[i].Start, tokens[i].End))
            {
                i++;
                continue;
            }

            var end = ExtendSpan(text, tokens, i);
            // "Shares of Oracle ORCL.N": the name stops before its ticker.
            while (end > i && InsideInstrumentCode(text, tokens[end].Start, tokens[end].End))
            {
                end--;
            }

            // "The U.S. Securities and Exchange Commission": a span that runs into a name found by search stops before it.
            foreach (var (claimedStart, _) in claimed)
            {
                while (end > i && tokens[end].End > claimedStart && tokens[i].Start < claimedStart)
                {
                    end--;
                }
            }

            var newline = text.AsSpan(searchedTo, tokens[i].Start - searchedTo).LastIndexOf('\n');
            if (newline >= 0)
            {
                lineStart = searchedTo + newline + 1;
            }

            searchedTo = tokens[i].Start;
            if (lineStart != headlineLineStart)
            {
                (headlineLineStart, headline) = (lineStart, IsHeadline(text, tokens, lineStart, i, end));
            }

            if (headline)
            {
                ClassifyHeadlineSpan(text, tokens, i, end, offset, aliases, countries, mentions);
            }
            else
            {
                var mentionsBefore = mentions.Count;
                ClassifySpan(text, tokens, i, end, offset, aliases, countries, mentions);
                ClassifyBySlot(text, tokens, i, end, mentionsBefore, offset, aliases, countries, mentions);
            }

            i = end + 1;
        }

        var count = mentions.Count;
        AddStateAbbreviations(text, tokens, offset, mentions);
        if (claimed.Count > 0 || mentions.Count > count)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        QualifyCitiesByRegion(text, offset, mentions);
        AddListedGivenNames(text, tokens, offset, mentions);
        if (tokens.Capacity > LargestReusableTokenList)
        {
            ReusableTokens = null;
        }

        return mentions;
    }

    /// <summary>
    /// The article's words that a person cue marks as a person's name wherever they stand: a capitalised word
    /// right before a person verb ("Hellwig said", "Ortega resigned") or after a title ("Mr. Hellwig", "Dr
    /// Ortega"). Read once per article, they let a name with no cue of its own in its sentence ("Jan Hellwig runs
    /// the plant") be typed a person by its surname. Places, curated names, demonyms and words that open
    /// sentences anyway are left out: "Moscow said" says nothing of people.
    /// </summary>
    public Dictionary<string, NameAlias> CuedPersonWords(string text)
    {
        var cued = new Dictionary<string, NameAlias>(StringComparer.Ordinal);
        var tokens = Tokenizer.Tokenize(text);
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.IsAcronym || token.Text.Length < 3 || cued.ContainsKey(token.Text))
            {
                continue;
            }

            var beforeVerb = k + 1 < tokens.Count && KnownNames.PersonVerbs.Contains(tokens[k + 1].Text);
            var afterTitle = (k > 0 && KnownNames.Titles.Contains(tokens[k - 1].Text) && tokens[k - 1].IsCapitalized)
                || (k > 1 && tokens[k - 1].Text == "." && KnownNames.Titles.Contains(tokens[k - 2].Text));
            if ((!beforeVerb && !afterTitle) || !IsNameShaped(token) || KnownNames.FunctionWords.Contains(token.Text)
                || KnownNames.CalendarWords.Contains(token.Text) || KnownNames.Titles.Contains(token.Text) || NotNames.Contains(token.Text)
                || KnownNames.OrganizationHeads.Contains(token.Text) || KnownNames.Entities.ContainsKey(token.Text)
                || DemonymOf(token.Text) is not null || gazetteer.Lookup(token.Text).Count > 0)
            {
                continue;
            }

            cued[token.Text] = new NameAlias { Alias = token.Text, Name = token.Text, Type = EntityType.Person };
        }

        return cued;
    }

    /// <summary>
    /// "Ana, Luis and Marta Ortega", "Ana and Luis Ortega": given names listed before a person's full name share
    /// its surname. Each is a person of its own, named with that surname, whatever it was typed as alone ("Ana"
    /// is also a town in Iraq).
    /// </summary>
    private static void AddListedGivenNames(string text, List<Token> tokens, int offset, List<EntityMention> mentions)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var person = mentions[m];
            if (person.Type != EntityType.Person || person.Name.IndexOf(' ', StringComparison.Ordinal) is not (> 0 and var space)
                || !KnownNames.GivenNames.Contains(person.Name[..space]))
            {
                continue;
            }

            var k = tokens.FindIndex(token => token.Start == person.Start - offset);
            if (k < 2 || tokens[k - 1].Text is not ("and" or "&"))
            {
                continue;
            }

            var surname = person.Name[(space + 1)..];
            var listed = new List<int>();
            for (var g = k - 2; g >= 0; g -= 2)
            {
                if (tokens[g].Kind != TokenKind.Word || !KnownNames.GivenNames.Contains(tokens[g].Text))
                {
                    break;
                }

                listed.Add(g);
                if (g == 0 || tokens[g - 1].Text != ",")
                {
                    break;
                }
            }

            foreach (var g in listed)
            {
                var start = tokens[g].Start + offset;
                mentions.RemoveAll(mention => mention.Start == start);
                mentions.Add(new EntityMention(start, tokens[g].Text.Length, tokens[g].Text, EntityType.Person, tokens[g].Text + " " + surname, null));
            }

            if (listed.Count > 0)
            {
                mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                m = mentions.IndexOf(person);
            }
        }
    }

    /// <summary>
    /// Market instrument codes (".DJI", "US10YT=RR", "XAU=", "EUR=") are tickers of data terminals, not names:
    /// the word is glued to an opening period or to an equals sign within one run of text without spaces.
    /// </summary>
    private static bool InsideInstrumentCode(string text, int start, int end)
    {
        var gluedBefore = start > 0 && !char.IsWhiteSpace(text[start - 1]);
        var gluedAfter = end < text.Length && !char.IsWhiteSpace(text[end]);
        if (!gluedBefore && !gluedAfter)
        {
            return false;
        }

        var runStart = start;
        while (runStart > 0 && !char.IsWhiteSpace(text[runStart - 1]) && text[runStart - 1] is not ('(' or '[' or '"' or '“'))
        {
            runStart--;
        }

        var runEnd = end;
        while (runEnd < text.Length && !char.IsWhiteSpace(text[runEnd]) && text[runEnd] is not (')' or ']' or ',' or ';' or '"' or '”'))
        {
            runEnd++;
        }

        var run = text.AsSpan(runStart, runEnd - runStart);
        return run.Contains('=') || (run.Length > 2 && run[0] == '.' && char.IsAsciiLetterUpper(run[1])) || IsTickerWithExchange(run);
    }

    /// <summary>
    /// "ORCL.N", "BA.N", "VOD.L", "7203.T", "AIR.PA": a symbol of two to six capitals or digits, a period and a one- or
    /// two-capital exchange suffix (a sentence's period after it aside). "U.S." and "U.K." have one letter before the
    /// period and stay names.
    /// </summary>
    private static bool IsTickerWithExchange(ReadOnlySpan<char> run)
    {
        if (run.Length > 0 && run[^1] == '.')
        {
            run = run[..^1];
        }

        var dot = run.IndexOf('.');
        if (dot < 2 || dot > 6 || run.Length - dot - 1 is < 1 or > 2)
        {
            return false;
        }

        foreach (var c in run[..dot])
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        foreach (var c in run[(dot + 1)..])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The token list, one per thread and reused by every call: the recogniser runs once per article and once
    /// per claim, and a new list each time was a fifth of enrichment's allocations. Nothing outlives the call.
    /// A list grown by an unusually long text is dropped rather than kept.
    /// </summary>
    [ThreadStatic]
    private static List<Token>? ReusableTokens;

    private const int LargestReusableTokenList = 1 << 16;

    /// <summary>
    /// Curated names with lower-case words inside ("Save the Children") escape the capitalised-span
    /// rules: find them first, by their first word, and keep their words from forming other spans.
    /// </summary>
    private static List<(int Start, int End)> FindKnownNamesWithLowerCaseWords(string text, List<Token> tokens, int offset, List<EntityMention> mentions)
    {
        var claimed = new List<(int Start, int End)>();
        var from = 0;
        foreach (var token in tokens)
        {
            // One dictionary probe per token that could open such a name finds the few names that start with it;
            // the first-letter test spares the probe (a cache miss or two after extraction) for most tokens.
            if (token.Start < from || !FirstLettersOfNamesWithLowerCaseWords.Contains(token.Text[0])
                || !KnownNamesWithLowerCaseWordsByFirstWord.TryGetValue(token.Text, out var candidates)
                || (token.Start > 0 && char.IsLetterOrDigit(text[token.Start - 1])))
            {
                continue;
            }

            foreach (var (name, known) in candidates)
            {
                var end = token.Start + name.Length;
                if (text.AsSpan(token.Start).StartsWith(name, StringComparison.Ordinal) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    mentions.Add(new EntityMention(token.Start + offset, name.Length, name, known.Type, known.Name, null));
                    claimed.Add((token.Start, end));
                    from = end;
                    break;
                }
            }
        }

        return claimed;
    }

    /// <summary>
    /// The names by the text of their first token, each list longest first, so that "Osama bin Laden" is taken
    /// whole rather than as "bin Laden".
    /// </summary>
    private static readonly FrozenDictionary<string, KeyValuePair<string, KnownName>[]> KnownNamesWithLowerCaseWordsByFirstWord =
        KnownNames.WithLowerCaseWords
            .GroupBy(pair => Tokenizer.Tokenize(pair.Key)[0].Text, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> FirstLettersOfNamesWithLowerCaseWords =
        System.Buffers.SearchValues.Create([.. KnownNamesWithLowerCaseWordsByFirstWord.Keys.Select(word => word[0]).Distinct().Order()]);

    private static bool IsClaimed(List<(int Start, int End)> claimed, int position)
    {
        foreach (var (start, end) in claimed)
        {
            if (position >= start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline or heading line in title case ("ISIS Seeks to Regroup in Libya Following Major Setbacks"):
    /// capitals there say nothing, so only names known by themselves count. Told by the capitalised share
    /// of the line's words.
    /// </summary>
    private static bool IsHeadline(string text, List<Token> tokens, int lineStart, int start, int end)
    {
        var lineEnd = text.IndexOf('\n', tokens[end].End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        int words = 0, capitalised = 0;
        // Only the line's own tokens: scanning the whole article for each line made long articles quadratic.
        var first = start;
        while (first > 0 && tokens[first - 1].Start >= lineStart)
        {
            first--;
        }

        for (var k = first; k < tokens.Count && tokens[k].Start < lineEnd; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word
                || token.Text is "of" or "the" or "a" or "an" or "and" or "or" or "to" or "in" or "on" or "for" or "at" or "by" or "with")
            {
                continue;
            }

            words++;
            capitalised += token.IsCapitalized ? 1 : 0;
        }

        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var endsAsSentence = line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';';
        return !endsAsSentence && words >= 4 && capitalised >= words * 0.8;
    }

    /// <summary>Each word of a headline span on its own, kept only when known without the help of capitals.</summary>
    private void ClassifyHeadlineSpan(
        string text, List<Token> tokens, int start, int end, int offset,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        var k = start;
        while (k <= end)
        {
            // Longest known run first ("Islamic State", "Middle East").
            var matched = false;
            for (var last = end; last >= k && !matched; last--)
            {
                var span = SpanOf(text, tokens, k, last);
                if (aliases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(span) || KnownEntitiesBySpan.ContainsKey(span))
                {
                    matched = TryKnown(text, tokens, k, last, offset, aliases, countries, mentions);
                }
                else if (!FunctionWordsBySpan.Contains(span))
                {
                    var spanText = span.ToString();
                    if (LookupPlace(spanText, countries) is { } place
                        && (place.Kind != PlaceKind.City || place.Population >= 100_000) && SpelledAsListed(spanText, place)
                        && (!place.IsLocalRegion || countries.Contains(place.Country ?? "")))
                    {
                        AddPlace(mentions, tokens, text, k, last, offset, place);
                        matched = true;
                    }
                }

                if (matched)
                {
                    k = last + 1;
                }
            }

            if (!matched)
            {
                k++;
            }
        }
    }

    /// <summary>The mention is the place's own name or English form, not a folded look-alike ("Kill" for Kiel).</summary>
    private static bool SpelledAsListed(string mention, GazetteerEntry place)
    {
        var folded = TextFolding.FoldDiacritics(mention);
        return folded.Equals(TextFolding.FoldDiacritics(place.Name), StringComparison.OrdinalIgnoreCase)
            || folded.Equals(place.DisplayName, StringComparison.OrdinalIgnoreCase)
            || place.Kind == PlaceKind.Country;
    }

    private static bool StartsName(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsCapitalized)
        {
            return true;
        }

        // "al-Bunyan": a lower-case article joined to a capitalised word. The hyphen is tested before the
        // particle set, which every lower-case word would otherwise probe.
        return token.Kind == TokenKind.Word && i + 2 < tokens.Count && tokens[i + 1].Text == "-" && tokens[i + 1].Start == token.End
            && tokens[i + 2].IsCapitalized && NameParticles.Contains(token.Text);
    }

    /// <summary>Index of the last token of the name span that starts at <paramref name="start"/>.</summary>
    private int ExtendSpan(string text, List<Token> tokens, int start)
    {
        var end = start;
        // Past "of" or "for" after an institution's head ("Ministry of Water", "Institute for National Defense").
        var pastOfHead = false;
        if (!tokens[start].IsCapitalized)
        {
            end = start + 2; // "al" "-" "Bunyan"
        }

        while (end + 1 < tokens.Count)
        {
            var next = tokens[end + 1];
            var gap = text.AsSpan(tokens[end].End, next.Start - tokens[end].End);
            if (gap.Contains('\n'))
            {
                break;
            }

            var joinedBySpace = gap.Length > 0 && gap.IsWhiteSpace();
            if (next.IsCapitalized && joinedBySpace && next.Kind != TokenKind.Number)
            {
                end++;
                continue;
            }

            // "People's Daily", "National People's Congress": a possessive ends a name, unless the name itself
            // is written with one (a curated name).
            if (next.Text is "'" or "’" && gap.Length == 0 && end + 3 < tokens.Count && tokens[end + 2].Text == "s" && tokens[end + 2].Start == next.End
                && tokens[end + 3].IsCapitalized && tokens[end + 3].Start == tokens[end + 2].End + 1
                && PossessiveNameEnd(text, tokens, start, end + 3) is > 0 and var possessiveEnd)
            {
                end = possessiveEnd;
                continue;
            }

            var after = end + 2 < tokens.Count ? tokens[end + 2] : default;
            var hasAfter = end + 2 < tokens.Count;
            if (next.Text == "-" && gap.Length == 0 && hasAfter && after.Start == next.End && after.IsCapitalized)
            {
                end += 2;
                continue;
            }

            if (next.Text == "-" && gap.Length == 0 && hasAfter && after.Start == next.End && IsHyphenatedGivenName(tokens, start, end))
            {
                end += 2;
                continue;
            }

            if (next.Kind == TokenKind.Word && NameParticles.Contains(next.Text) && hasAfter
                && ((after.IsCapitalized && !HyphenOnlyParticles.Contains(next.Text))
                    || (after.Text == "-" && end + 3 < tokens.Count && tokens[end + 3].IsCapitalized)))
            {
                end += after.IsCapitalized ? 2 : 3;
                continue;
            }

            // "Ruud van de Berg", "Ana de la Cruz": two particles in a row before the surname. The second may be one
            // that stands alone only when hyphenated ("la"): after another particle it cannot be an English word.
            if (next.Kind == TokenKind.Word && NameParticles.Contains(next.Text) && !HyphenOnlyParticles.Contains(next.Text) && end + 3 < tokens.Count
                && after.Kind == TokenKind.Word && NameParticles.Contains(after.Text)
                && tokens[end + 3].IsCapitalized && tokens[end + 3].Kind == TokenKind.Word && tokens[start].IsCapitalized)
            {
                end += 3;
                continue;
            }

            // "Horn of Africa", "Strait of Georgia": a feature's first word continues past "of" like an institution's.
            if ((next.Text == "of" && hasAfter && (SpanHasOfHead(tokens, start, end) || IsFeatureOfHead(tokens, start, end)))
                || (next.Text == "for" && hasAfter && SpanHasOrganizationHead(tokens, start, end)))
            {
                var skip = after.Text == "the" && end + 3 < tokens.Count ? 1 : 0;
                if (tokens[end + 2 + skip].IsCapitalized && tokens[end + 2 + skip].Kind == TokenKind.Word)
                {
                    end += 2 + skip;
                    pastOfHead = !IsFeatureOfHead(tokens, start, end - 2 - skip);
                    continue;
                }
            }

            // "Ministry of Water and Irrigation", "Institute for National Defense and Security Research": after an
            // institution's "of" or "for", "and" joins the second half of its remit, unless that half is a name of its own.
            if (pastOfHead && next.Text is "and" or "&" && hasAfter && after.IsCapitalized && after.Kind == TokenKind.Word
                && IsRemitContinuation(text, tokens, end + 2))
            {
                end += 2;
                continue;
            }

            // "Securities and Exchange Commission", "Refugees in Towns Project": "and" or "in" inside a name that
            // ends with an organisation head; after "in" a weak head ("Project") will do, since a capitalised run
            // on both sides of "in" that ends in one is rarely a place phrase.
            if (next.Text is "and" or "&" or "in" && hasAfter && after.IsCapitalized
                && !KnownNames.FunctionWords.Contains(tokens[end].Text)
                && !(next.Text == "in" && end == start && KnownNames.RoleNouns.Contains(tokens[start].Text.ToLowerInvariant())) && EndsWithOrganizationHead(tokens, end + 2, weakHeadsToo: next.Text == "in"))
            {
                end += 2;
                continue;
            }

            // "Thomas. D. Waldhauser": a stray period between a name and an initial.
            if (next.Text == "." && gap.Length == 0 && hasAfter && after.Kind == TokenKind.Initial)
            {
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// "Jan Hellwig", "Jun Tanaka": a word that is both a given name and a month's abbreviation opens a name when a
    /// capitalised name-shaped word follows and no preposition or number puts it in a date ("in Jan", "on Jan 5").
    /// </summary>
    private static bool IsGivenNameNotDate(List<Token> tokens, int start, int end)
    {
        if (start >= end || !KnownNames.GivenNames.Contains(tokens[start].Text))
        {
            return false;
        }

        var next = tokens[start + 1];
        if (next.Kind != TokenKind.Word || !IsNameShaped(next) || KnownNames.CalendarWords.Contains(next.Text) || next.Start != tokens[start].End + 1)
        {
            return false;
        }

        return start == 0 || !(DatePrepositions.Contains(tokens[start - 1].Text) || tokens[start - 1].Kind == TokenKind.Number);
    }

    /// <summary>
    /// "Tsai Ing-wen", "Moon Jae-in", "Lee Hsien-loong": a short capitalised syllable after a short surname, joined by a
    /// hyphen to a lower-case syllable, is one given name. The lower-case part must be a syllable, not a word that makes a modifier ("Kremlin-backed", "Hamas-run").
    /// </summary>
    private static bool IsHyphenatedGivenName(List<Token> tokens, int start, int end)
    {
        if (end == start || end + 2 >= tokens.Count)
        {
            return false;
        }

        var first = tokens[end];
        var surname = tokens[end - 1];
        var second = tokens[end + 2];
        return first.Kind == TokenKind.Word && !first.IsAcronym && first.Text.Length is >= 2 and <= 6
            && surname.Kind == TokenKind.Word && surname.IsCapitalized && !surname.IsAcronym && surname.Text.Length <= 6
            && !KnownNames.FunctionWords.Contains(surname.Text) && !KnownNames.Titles.Contains(surname.Text)
            && second.IsLower && second.Text.Length is >= 2 and <= 5 && second.Text.All(char.IsAsciiLetterLower)
            && !KnownNames.CompoundModifierSuffixes.Contains(second.Text)
            && (end + 3 >= tokens.Count || tokens[end + 3].Text != "-" || tokens[end + 3].Start != second.End);
    }

    /// <summary>
    /// The last token of a curated name that runs from <paramref name="start"/> (or the word after it, past "The")
    /// across a possessive to the capitalised words from <paramref name="afterPossessive"/>; -1 when none does.
    /// </summary>
    private int PossessiveNameEnd(string text, List<Token> tokens, int start, int afterPossessive)
    {
        var last = afterPossessive;
        while (last + 1 < tokens.Count && last - afterPossessive < 4 && tokens[last + 1].IsCapitalized && tokens[last + 1].Start - tokens[last].End == 1)
        {
            last++;
        }

        // "Alzheimer's Association", "Children's Hospital", "St Columba's College": a name written with a possessive
        // and ending in an organisation's head is one name, when the possessor is no place, people or curated name
        // ("Russia's Foreign Ministry", "Boeing's Defense Unit" are two).
        var possessor = afterPossessive - 3;
        if (possessor - start <= 1 && KnownNames.OrganizationHeads.Contains(tokens[last].Text) && !WeakOrganizationHeads.Contains(tokens[last].Text)
            && !KnownNames.Entities.ContainsKey(tokens[possessor].Text) && gazetteer.Lookup(tokens[possessor].Text).Count == 0
            && DemonymOf(tokens[possessor].Text) is null)
        {
            return last;
        }

        for (; last >= afterPossessive; last--)
        {
            for (var first = start; first <= start + 1 && first < afterPossessive; first++)
            {
                if (KnownEntitiesBySpan.ContainsKey(text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start)))
                {
                    return last;
                }
            }
        }

        return -1;
    }

    private static bool EndsWithOrganizationHead(List<Token> tokens, int from, bool weakHeadsToo = false)
    {
        var k = from;
        while (k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].Start - tokens[k].End == 1)
        {
            k++;
        }

        return KnownNames.OrganizationHeads.Contains(tokens[k].Text) && (weakHeadsToo || !WeakOrganizationHeads.Contains(tokens[k].Text));
    }

    /// <summary>
    /// The capitalised words from <paramref name="from"/> to the next lower-case word are common nouns of a remit
    /// ("Irrigation", "Security Research"), not a name: no organisation head, no curated name, no place, no people,
    /// no given name.
    /// </summary>
    private bool IsRemitContinuation(string text, List<Token> tokens, int from)
    {
        var last = from;
        while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Kind == TokenKind.Word
            && tokens[last + 1].Start - tokens[last].End == 1)
        {
            last++;
        }

        if (last - from > 2)
        {
            return false;
        }

        for (var k = from; k <= last; k++)
        {
            var word = tokens[k].Text;
            if (KnownNames.OrganizationHeads.Contains(word) || KnownNames.GivenNames.Contains(word) || KnownNames.FunctionWords.Contains(word)
                || tokens[k].IsAcronym || gazetteer.Lookup(word).Count > 0 || DemonymOf(word) is not null)
            {
                return false;
            }
        }

        return !KnownEntitiesBySpan.ContainsKey(SpanOf(text, tokens, from, last));
    }

    /// <summary>"Ferries", "Airlines", "Holdings": a plural ending, not "-ss" ("Express") or "-us" ("Campus").</summary>
    private static bool IsPluralNoun(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal);

    /// <summary>The span so far is a feature's first word, alone or after a sentence's "The" ("The Horn of Africa drought").</summary>
    private static bool IsFeatureOfHead(List<Token> tokens, int start, int end) =>
        FeatureOfHeads.ContainsKey(tokens[end].Text) && (end == start || (end == start + 1 && KnownNames.FunctionWords.Contains(tokens[start].Text)));

    private static bool SpanHasOfHead(List<Token> tokens, int start, int end) =>
        AnyToken(tokens, start, end, static token => KnownNames.OfHeads.Contains(token.Text));

    private void ClassifySpan(
        string text, List<Token> tokens, int start, int end, int offset,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        // A curated name may begin with a function word ("The Independent"): try the whole span first.
        if (TryKnown(text, tokens, start, end, offset, aliases, countries, mentions))
        {
            return;
        }

        if (TryDateline(text, tokens, start, end, offset, countries, mentions))
        {
            return;
        }

        if (start == end && DottedRegionAfterTown(tokens, start) is { } abbreviatedRegion)
        {
            AddPlace(mentions, tokens, text, start, end, offset, abbreviatedRegion);
            return;
        }

        var titled = false;
        while (start <= end)
        {
            var word = tokens[start].Text;
            if (Ordinals.Contains(word) && !IsSentenceStart(tokens, start) && start < end)
            {
                break; // "the Second Chechen War": part of the name
            }

            if (start < end && RoleNounAsTitle(word))
            {
                titled = true; // "Analyst Marta Kowalczyk said ..."
                start++;
            }
            else if (KnownNames.FunctionWords.Contains(word) || (KnownNames.CalendarWords.Contains(word) && !IsGivenNameNotDate(tokens, start, end))
                || tokens[start].Kind == TokenKind.Punctuation)
            {
                if (KnownNames.Titles.Contains(word))
                {
                    titled = true;
                }

                start++;
            }
            else if (KnownNames.Titles.Contains(word) && start < end && !SpanHasOrganizationHead(tokens, start, end))
            {
                titled = true;
                start++;
            }
            else
            {
                break;
            }

            if (start <= end && TryKnown(text, tokens, start, end, offset, aliases, countries, mentions))
            {
                return;
            }
        }

        // "President of Israel" less its title: a connector cannot open a name.
        while (start <= end && tokens[start].Text is "of" or "for" or "the" or "and" or "&")
        {
            start++;
        }

        while (end >= start && (KnownNames.CalendarWords.Contains(tokens[end].Text) || tokens[end].Kind == TokenKind.Punctuation))
        {
            end--;
        }

        if (start > end)
        {
            return;
        }

        // "the South African Dean Pieterse": a demonym of two words before a person's name is a nationality of its
        // own, as a one-word one is ("American Kevin King", below); organisations named with it were typed above.
        if (end - start >= 3 && tokens[start + 1].IsCapitalized && DemonymOf(SpanText(text, tokens, start, start + 1)) is not null
            && tokens[start + 2].IsCapitalized && !SpanHasOrganizationHead(tokens, start + 2, end) && !AnyToken(tokens, start + 2, end, static token => !IsNameShaped(token)))
        {
            Add(mentions, tokens, text, start, start + 1, offset, EntityType.Nationality, SpanText(text, tokens, start, start + 1), null);
            // The demonym itself cues the person: "the Sri Lankan" is someone from Sri Lanka.
            if (end - start <= 4 && LookupPlace(SpanText(text, tokens, start + 2, end), countries) is null)
            {
                AddPerson(text, tokens, start + 2, end, offset, aliases, mentions);
            }
            else
            {
                ClassifySpan(text, tokens, start + 2, end, offset, aliases, countries, mentions);
            }

            return;
        }

        // "Texas Gov. Greg Abbott": the span stops at the abbreviation's period, and the person after it is found on
        // its own; the words before the title stand alone.
        if (end > start && KnownNames.Titles.Contains(tokens[end].Text) && end + 1 < tokens.Count && tokens[end + 1].Text == "."
            && tokens[end + 1].Start == tokens[end].End && !SpanHasOrganizationHead(tokens, start, end))
        {
            ClassifyBeforeTitle(text, tokens, start, end - 1, offset, aliases, countries, mentions);
            return;
        }

        // "German Chancellor Angela Merkel": a title inside the span starts a person; the words before it stand alone.
        for (var k = start + 1; k < end; k++)
        {
            // Not inside an institution's remit: "Institute for National Defense and Security Research".
            if (KnownNames.Titles.Contains(tokens[k].Text) && tokens[k].Text.Length > 3
                && !SpanHasOrganizationHead(tokens, k, end) && tokens[k + 1].Text != "of" && !SpanHasOfHeadOrganization(tokens, start, k))
            {
                ClassifyBeforeTitle(text, tokens, start, k - 1, offset, aliases, countries, mentions);
                var personStart = k;
                while (personStart < end && KnownNames.Titles.Contains(tokens[personStart].Text))
                {
                    personStart++;
                }

                if (!KnownNames.Titles.Contains(tokens[personStart].Text))
                {
                    AddPerson(text, tokens, personStart, end, offset, aliases, mentions);
                }

                return;
            }
        }

        // "New York Democrat Tom Hale", "Florida Republican Ana Ruiz": a party member's noun between a place and a
        // name ends the place and starts the person, as a title does (party-member-nouns.tsv). The last such noun
        // counts ("Liberal Democrat Tim Farron"), and two or three name words must follow it.
        for (var k = end - 2; k >= start; k--)
        {
            if (!PartyMemberNouns.Contains(tokens[k].Text))
            {
                continue;
            }

            var nameWords = end - k;
            if (nameWords is < 2 or > 3 || SpanHasOrganizationHead(tokens, start, end)
                || Enumerable.Range(k + 1, nameWords).Any(i => !tokens[i].IsCapitalized || KnownNames.Titles.Contains(tokens[i].Text)))
            {
                break;
            }

            if (k > start)
            {
                ClassifyBeforeTitle(text, tokens, start, k - 1, offset, aliases, countries, mentions);
            }

            ClassifySpan(text, tokens, k, k, offset, aliases, countries, mentions);
            AddPerson(text, tokens, k + 1, end, offset, aliases, mentions);
            return;
        }

        // "relations with the West": the Western world, a region with no borders to point at (regions-after-the.tsv).
        if (start == end && start > 0 && tokens[start - 1].Text == "the" && RegionsAfterThe.TryGetValue(tokens[start].Text, out var regionAfterThe)
            && (end + 1 >= tokens.Count || !tokens[end + 1].IsCapitalized))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Location, regionAfterThe.Name, null, regionAfterThe.Country);
            return;
        }

        if (TryHyphenatedPlaces(text, tokens, start, end, offset, countries, mentions)
            || TryCountryBeforeGovernmentBody(text, tokens, start, end, offset, aliases, countries, mentions))
        {
            return;
        }

        var spanText = SpanText(text, tokens, start, end);
        var single = start == end;
        var atSentenceStart = IsSentenceStart(tokens, start);

        if (titled && !tokens[start].IsAcronym)
        {
            AddPerson(text, tokens, start, end, offset, aliases, mentions);
            return;
        }

        var last = tokens[end].Text;
        if (single && (KnownNames.OrganizationHeads.Contains(last) || NotNames.Contains(last)))
        {
            return; // "the Company", "CEO": a common noun or a title written with capitals
        }

        // "Stawell, Victoria", "Andheri, a suburb of Mumbai": a small town placed in its region, a district in its city.
        if (TrySmallTownInWrittenRegion(text, tokens, start, end, offset, spanText, mentions))
        {
            return;
        }

        if (DistrictOfCity(text, tokens, start, end, spanText, countries) is { } district && !IsPersonByCue(tokens, start, end, titled))
        {
            AddPlace(mentions, tokens, text, start, end, offset, district);
            return;
        }

        // A park, a building or a street stands in one country, most likely the article's ("Grampians National Park").
        if (!single && FacilityHeads.Contains(last))
        {
            var listed = KnownFeature(spanText);
            Add(mentions, tokens, text, start, end, offset, EntityType.Location, CanonicalSpanText(spanText), listed,
                listed is null ? MainCountry(countries) : null);
            return;
        }

        // "Borno State", "Washington County", "Kurdistan Region": a division named with its generic word is a
        // place, pointed at the division of that name when the gazetteer has it ("Borno").
        if (!single && AdminDivisionHeads.Contains(last) && !SpanHasOrganizationHead(tokens, start, end - 1))
        {
            // "Los Angeles County" is not the city, but lies in the city's country.
            // A world region across borders ("Kurdistan") is not the division: its part named "Region" lies in one
            // country, most likely the article's.
            var division = LookupPlace(spanText, countries) ?? LookupPlace(SpanText(text, tokens, start, end - 1), countries);
            if (division is { Kind: PlaceKind.Region, Country: null })
            {
                division = null;
            }

            Add(mentions, tokens, text, start, end, offset, EntityType.GeopoliticalEntity, CanonicalSpanText(spanText),
                division is { Kind: PlaceKind.AdminRegion or PlaceKind.Country or PlaceKind.Region } ? division : null,
                division?.Country ?? MainCountry(countries));
            return;
        }

        // "Strait of Georgia", "Cape of Good Hope", "Horn of Africa": a feature named with "of" is a location, at the
        // gazetteer's point when it lists it; an isle the gazetteer lacks lies in the article's country.
        if (end - start >= 2 && tokens[start + 1].Text == "of" && FeatureOfHeads.TryGetValue(tokens[start].Text, out var featureCountry))
        {
            if ((KnownFeature(spanText) ?? LookupPlace(spanText, countries)) is { } listed)
            {
                AddPlace(mentions, tokens, text, start, end, offset, listed);
            }
            else
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.Location, CanonicalSpanText(spanText), null,
                    featureCountry == "main" ? MainCountry(countries) : null);
            }

            return;
        }

        if (KnownNames.OrganizationHeads.Contains(last) || (!single && SpanHasOfHeadOrganization(tokens, start, end)))
        {
            if (!single || !atSentenceStart)
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
            }

            return;
        }

        // "near Helen, a tourist town", "Nanaimo, the island's second city", "the town of Pomonal": the text says the
        // name is a town, so it is one, in the gazetteer or not, whatever else the word could be (a given name).
        if (IsNamedAsSettlement(tokens, start, end))
        {
            // A listed namesake abroad gives way to a small town of the article's countries ("the town of Ararat" in
            // a story on Australia).
            var listedTown = LookupPlace(spanText, countries) is { Kind: PlaceKind.City } city ? city : null;
            if ((listedTown is null || !countries.Contains(listedTown.Country ?? "")) && SmallTownIn(spanText, countries) is { } smallTown)
            {
                listedTown = smallTown;
            }

            if (listedTown is { } town)
            {
                AddPlace(mentions, tokens, text, start, end, offset, town);
            }
            else
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.GeopoliticalEntity, CanonicalSpanText(spanText), null, MainCountry(countries));
            }

            return;
        }

        if ((!single && (GeographicHeads.Contains(last) || last is "North" or "South" or "East" or "West" or "Central")) || (end - start >= 1 && tokens[start].Text is "Mount" or "Lake" or "Gulf"))
        {
            // A town named for its feature ("Hay River") is a populated place; a listed feature gets its point.
            if (LookupPlace(spanText, countries) is { Kind: PlaceKind.City } town && SpelledAsListed(spanText, town))
            {
                AddPlace(mentions, tokens, text, start, end, offset, town);
                return;
            }

            // "through Hay River": a small town of the article's country after a preposition of place.
            if (SmallTownOfArticle(tokens, start, end, offset, spanText, null, aliases, countries, mentions) is { } smallTown)
            {
                AddPlace(mentions, tokens, text, start, end, offset, smallTown);
                return;
            }

            // Mountains, valleys and islands the gazetteer lacks lie within one country, most likely the
            // article's; seas and rivers often cross borders and get none.
            var feature = KnownFeature(spanText);
            Add(mentions, tokens, text, start, end, offset, EntityType.Location, CanonicalSpanText(spanText), feature,
                feature is null && LocalFeatureHeads.Contains(last) ? MainCountry(countries) : null);
            return;
        }

        // "Cyclone Zelia", "Hurricane Katrina": named storms are events.
        if (!single && StormWords.Contains(tokens[start].Text))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Event, CanonicalSpanText(spanText), null);
            return;
        }

        // "Ciudad Juárez": the gazetteer may list a city without the word "city" of its own language ("Juárez").
        if (end > start && CityNamePrefixes.Contains(tokens[start].Text) && gazetteer.Lookup(spanText).Count == 0
            && LookupPlace(SpanText(text, tokens, start + 1, end), countries) is { Kind: PlaceKind.City } prefixedCity)
        {
            AddPlace(mentions, tokens, text, start, end, offset, prefixedCity);
            return;
        }

        // "Port Hedland", "Port Sudan": a port town, named or not in the gazetteer.
        if (end - start == 1 && tokens[start].Text == "Port" && tokens[end].Kind == TokenKind.Word)
        {
            if ((LookupPlace(spanText, countries) ?? SmallTownIn(spanText, countries)) is { } port)
            {
                AddPlace(mentions, tokens, text, start, end, offset, port);
            }
            else
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.GeopoliticalEntity, CanonicalSpanText(spanText), null, MainCountry(countries));
            }

            return;
        }

        if (!single && AnyToken(tokens, start, end - 1, static token => KnownNames.OrganizationHeads.Contains(token.Text) && !WeakOrganizationHeads.Contains(token.Text)))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
            return;
        }

        if (!single && KnownNames.EventHeads.Contains(last))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Event, CanonicalSpanText(spanText), null);
            return;
        }

        var nextToken = end + 1 < tokens.Count ? tokens[end + 1] : default;
        var followedByOrgNoun = end + 1 < tokens.Count && nextToken.IsLower
            && KnownNames.TrailingOrganizationNouns.Contains(nextToken.Text);

        // "north Africa": a lower-case direction word and a world region.
        if (start > 0 && DirectionWords.Contains(tokens[start - 1].Text))
        {
            var widened = text[tokens[start - 1].Start..tokens[end].End];
            var region = gazetteer.Lookup(widened).FirstOrDefault(e => e.Kind == PlaceKind.Region);
            if (region is not null)
            {
                AddPlace(mentions, tokens, text, start - 1, end, offset, region);
                return;
            }
        }

        // "sub-Saharan Africa": the lower-case prefix belongs to the region's name.
        if (start > 1 && tokens[start - 1].Text == "-" && tokens[start - 2].Text == "sub" && tokens[start - 1].End == tokens[start].Start
            && gazetteer.Lookup("Sub-" + spanText).FirstOrDefault(e => e.Kind == PlaceKind.Region) is { } subRegion)
        {
            AddPlace(mentions, tokens, text, start - 2, end, offset, subRegion);
            return;
        }

        // A town listed without a population (a district seat) must be written as listed ("Call" is not Çal);
        // an acronym is an organisation before it is a region ("IMO" is not Imo State).
        // "between Ararat and Stawell" in a story on Australia: a small town of the article's country, after a
        // preposition of place or beside a place, over a namesake abroad or nothing.
        var listedPlace = LookupPlace(spanText, countries);
        if ((listedPlace is null || (listedPlace.Kind == PlaceKind.City && listedPlace.Country != MainCountry(countries)))
            && !IsPersonByCue(tokens, start, end, titled)
            && SmallTownOfArticle(tokens, start, end, offset, spanText, listedPlace, aliases, countries, mentions) is { } articleTown)
        {
            AddPlace(mentions, tokens, text, start, end, offset, articleTown);
            return;
        }

        if (listedPlace is { } place && !IsPersonByCue(tokens, start, end, titled)
            && (place.Population > 0 || place.Kind != PlaceKind.City || SpelledAsListed(spanText, place))
            && !(single && tokens[start].IsAcronym && place.Kind is not PlaceKind.Country)
            && ((!single && !place.IsLocalRegion) || IsLikelyPlaceMention(tokens, start, place, countries)))
        {
            AddPlace(mentions, tokens, text, start, end, offset, place);
            return;
        }

        if ((single || end - start == 1) && DemonymOf(spanText) is not null)
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Nationality, spanText, null);
            return;
        }

        if (followedByOrgNoun && !(single && atSentenceStart && !tokens[start].IsAcronym))
        {
            // "the Communist party", "the Haqqani network": after one word the lower-case head is part of the
            // name; after a longer name it describes it ("the Georgian Dream party").
            if (single && KnownNames.NameEndingOrganizationNouns.Contains(nextToken.Text))
            {
                var withHead = text[tokens[start].Start..nextToken.End];
                Add(mentions, tokens, text, start, end + 1, offset, EntityType.Organization, CanonicalSpanText(withHead), null);
                return;
            }

            Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
            return;
        }

        // "American Kevin King": a demonym before a person's name says where the person is from; it is not
        // part of the name. Organisations named with a demonym ("Libyan National Army") were typed above.
        if (!single && DemonymOf(tokens[start].Text) is not null && tokens[start + 1].IsCapitalized
            && (end - start >= 2 || KnownNames.GivenNames.Contains(tokens[start + 1].Text))
            && !AnyToken(tokens, start + 1, end, static token => !IsNameShaped(token)))
        {
            Add(mentions, tokens, text, start, start, offset, EntityType.Nationality, tokens[start].Text, null);
            ClassifySpan(text, tokens, start + 1, end, offset, aliases, countries, mentions);
            return;
        }

        if (IsPersonByCue(tokens, start, end, titled) || (KnownNames.GivenNames.Contains(tokens[start].Text) && !single))
        {
            AddPerson(text, tokens, start, end, offset, aliases, mentions);
            return;
        }

        if (tokens[start].IsAcronym && single)
        {
            if (spanText.Length <= 6 || IsLongAcronymInRunningText(tokens, start, spanText, countries))
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.Organization, spanText.Replace(".", "", StringComparison.Ordinal), null);
            }

            return;
        }

        // "analysts at Stratfor", "a spokeswoman for Vattenfall": one unknown name-shaped word after a role noun
        // and "at", "for" or "with" is where the role is held, an organisation (a place would have matched above).
        if (single && !atSentenceStart && IsNameShaped(tokens[start]) && IsEmployerAfterRole(tokens, start))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Organization, spanText, null);
            return;
        }

        // "Environment Canada said": a speaker whose name holds a notable place or an abstract noun is an organisation.
        if (!single && end + 1 < tokens.Count && KnownNames.SpeechVerbs.Contains(tokens[end + 1].Text) && !atSentenceStart
            && !AnyToken(tokens, start, end, static token => !IsNameShaped(token)) && HasOrganisationOrPlaceWord(tokens, start, end))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
            return;
        }

        // "BC Ferries", "ABC Holdings": an acronym that is not a place before one or two capitalised words ending in a
        // plural noun names a company or a service by what it runs.
        if (end - start is 1 or 2 && tokens[start].Kind == TokenKind.Word && tokens[start].IsAcronym && IsPluralNoun(tokens[end].Text)
            && !AnyToken(tokens, start + 1, end, static token => !IsNameShaped(token) || KnownNames.GivenNames.Contains(token.Text))
            && gazetteer.Lookup(tokens[start].Text).Count == 0 && LookupPlace(SpanText(text, tokens, start + 1, end), countries) is null)
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
            return;
        }

        // Two to four name-shaped words that nothing else claimed. Not when a word is a people's name ("British
        // Realm") or has the ending of an abstract noun ("Public Relations").
        if (!single && end - start <= 3 && !AnyToken(tokens, start, end, static token => !IsNameShaped(token)) && !HasPeopleOrAbstractWord(tokens, start, end))
        {
            // "South Caucasus", "Ciudad Juárez", "Lower Ninth Ward", "in Altun Kupri": a place the gazetteer lacks,
            // a region beyond one country when it opens with a compass word, else a town of the article's country.
            if (IsPlaceByShapeOrPreposition(text, tokens, start, end))
            {
                var region = DirectionWords.Contains(tokens[start].Text.ToLowerInvariant());
                Add(mentions, tokens, text, start, end, offset, region ? EntityType.Location : EntityType.GeopoliticalEntity,
                    CanonicalSpanText(spanText), null, region ? null : MainCountry(countries));
                return;
            }

            // "Paris Regional Health", "Emergency Management Victoria": a name holding a notable place is an organisation.
            if (!atSentenceStart && HasOrganisationOrPlaceWord(tokens, start, end))
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
                return;
            }

            // The surname of a person the article names with a cue elsewhere ("Mr. Hellwig", "Hellwig said"): a person.
            if (aliases.TryGetValue(tokens[end].Text, out var surname) && surname.Type == EntityType.Person)
            {
                AddPerson(text, tokens, start, end, offset, aliases, mentions);
                return;
            }

            // "Whatever Apple ...", "Thanks Junior": a sentence's first word is capitalised anyway.
            if (atSentenceStart)
            {
                ClassifySpan(text, tokens, start + 1, end, offset, aliases, countries, mentions);
                return;
            }

            // Nothing says what the name is. It is not taken for a person by default: such names are as often
            // places and organisations the lists lack ("Komadugu Yobe", "Black Summer"), and a wrong PERSON costs
            // more than a missing name (issue 18: on the check half, dropping them kept recall and raised precision).
        }
    }

    private static readonly FrozenDictionary<string, (string Name, string? Country)> RegionsAfterThe = Lexicon.Rows("regions-after-the")
        .ToFrozenDictionary(row => row[0], row => (row[1], row[2] == "-" ? null : row[2]), StringComparer.Ordinal);

    private static readonly FrozenSet<string> PartyMemberNouns = Lexicon.Set("party-member-nouns");

    private static readonly FrozenSet<string> PlaceNameFirstWords =
        Lexicon.Rows("place-name-words").Where(row => row[1] == "first").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceNameLastWords =
        Lexicon.Rows("place-name-words").Where(row => row[1] == "last").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlacePrepositions = Lexicon.Set("place-prepositions");

    /// <summary>
    /// Unknown capitalised words that are a place by their own words ("South Caucasus", "Ciudad Juárez", "Lower
    /// Ninth Ward") or by the preposition before them ("in Altun Kupri"), unless a possessive follows ("in Rob
    /// Fleming's view").
    /// </summary>
    private static bool IsPlaceByShapeOrPreposition(string text, List<Token> tokens, int start, int end)
    {
        if (PlaceNameFirstWords.Contains(tokens[start].Text) || PlaceNameLastWords.Contains(tokens[end].Text))
        {
            return true;
        }

        if (start == 0 || !PlacePrepositions.Contains(tokens[start - 1].Text))
        {
            return false;
        }

        var after = tokens[end].End;
        return !(after + 1 < text.Length && text[after] is '\'' or '’' && text[after + 1] == 's');
    }

    /// <summary>
    /// The words before a title ("Kentucky GOP Gov.", "Ohio Republican Sen.", "New York Democratic Rep."): a notable
    /// place that opens them is a place of its own, and the rest (the party, the body) is classified apart, unless
    /// the words are one known name or one place ("Harvard University President", "West Virginia Gov.").
    /// </summary>
    private void ClassifyBeforeTitle(
        string text, List<Token> tokens, int start, int end, int offset,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        if (end > start && !SpanHasOrganizationHead(tokens, start, end) && !KnownEntitiesBySpan.ContainsKey(SpanOf(text, tokens, start, end))
            && LookupPlace(SpanText(text, tokens, start, end), countries) is null)
        {
            for (var cut = end - 1; cut >= start; cut--)
            {
                var prefix = SpanText(text, tokens, start, cut);
                // "New York" chooses the city, listed as "New York City": a state of that name will do too.
                if (LookupPlace(prefix, countries) is { } place && IsNotablePlace(place)
                    && (SpelledAsListed(prefix, place) || gazetteer.Lookup(prefix).Any(e => e.Kind == PlaceKind.AdminRegion && !e.IsLocalRegion)))
                {
                    AddPlace(mentions, tokens, text, start, cut, offset, place);
                    ClassifySpan(text, tokens, cut + 1, end, offset, aliases, countries, mentions);
                    return;
                }
            }
        }

        ClassifySpan(text, tokens, start, end, offset, aliases, countries, mentions);
    }

    /// <summary>
    /// "the Baghdad-Damascus highway", "Israel-Gaza talks": a hyphenated compound of two places that is not itself
    /// a listed place ("Bosnia-Herzegovina" is) names both. Each part must be a country, a region or a city of
    /// some size: a compound of two small towns' names is more likely a surname.
    /// </summary>
    private bool TryHyphenatedPlaces(
        string text, List<Token> tokens, int start, int end, int offset, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        if (end - start != 2 || tokens[start + 1].Text != "-" || tokens[start + 1].Start != tokens[start].End || tokens[end].Start != tokens[start + 1].End
            || !tokens[start].IsCapitalized || !tokens[end].IsCapitalized)
        {
            return false;
        }

        if (LookupPlace(SpanText(text, tokens, start, end), countries) is not null)
        {
            return false;
        }

        if (NotablePlaceNamed(tokens[start].Text, countries) is not { } first || NotablePlaceNamed(tokens[end].Text, countries) is not { } second)
        {
            return false;
        }

        AddPlace(mentions, tokens, text, start, start, offset, first);
        AddPlace(mentions, tokens, text, end, end, offset, second);
        return true;
    }

    /// <summary>
    /// The notable place a compound's part names: the article's countries first, then anywhere. In an article about
    /// an American, "Damascus" is first a small Maryland town, but "the Baghdad-Damascus highway" joins two capitals.
    /// </summary>
    private GazetteerEntry? NotablePlaceNamed(string name, IReadOnlyCollection<string> countries) =>
        LookupPlace(name, countries) is { } place && IsNotablePlace(place) ? place
        : countries.Count > 0 && LookupPlace(name, []) is { } anywhere && IsNotablePlace(anywhere) ? anywhere
        : null;

    private static readonly FrozenSet<string> SettlementNouns = Lexicon.Set("settlement-nouns");

    /// <summary>The word "city" in other languages, opening a city's name ("Ciudad Juárez", "Cidade Velha").</summary>
    private static readonly FrozenSet<string> CityNamePrefixes = Lexicon.Set("city-name-prefixes");

    /// <summary>
    /// A settlement noun names the span's place: before it as "the (coastal) town of" or after it in an apposition
    /// ("Helen, a tourist town in ...", "Nanaimo, the island's second city,"), where the noun must end its phrase
    /// ("Smith, a city councillor" is a person).
    /// </summary>
    private static bool IsNamedAsSettlement(List<Token> tokens, int start, int end)
    {
        if (start >= 2 && tokens[start - 1].Text == "of" && SettlementNouns.Contains(tokens[start - 2].Text)
            && start >= 3 && (tokens[start - 3].IsLower || (tokens[start - 3].Text == "The" && IsSentenceStart(tokens, start - 3))))
        {
            return true;
        }

        if (end + 3 >= tokens.Count || tokens[end + 1].Text != "," || tokens[end + 2].Text is not ("a" or "an" or "the"))
        {
            return false;
        }

        // Modifiers before the noun: lower-case words, possessives ("the island's"), ordinals and hyphens.
        for (var k = end + 3; k < tokens.Count && k <= end + 8; k++)
        {
            var token = tokens[k];
            if (token.IsLower && SettlementNouns.Contains(token.Text))
            {
                var next = k + 1 < tokens.Count ? tokens[k + 1] : default;
                // Not before a hyphen or a possessive ("the city's mayor").
                return k + 1 >= tokens.Count || next.Kind == TokenKind.Punctuation && next.Text is not ("-" or "'" or "’")
                    || (next.IsLower && (Locatives.Contains(next.Text) || next.Text is "on" or "where" or "that" or "which" or "with" or "whose"));
            }

            // A preposition or another determiner ends the noun phrase first ("a pharmacist in the town").
            if (!(token.IsLower || token.Text is "'" or "’" or "-" || token.Kind == TokenKind.Number)
                || Locatives.Contains(token.Text) || AppositionDeterminers.Contains(token.Text))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNotablePlace(GazetteerEntry place) =>
        place.Kind is PlaceKind.Country or PlaceKind.Region || (place.Kind == PlaceKind.AdminRegion && !place.IsLocalRegion)
        || (place.Kind == PlaceKind.City && place.Population >= 100_000);

    /// <summary>"analysts at", "a spokesman for", "researchers with": a role noun (or its plural), then the preposition, right before <paramref name="start"/>.</summary>
    private static bool IsEmployerAfterRole(List<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Text is not ("at" or "for" or "with"))
        {
            return false;
        }

        var role = tokens[start - 2].IsLower ? tokens[start - 2].Text
            : IsSentenceStart(tokens, start - 2) ? tokens[start - 2].Text.ToLowerInvariant() : null;
        return role is not null && (KnownNames.RoleNouns.Contains(role)
            || (role.Length > 3 && role.EndsWith('s') && KnownNames.RoleNouns.Contains(role[..^1]))
            || (role.EndsWith("men", StringComparison.Ordinal) && KnownNames.RoleNouns.Contains(role[..^3] + "man")));
    }

    /// <summary>
    /// A wire dateline: "HARRISBURG, Pa. —", "QAMISHLI, Syria (Reuters) -". Capitals at the start of a line,
    /// followed by a comma, a parenthesis or a dash, name the place the story was filed from.
    /// </summary>
    private bool TryDateline(
        string text, List<Token> tokens, int start, int end, int offset, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        if (end + 1 >= tokens.Count || tokens[end + 1].Text is not ("," or "(" or "—" or "–" or "-"))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', tokens[start].Start) + 1;
        if (!text.AsSpan(lineStart, tokens[start].Start - lineStart).IsWhiteSpace())
        {
            return false;
        }

        for (var k = start; k <= end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Text.Length < 3 || !tokens[k].IsAcronym)
            {
                return false;
            }
        }

        if (LookupPlace(TitleCased(tokens, start, end), countries) is not { } place || place.Kind == PlaceKind.Region)
        {
            return false;
        }

        AddPlace(mentions, tokens, text, start, end, offset, place);
        return true;
    }

    /// <summary>AP-style US state abbreviations, as written after a city ("Harrisburg, Pa.").</summary>
    private static readonly FrozenDictionary<string, string> StateAbbreviations = Lexicon.Map("us-state-abbreviations");

    /// <summary>Abbreviations of regions beyond the US (", B.C.", ", Ont."): the region's name and country.</summary>
    private static readonly FrozenDictionary<string, (string Region, string Country)> RegionAbbreviations = Lexicon.Rows("region-abbreviations")
        .ToFrozenDictionary(row => row[0], row => (row[1], row[2]), StringComparer.Ordinal);

    /// <summary>The first-level region an abbreviation written after a town stands for ("Pa", "B.C.", "Ont"), or null.</summary>
    private GazetteerEntry? AbbreviatedRegion(string abbreviation)
    {
        var (name, country) = StateAbbreviations.TryGetValue(abbreviation, out var state) ? (state, "US")
            : RegionAbbreviations.TryGetValue(abbreviation, out var region) ? region : default;
        return name is null ? null : gazetteer.Lookup(name).FirstOrDefault(e => e.Kind == PlaceKind.AdminRegion && e.Country == country);
    }

    /// <summary>", B.C." after a capitalised word: a dotted abbreviation of a region is the region, not an organisation.</summary>
    private GazetteerEntry? DottedRegionAfterTown(List<Token> tokens, int index) =>
        index >= 2 && tokens[index].Kind == TokenKind.Abbreviation && tokens[index - 1].Text == "," && tokens[index - 2].IsCapitalized
            ? AbbreviatedRegion(tokens[index].Text) : null;

    /// <summary>", Pa." or ", Ont." after a capitalised word: the state or province, as a place.</summary>
    private void AddStateAbbreviations(string text, List<Token> tokens, int offset, List<EntityMention> mentions)
    {
        for (var k = 2; k + 1 < tokens.Count; k++)
        {
            if (tokens[k - 1].Text == "," && tokens[k - 2].IsCapitalized && tokens[k + 1].Text == "." && tokens[k + 1].Start == tokens[k].End
                && tokens[k].Kind == TokenKind.Word && AbbreviatedRegion(tokens[k].Text) is { } state
                && !IsInsideMention(mentions, tokens[k].Start + offset))
            {
                mentions.Add(new EntityMention(tokens[k].Start + offset, tokens[k + 1].End - tokens[k].Start,
                    text[tokens[k].Start..tokens[k + 1].End], EntityType.GeopoliticalEntity, state.DisplayName, state));
            }
        }
    }

    /// <summary>
    /// "Cambridge, Massachusetts", "Troy, Mich.", "Enterprise (Northwest Territories)": a city followed by a comma or a parenthesis and a state or
    /// country is the city of that name there (in a state, the one nearest the state's centre), whatever
    /// the bare name would mean.
    /// </summary>
    private void QualifyCitiesByRegion(string text, int offset, List<EntityMention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var city = mentions[k];
            var next = mentions[k + 1];
            if (city.Place is not { Kind: PlaceKind.City } || next.Place is not { Kind: PlaceKind.AdminRegion or PlaceKind.Country } region
                || region.Country is null || next.Start < city.Start + city.Length
                || text.AsSpan(city.Start + city.Length - offset, next.Start - city.Start - city.Length).Trim() is not ("," or "("))
            {
                continue;
            }

            var best = CityWithin(gazetteer.Lookup(city.Text), region);
            if (best is not null && best != city.Place)
            {
                mentions[k] = city with { Place = best, Name = best.DisplayName };
            }
        }
    }

    /// <summary>The city of that name in the region: in a state, the one nearest its centre; in a country, the most prominent.</summary>
    private static GazetteerEntry? CityWithin(IReadOnlyList<GazetteerEntry> candidates, GazetteerEntry region)
    {
        GazetteerEntry? best = null;
        var bestScore = double.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != PlaceKind.City || candidate.Country != region.Country)
            {
                continue;
            }

            // Lower is better: the distance to a state's centre, or minus a city's prominence in a country.
            var score = region.Kind == PlaceKind.AdminRegion
                ? PlaceResolver.DistanceKm(candidate.Lat, candidate.Lon, region.Lat, region.Lon)
                : -Gazetteer.Prominence(candidate);
            if (best is null || score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    private bool TryKnown(
        string text, List<Token> tokens, int start, int end, int offset,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        // Looked up as spans: most spans are not known names, and each would otherwise need a string of its own.
        var span = SpanOf(text, tokens, start, end);
        if (aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out _, out var alias))
        {
            if (alias.Type is EntityType.GeopoliticalEntity or EntityType.Location
                && LookupPlace(alias.Name, countries) is { } aliasPlace)
            {
                AddPlace(mentions, tokens, text, start, end, offset, aliasPlace);
            }
            else
            {
                Add(mentions, tokens, text, start, end, offset, alias.Type, alias.Name, null);
            }

            return true;
        }

        if (KnownEntitiesBySpan.TryGetValue(span, out var known))
        {
            if (known.Type == EntityType.GeopoliticalEntity)
            {
                var place = LookupPlace(known.Name, countries);
                Add(mentions, tokens, text, start, end, offset, known.Type, known.Name, place);
            }
            else
            {
                Add(mentions, tokens, text, start, end, offset, known.Type, known.Name, null);
            }

            return true;
        }

        // A known name followed by more capitalised words ("Islamic State Cells" in a headline, "ISIS Libya"):
        // take the longest known prefix and classify the rest on its own, unless the whole span is a place
        // listed under that name ("Western Australia" is not "Western" and "Australia").
        for (var cut = end - 1; cut >= start; cut--)
        {
            var prefix = SpanOf(text, tokens, start, cut);
            if (KnownEntitiesBySpan.TryGetValue(prefix, out var knownPrefix) && knownPrefix.Type != EntityType.Person
                && !KnownNames.OrganizationHeads.Contains(tokens[end].Text) && !KnownNames.OfHeads.Contains(tokens[cut + 1].Text))
            {
                var spanText = span.ToString();
                if (LookupPlace(spanText, countries) is { } wholePlace && SpelledAsListed(spanText, wholePlace))
                {
                    return false;
                }

                var place = knownPrefix.Type == EntityType.GeopoliticalEntity ? LookupPlace(knownPrefix.Name, countries) : null;
                Add(mentions, tokens, text, start, cut, offset, knownPrefix.Type, knownPrefix.Name, place);
                ClassifySpan(text, tokens, cut + 1, end, offset, aliases, countries, mentions);
                return true;
            }
        }

        return false;
    }

    private void AddPerson(
        string text, List<Token> tokens, int start, int end, int offset,
        Dictionary<string, NameAlias> aliases, List<EntityMention> mentions)
    {
        var spanText = SpanText(text, tokens, start, end);
        var name = CanonicalSpanText(spanText);
        if (aliases.TryGetValue(spanText, out var alias) && alias.Type == EntityType.Person)
        {
            name = alias.Name;
        }
        else if (KnownNames.Entities.TryGetValue(spanText, out var known) && known.Type == EntityType.Person)
        {
            name = known.Name;
        }

        Add(mentions, tokens, text, start, end, offset, EntityType.Person, name, null);
    }

    private static readonly FrozenSet<string> Ordinals = FrozenSet.ToFrozenSet(
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Last", "Next"],
        StringComparer.Ordinal);

    /// <summary>A capitalised role noun opening a span ("Analyst", "Spokesman"), used like a title.</summary>
    private static bool RoleNounAsTitle(string word) =>
        word.Length > 2 && char.IsUpper(word[0]) && !word.All(char.IsUpper)
        && KnownNames.RoleNouns.Contains(word.ToLowerInvariant());

    /// <summary>Capitalised words and acronyms that are not names by themselves.</summary>
    private static readonly FrozenSet<string> NotNames = Lexicon.Set("not-names");

    /// <summary>Last words of the names of buildings, streets and venues: locations without a gazetteer point.</summary>
    private static readonly FrozenSet<string> FacilityHeads = Lexicon.Set("facility-heads");

    /// <summary>The gazetteer's entry for a named feature or region ("Red Sea", "Strait of Hormuz"), or null.</summary>
    private GazetteerEntry? KnownFeature(string spanText) =>
        gazetteer.Lookup(spanText).FirstOrDefault(e => e.Kind == PlaceKind.Region);

    /// <summary>The country the article is mostly about (the first of its countries), or null.</summary>
    private static string? MainCountry(IReadOnlyCollection<string> countries) => countries.FirstOrDefault();

    private static readonly FrozenSet<string> StormWords = Lexicon.Set("storm-words");

    /// <summary>Heads of features that lie within one country: mountains, valleys, peninsulas (islands often do not: "Virgin Islands").</summary>
    private static readonly FrozenSet<string> LocalFeatureHeads = Lexicon.Set("local-feature-heads");

    /// <summary>First words of features named with "of" ("Strait of Georgia"), with "main" when they lie in one country.</summary>
    private static readonly FrozenDictionary<string, string> FeatureOfHeads = Lexicon.Map("feature-of-heads");

    /// <summary>Generic last words of administrative divisions: "Borno State", "Chester County", "Nineveh Governorate".</summary>
    private static readonly FrozenSet<string> AdminDivisionHeads = Lexicon.Set("admin-division-heads");

    /// <summary>Last words of the names of natural features: locations with no point in the gazetteer.</summary>
    private static readonly FrozenSet<string> GeographicHeads = Lexicon.Set("geographic-heads");

    /// <summary>Organisation heads that inside a longer name are often ordinary words ("Capital Gazette" is fine, "Times Square" is not).</summary>
    private static readonly FrozenSet<string> WeakOrganizationHeads = Lexicon.Set("weak-organisation-heads");

    /// <summary>Cities named with ordinary English words: places only after a locative ("in Reading").</summary>
    private static readonly FrozenSet<string> CommonWordPlaceNames = Lexicon.Set("common-word-place-names");

    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "to", "into", "outside", "across", "around", "of", "toward", "towards", "via",
         "between", "through", "inside", "within", "throughout", "and", ",", "-", "–", "—", "(", "/"], StringComparer.Ordinal);

    /// <summary>
    /// A lone capitalised word that names a town rather than a city ("Green", "Orange", "Save") is taken as
    /// a place only after a locative word ("in", "near", "of", ...); a mid-sized city needs one too unless
    /// it lies in a country the article mentions; large cities, countries and regions stand alone.
    /// </summary>
    private static bool IsLikelyPlaceMention(List<Token> tokens, int start, GazetteerEntry place, IReadOnlyCollection<string> countries)
    {
        if (place.IsLocalRegion)
        {
            return (place.Country is { } country && countries.Contains(country))
                || (start > 0 && Locatives.Contains(tokens[start - 1].Text) && tokens[start - 1].IsLower && tokens[start - 1].Text != "and");
        }

        var standsAlone = (place.Kind != PlaceKind.City || place.Population >= 200_000
            || (place.Population >= 100_000 && place.Country is { } code && countries.Contains(code)))
            && !CommonWordPlaceNames.Contains(tokens[start].Text);
        return standsAlone || (start > 0 && Locatives.Contains(tokens[start - 1].Text));
    }

    private bool IsPersonByCue(List<Token> tokens, int start, int end, bool titled)
    {
        if (titled)
        {
            return true;
        }

        if (start > 0 && tokens[start - 1].IsLower && KnownNames.RoleNouns.Contains(tokens[start - 1].Text))
        {
            return true;
        }

        // "the sculptor Tomás Conghaile": an agent noun that names no kind of organisation ("the insurer Xyz" does),
        // after "the", before two or three name words with nothing of an organisation or a notable place in them.
        if (end > start && end - start <= 3 && start >= 2 && tokens[start - 1].IsLower && tokens[start - 2].Text is "the" or "The"
            && IsAgentNoun(tokens[start - 1].Text) && !OrganisationSlotNouns.ContainsKey(tokens[start - 1].Text)
            && !SpanHasOrganizationHead(tokens, start, end) && !HasOrganisationOrPlaceWord(tokens, start, end))
        {
            return true;
        }

        // "Oman's foreign minister, Hamad al-Busaidi, will ...": a name set off by commas right after a role noun.
        if (end > start && start >= 2 && tokens[start - 1].Text == "," && tokens[start - 2].IsLower && KnownNames.RoleNouns.Contains(tokens[start - 2].Text)
            && end + 1 < tokens.Count && tokens[end + 1].Text == "," && !SpanHasOrganizationHead(tokens, start, end)
            && !HasOrganisationOrPlaceWord(tokens, start, end))
        {
            return true;
        }

        // "Mr. Jackson" split by a segmenter or tokeniser at the period.
        if (start > 1 && tokens[start - 1].Text == "." && KnownNames.Titles.Contains(tokens[start - 2].Text))
        {
            return true;
        }

        // "Jackson, a hydrologist at ...": an apposition headed by an agent noun.
        if (end + 3 < tokens.Count && tokens[end + 1].Text == "," && tokens[end + 2].Text is "a" or "an" or "the"
            && HasAgentNounAmongLowerWords(tokens, end + 3, Math.Min(3, tokens.Count - end - 3)))
        {
            return true;
        }

        if (end + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[end + 1];
        if (KnownNames.PersonVerbs.Contains(next.Text) && end > start)
        {
            // Organisations speak too ("Environment Canada said"): a verb of saying needs a name with nothing of an
            // organisation or a place in it.
            return !KnownNames.SpeechVerbs.Contains(next.Text) || !HasOrganisationOrPlaceWord(tokens, start, end);
        }

        // '"...," said Dana Whitcombe.': a speech verb after a quote or a clause, then two or three name words that end
        // the clause, is wire copy's inverted attribution; not a name with an organisation's or a notable place's
        // word in it ("said Human Rights Watch", "said Environment Canada").
        if (end > start && end - start <= 2 && start >= 2 && tokens[start - 1].IsLower && KnownNames.SpeechVerbs.Contains(tokens[start - 1].Text)
            && tokens[start - 2].Text is "," or "\"" or "”" or "'" or "’"
            && (end + 1 >= tokens.Count || tokens[end + 1].Text is "," or "." or ";")
            && !SpanHasOrganizationHead(tokens, start, end) && !HasOrganisationOrPlaceWord(tokens, start, end)
            && (end == start + 1 || gazetteer.Lookup(tokens[start].Text + " " + tokens[start + 1].Text).Count == 0))
        {
            return true;
        }

        // "Marisol Okonkwo, chief strategist at ...": wire copy's apposition without an article, a role noun among
        // its first lower-case words and a preposition or a comma after it; not a name with an organisation's or a
        // notable place's word in it ("Harrow Lane Capital, chief rival of ...").
        if (next.Text == "," && end > start && end + 3 < tokens.Count && tokens[end + 2].IsLower
            && RoleNounBeforeItsEmployer(tokens, end + 2) && !SpanHasOrganizationHead(tokens, start, end)
            && !HasOrganisationOrPlaceWord(tokens, start, end))
        {
            return true;
        }

        // "Jan Hellwig, 52, runs ...": an age in apposition.
        if (next.Text == "," && end > start && end + 3 < tokens.Count && tokens[end + 2].Kind == TokenKind.Number
            && tokens[end + 2].Text.Length <= 3 && tokens[end + 2].Text.All(char.IsAsciiDigit) && tokens[end + 3].Text == ",")
        {
            return true;
        }

        // Apposition: "Anis Amri, the man who ...", "Aaron Zelin, an expert on ...".
        return next.Text == "," && end > start && end + 2 < tokens.Count && AppositionDeterminers.Contains(tokens[end + 2].Text)
            && end + 3 < tokens.Count && tokens[end + 3].IsLower
            && (tokens[end + 2].Text is "who" or "whose" or "aged" || KnownNames.RoleNouns.Contains(tokens[end + 3].Text)
                || (end + 4 < tokens.Count && (KnownNames.RoleNouns.Contains(tokens[end + 4].Text) || tokens[end + 3].Text == "man" || tokens[end + 3].Text == "woman"))
                || tokens[end + 3].Text is "man" or "woman" or "former" or "senior" or "local");
    }

    /// <summary>
    /// A word of the span is a notable place ("Environment Canada", "Paris Regional Health", "Emergency Management
    /// Victoria"), names a people, or has an abstract noun's ending: a name that says something is an
    /// organisation or a place rather than a person. Cities count from a million people: smaller ones are
    /// common surnames ("Jackson", "Lincoln").
    /// </summary>
    private bool HasOrganisationOrPlaceWord(List<Token> tokens, int start, int end)
    {
        if (HasPeopleOrAbstractWord(tokens, start, end))
        {
            return true;
        }

        for (var k = start; k <= end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalized || tokens[k].Text.Length < 3)
            {
                continue;
            }

            foreach (var place in gazetteer.Lookup(tokens[k].Text))
            {
                if (place.Kind is PlaceKind.Country or PlaceKind.Region || (place.Kind == PlaceKind.AdminRegion && !place.IsLocalRegion)
                    || (place.Kind == PlaceKind.City && place.Population >= 1_000_000))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"MacBook", "HomeKit": capitals inside a word mark products, not people ("McKinley", "DeShawn" excepted).</summary>
    private static bool HasInnerCapital(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLetter(word[k - 1]))
            {
                var prefix = word[..k];
                return prefix is not ("Mc" or "Mac" or "De" or "Di" or "Da" or "La" or "Le" or "Van" or "Von" or "Du" or "Fitz");
            }
        }

        return false;
    }

    private static bool HasCommonNounEnding(string word) =>
        word.Length > 6 && (word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("tions", StringComparison.Ordinal)
            || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ness", StringComparison.Ordinal)
            || word.EndsWith("ity", StringComparison.Ordinal) || word.EndsWith("ics", StringComparison.Ordinal)
            || word.EndsWith("ism", StringComparison.Ordinal) || word.EndsWith("ship", StringComparison.Ordinal));

    private static bool IsAgentNoun(string word) =>
        KnownNames.RoleNouns.Contains(word) || word is "man" or "woman" or "boy" or "girl"
        || (word.Length > 5 && (word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal)));

    private static bool IsNameShaped(Token token) =>
        token.Kind is TokenKind.Initial || (token.Kind == TokenKind.Word && token.IsCapitalized && !token.IsAcronym
            && !KnownNames.FunctionWords.Contains(token.Text) && !token.Text.Any(char.IsDigit) && !HasInnerCapital(token.Text)) || NameParticles.Contains(token.Text) || token.Text is "-" or ".";

    /// <summary>"HARRISBURG" as "Harrisburg", for the gazetteer.</summary>
    private static string TitleCased(List<Token> tokens, int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (var k = start; k <= end; k++)
        {
            builder.Append(k > start ? " " : "").Append(tokens[k].Text[0]).Append(tokens[k].Text[1..].ToLowerInvariant());
        }

        return builder.ToString();
    }

    private static bool IsInsideMention(List<EntityMention> mentions, int position)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start <= position && position < mention.Start + mention.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "MONUSCO said", "from OHCHR and UNITAMS": an acronym of seven or eight capitals is a mission's or an agency's name
    /// when a lower-case word stands beside it, so it sits in running text, not in a shouted label ("BREAKING NEWS",
    /// "WARNING:"), and the gazetteer does not make it a place.
    /// </summary>
    private bool IsLongAcronymInRunningText(List<Token> tokens, int at, string spanText, IReadOnlyCollection<string> countries) =>
        spanText.Length <= 8 && spanText.All(char.IsAsciiLetterUpper) && !NotNames.Contains(spanText)
        && ((at > 0 && tokens[at - 1].IsLower && tokens[at - 1].Kind == TokenKind.Word)
            || (at + 1 < tokens.Count && tokens[at + 1].IsLower && tokens[at + 1].Kind == TokenKind.Word))
        && LookupPlace(spanText, countries) is null;

    /// <summary>"chief strategist at", "spokesman for", "senior economist with": up to three lower-case words, the last an agent noun, then "at", "for", "of", "with" or a comma.</summary>
    private static bool RoleNounBeforeItsEmployer(List<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(from + 3, tokens.Count - 1) && tokens[k].IsLower; k++)
        {
            if (IsAgentNoun(tokens[k].Text) && tokens[k + 1].Text is "at" or "for" or "of" or "with" or ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An agent noun ("hydrologist") among the lower-case words that open <paramref name="count"/> tokens from <paramref name="from"/>.</summary>
    private static bool HasAgentNounAmongLowerWords(List<Token> tokens, int from, int count)
    {
        for (var k = from; k < from + count && tokens[k].IsLower; k++)
        {
            if (IsAgentNoun(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the span names a people ("British") or has an abstract noun's ending ("Relations").</summary>
    private bool HasPeopleOrAbstractWord(List<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (DemonymOf(tokens[k].Text) is not null || HasCommonNounEnding(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpanHasOrganizationHead(List<Token> tokens, int start, int end) =>
        AnyToken(tokens, start, end, static token => KnownNames.OrganizationHeads.Contains(token.Text));

    /// <summary>
    /// Whether a token from <paramref name="start"/> to <paramref name="end"/> (inclusive) satisfies the test.
    /// The tests are static lambdas, so no closure or delegate is created per call.
    /// </summary>
    private static bool AnyToken(List<Token> tokens, int start, int end, Func<Token, bool> test)
    {
        for (var k = start; k <= end; k++)
        {
            if (test(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpanHasOfHeadOrganization(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k + 1].Text is "of" or "for" && KnownNames.OrganizationHeads.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceStart(List<Token> tokens, int index) =>
        index == 0 || SentenceOpeners.Contains(tokens[index - 1].Text)
        || (index == 1 && tokens[0].Kind == TokenKind.Punctuation)
        // A wire dateline's hyphen: "BEIRUT (Reuters) - Analysts at ..." starts the story's first sentence.
        || (index >= 2 && tokens[index - 1].Text == "-" && tokens[index - 2].Text == ")");

    private GazetteerEntry? DemonymOf(string word)
    {
        if (gazetteer.CountryOfDemonym(word) is { } country)
        {
            return country;
        }

        return word.Length > 4 && word.EndsWith('s') ? gazetteer.CountryOfDemonym(word[..^1]) : null;
    }

    /// <summary>The place a name most likely means, given the countries the article is about.</summary>
    internal GazetteerEntry? LookupPlace(string name, IReadOnlyCollection<string> countries)
    {
        var candidates = gazetteer.Lookup(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        // Two letters or fewer, or a name that is mostly a common word, is too weak alone.
        if (name.Length <= 2)
        {
            return null;
        }

        return PlaceResolver.Choose(candidates, countries);
    }

    private static readonly FrozenDictionary<string, KnownName>.AlternateLookup<ReadOnlySpan<char>> KnownEntitiesBySpan =
        KnownNames.Entities.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsBySpan =
        KnownNames.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string SpanText(string text, List<Token> tokens, int start, int end) =>
        text[tokens[start].Start..tokens[end].End];

    /// <summary>The text of tokens <paramref name="start"/> to <paramref name="end"/>, without making a string of it.</summary>
    private static ReadOnlySpan<char> SpanOf(string text, List<Token> tokens, int start, int end) =>
        text.AsSpan(tokens[start].Start, tokens[end].End - tokens[start].Start);

    /// <summary>The name without a stray period after a word and with runs of spaces made one.</summary>
    private static string CanonicalSpanText(string spanText)
    {
        // Most spans are single-spaced with no period before a space: already canonical.
        if (!spanText.Contains("  ", StringComparison.Ordinal) && !spanText.Contains(". ", StringComparison.Ordinal)
            && !spanText.StartsWith(' ') && !spanText.EndsWith(' '))
        {
            return spanText;
        }

        var parts = spanText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < parts.Length - 1; k++)
        {
            if (parts[k].Length > 2 && parts[k].EndsWith('.') && char.IsLower(parts[k][^2]))
            {
                parts[k] = parts[k][..^1];
            }
        }

        return string.Join(' ', parts);
    }

    private static void AddPlace(List<EntityMention> mentions, List<Token> tokens, string text, int start, int end, int offset, GazetteerEntry place)
    {
        var type = place.Kind == PlaceKind.Region ? EntityType.Location : EntityType.GeopoliticalEntity;
        Add(mentions, tokens, text, start, end, offset, type, place.DisplayName, place);
    }

    private static void Add(
        List<EntityMention> mentions, List<Token> tokens, string text, int start, int end, int offset,
        EntityType type, string name, GazetteerEntry? place, string? country = null)
    {
        var from = tokens[start].Start;
        var to = tokens[end].End;
        mentions.Add(new EntityMention(from + offset, to - from, text[from..to], type, name, place, place is null ? country : null));
    }
}
