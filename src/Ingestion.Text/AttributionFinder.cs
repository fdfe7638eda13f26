using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Text;

/// <summary>
/// Finds who a claim is attributed to, outermost first: "According to CNN, officials said ..." gives CNN, then
/// officials. One instance per article (it remembers the last sources, to resolve pronouns); not thread-safe.
/// </summary>
internal sealed partial class AttributionFinder(string text, NameIndex names)
{
    private static readonly FrozenSet<string> TellVerbs = FrozenSet.ToFrozenSet(["told", "tells", "tell", "telling"], StringComparer.Ordinal);

    /// <summary>
    /// Cues that report speech even without "that", a colon or a quotation ("Reuters reported the deal was
    /// close"). Every other cue word is also a noun or a verb of doing ("the army added three brigades",
    /// "CNN reports", "he wrote a book"), so it counts only when the content is marked.
    /// </summary>
    private static readonly FrozenSet<string> UnmarkedCues = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "tells", "tell", "telling", "reported", "alleged", "alleges", "claimed",
        "believes", "believe", "estimated", "estimates", "estimate", "insisted", "insists", "insist", "argued",
        "argues", "argue", "contend", "contends", "contended", "denied", "denies", "deny", "confirmed", "confirms", "confirm",
    ], StringComparer.Ordinal);

    /// <summary>Words between a subject and its verb that are not part of the subject ("German officials also have").</summary>
    private static readonly FrozenSet<string> SubjectTrailers = FrozenSet.ToFrozenSet(
    [
        "also", "has", "have", "had", "is", "are", "was", "were", "will", "would", "previously", "later", "earlier",
        "recently", "further", "then", "repeatedly", "publicly", "separately", "reportedly", "since", "already",
        "once", "again", "too", "subsequently", "initially", "originally", "first", "last", "now", "herself",
        "himself", "themselves", "itself", "been", "not", "never", "even", "both", "all", "however", "meanwhile",
        "did", "does", "do", "privately", "openly", "explicitly", "flatly", "angrily", "quickly",
    ], StringComparer.Ordinal);

    /// <summary>Words that show a would-be subject is really a clause.</summary>
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
    [
        "that", "which", "because", "if", "when", "while", "although", "is", "are", "was", "were", "has", "have",
        "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do", "led",
        "been", "being", "to", "where", "whether", "than", "according", "not", "who", "whom", "whose",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FrontedOpeners = FrozenSet.ToFrozenSet(
    [
        "In", "On", "At", "During", "After", "Before", "Following", "Meanwhile", "However", "Currently", "Speaking",
        "Asked", "Earlier", "Later", "Last", "This", "Also", "But", "And", "Yet", "Still", "Separately",
        "Previously", "Recently", "Today", "Yesterday", "Since", "When", "While", "Although", "Despite",
        "Additionally", "Furthermore", "Moreover", "Now", "Then", "Instead", "Similarly", "Likewise",
        "Nevertheless", "Overall", "Indeed", "Still", "Back", "Writing", "For", "Under", "Amid", "As", "By",
        "Once", "Over", "Within", "Without", "Elsewhere", "Here", "There", "Even", "Nonetheless", "Notably",
    ], StringComparer.Ordinal);

    /// <summary>Words that open an aside between a subject and its verb ("Officials, however, said").</summary>
    private static readonly FrozenSet<string> SentenceAdverbs = FrozenSet.ToFrozenSet(
    [
        "however", "though", "meanwhile", "too", "also", "in", "for", "on", "at", "after", "when", "asked", "quoted",
        "meanwhile", "nonetheless", "nevertheless", "moreover", "furthermore", "instead", "then", "now", "once",
        "again", "separately", "likewise", "similarly", "speaking", "writing", "interviewed", "contacted",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastTenseVerbs = FrozenSet.ToFrozenSet(
    [
        "made", "took", "gave", "held", "met", "led", "sent", "won", "lost", "put", "set", "struck", "spoke", "went",
        "came", "sold", "kept", "left", "brought", "began", "wrote", "told", "said", "saw", "found", "paid", "ran",
        "rose", "fell", "hit", "cut", "shut", "stood", "sat", "felt", "heard", "knew", "thought", "got", "became",
    ], StringComparer.Ordinal);

    /// <summary>-ed words that usually modify a noun inside a subject ("armed groups", "the so-called ...").</summary>
    private static readonly FrozenSet<string> ParticipleModifiers = FrozenSet.ToFrozenSet(
    [
        "armed", "based", "backed", "united", "retired", "unnamed", "elected", "appointed", "detained", "injured",
        "wounded", "displaced", "affected", "concerned", "interested", "related", "alleged", "accused", "skilled",
        "experienced", "talented", "renowned", "respected", "licensed", "registered", "qualified", "disabled",
        "married", "aged", "named", "called", "so-called", "self-styled", "advanced", "developed", "organised",
        "organized", "coordinated", "listed", "owned", "funded", "run", "led", "linked", "allied", "aligned",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NounPhraseBreakers = FrozenSet.ToFrozenSet(
    [
        "of", "in", "for", "from", "at", "with", "on", "across", "near", "inside", "within", "familiar", "close",
        "loyal", "based", "who", "linked", "involved", "allied", "backed", "aligned", "working", "under", "to",
        "published", "released", "issued", "commissioned", "written", "produced", "by",
    ], StringComparer.Ordinal);

    /// <summary>The audience of a fronted "Speaking to the BBC, ..." seen by the last <see cref="ReadSubject"/>.</summary>
    private TextSpan? frontedVia;

    private string? lastPerson;
    private int lastPersonPosition = -1;
    private string? lastCollective;
    private string? lastOrganisation;

    /// <summary>Whether "I" and "we" outside quotation marks are a speaker's (a transcript line), not the writer's.</summary>
    private bool firstPersonSpeaks;

    public IReadOnlyList<Attribution> Find(int start, int end, IReadOnlyList<QuoteSpan> quotes, bool firstPersonSpeaks = false)
    {
        this.firstPersonSpeaks = firstPersonSpeaks;
        start = AfterDateline(start, end);
        var found = new List<Attribution>();
        var unit = new Unit(start, end, quotes);
        _ = TryAccordingToFirst(unit, found) || TryAccordingToLast(unit, found) || TryQuoteFirst(unit, found)
            || TryQuotedAsSaying(unit, found) || TrySubjectVerb(unit, start, found, nested: false) || TryTrailingSpeaker(unit, found) || TryParenthetical(unit, found) || TryColon(unit, found);
        for (var i = 0; i < found.Count; i++)
        {
            found[i] = AppositionAsWritten(found[i]) with { CueClass = ClassOfCue(found[i].Cue.Text) };
        }

        var patterns = found.Count;
        FindParsed(unit, found);
        if (found.Count > patterns)
        {
            // Outermost first (by how many others hold each in their content), else in the order found: a parsed
            // attribution may hold a pattern's. A depth key keeps the sort well defined where holding is not transitive.
            var ordered = found.OrderBy(x => found.Count(o => !ReferenceEquals(o, x) && Holds(o, x))).ToList();
            found.Clear();
            found.AddRange(ordered);
        }

        AddTrailingParticiples(unit, found);
        WidenCues(unit, found);
        EndNestedContentsBeforeTheirReporter(unit, found);
        SourcesBeforeInterposedRelatives(unit, found);
        ShareSources(found);
        Remember(found);
        return found;
    }

    /// <summary>
    /// "Fischer, whose side trailed at half-time, praised ...", "The study, which followed 300 players, suggests ...":
    /// a relative clause set off by commas between the subject and the cue is not the source (the parse often makes
    /// its relative word the cue's subject); the noun phrase before it, opening the sentence, is.
    /// </summary>
    private void SourcesBeforeInterposedRelatives(Unit unit, List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var first = f.Source.Text.Split(' ', 2)[0];
            if (first is not ("who" or "whose" or "which") || f.Source.Start >= f.Cue.Start
                || !text.AsSpan(f.Source.Start, f.Cue.Start - f.Source.Start).Contains(','))
            {
                continue;
            }

            var comma = TrimBack(f.Source.Start);
            var start = SkipSpaces(unit.Start, unit.End);
            if (comma <= start || text[comma - 1] != ',' || unit.IsQuoted(start))
            {
                continue;
            }

            if (ReadNounPhrase(start, TrimBack(comma - 1), allowLowercase: true) is { } np)
            {
                found[i] = Make(np, f.Via, f.Cue, f.Content.Start, f.Content.Start + f.Content.Length, unit) with { CueClass = f.CueClass, Quote = f.Quote };
            }
        }
    }

    /// <summary>
    /// "Talks are expected to resume on Wednesday, two people with knowledge of the matter said": an attribution
    /// nested in another's content ends where that content ends; it cannot run on over the source and cue that
    /// report it (the parse often hangs the trailing "X said" inside the inner clause).
    /// </summary>
    private void EndNestedContentsBeforeTheirReporter(Unit unit, List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var inner = found[i];
            var (cs, ce) = (inner.Content.Start, inner.Content.Start + inner.Content.Length);
            for (var j = 0; j < found.Count; j++)
            {
                var outer = found[j];
                if (j == i || !Holds(outer, inner) || outer.Content.Start + outer.Content.Length >= ce)
                {
                    continue;
                }

                var reporter = outer.Source.Length > 0 ? Math.Min(outer.Source.Start, outer.Cue.Start) : outer.Cue.Start;
                if (reporter <= cs || reporter >= ce || unit.IsQuoted(reporter))
                {
                    continue;
                }

                var newEnd = TrimBack(reporter);
                while (newEnd > cs && text[newEnd - 1] is ',' or ';' or '—' or '–')
                {
                    newEnd = TrimBack(newEnd - 1);
                }

                if (newEnd > cs)
                {
                    (inner, ce) = (inner with { Content = new OffsetSpan { Start = cs, Length = newEnd - cs }, Quote = QuoteTypeOf(unit, cs, newEnd) }, newEnd);
                }
            }

            found[i] = inner;
        }
    }

    /// <summary>
    /// "The Greens welcomed the levy but demanded ...", "..., warning that ...": a later cue that shares its
    /// subject with an earlier attribution keeps that source's type and name, with an empty span at its cue, so
    /// no word is in two attributions' sources (the news attribution corpora's convention).
    /// </summary>
    private static void ShareSources(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var later = found[i];
            if (later.Source.Length == 0)
            {
                continue;
            }

            var (ls, le) = (later.Source.Start, later.Source.Start + later.Source.Length);
            var shared = found.Any(earlier => !ReferenceEquals(earlier, later) && earlier.Source.Length > 0 && earlier.Cue.Start < later.Cue.Start
                && earlier.Source.Start < le && ls < earlier.Source.Start + earlier.Source.Length);
            if (shared)
            {
                found[i] = later with { Source = later.Source with { Text = "", Start = later.Cue.Start, Length = 0 }, Role = null };
            }
        }
    }

    /// <summary>
    /// "A spokesman for the ministry, Ahmed Ali, said": the source as written is the subject before the comma
    /// apposition (the attribution set's convention); the name in apposition stays the canonical name.
    /// </summary>
    private Attribution AppositionAsWritten(Attribution a)
    {
        if (a.Role is not { } role || role.Start >= a.Source.Start)
        {
            return a;
        }

        var between = text.AsSpan(role.Start + role.Length, a.Source.Start - role.Start - role.Length).Trim();
        return between.SequenceEqual(",")
            ? a with { Source = a.Source with { Text = role.Text, Start = role.Start, Length = role.Length } }
            : a;
    }

    private static bool Holds(Attribution outer, Attribution inner) =>
        inner.Cue.Start >= outer.Content.Start && inner.Cue.Start + inner.Cue.Length <= outer.Content.Start + outer.Content.Length;

    /// <summary>The same speaker goes on in a quotation of its own ("“...,” he said. “More words.”").</summary>
    public static Attribution Continue(Attribution previous, int contentStart, int contentEnd) =>
        previous with { Content = new OffsetSpan { Start = contentStart, Length = contentEnd - contentStart }, Quote = QuoteType.Direct };

    private sealed record Unit(int Start, int End, IReadOnlyList<QuoteSpan> Quotes)
    {
        public bool IsQuoted(int position) => QuoteScanner.IsQuoted(Quotes, position);

        /// <summary>The unit's words, once split: the parsed reading and the cue widening both read them.</summary>
        public IReadOnlyList<Word>? Words { get; set; }

        /// <summary>The tagger's tags of <see cref="Words"/>, once a reading has tagged them, so no reading tags the unit twice.</summary>
        public string[]? Tags { get; set; }
    }

    private sealed record NounPhrase(int Start, int End, SourceType Type, string Name, TextSpan? Role);

    // ---- "According to X, ..." ---------------------------------------------------------------------------

    private bool TryAccordingToFirst(Unit unit, List<Attribution> found)
    {
        var m = AccordingToLeading().Match(text, unit.Start, unit.End - unit.Start);
        if (!m.Success)
        {
            return false;
        }

        var srcStart = m.Groups["src"].Index;
        var comma = IndexOfUnquoted(unit, ',', srcStart);
        if (comma < 0)
        {
            return false;
        }

        var np = ReadNounPhrase(srcStart, comma, allowLowercase: true);
        if (np is null)
        {
            return false;
        }

        var cue = m.Groups["cue"];
        var contentStart = SkipSpaces(comma + 1, unit.End);
        var contentEnd = ContentEnd(unit, contentStart);
        found.Add(Make(np, null, Span(cue.Index, cue.Index + cue.Length), contentStart, contentEnd, unit));
        _ = TrySubjectVerb(unit, contentStart, found, nested: true);
        return true;
    }

    private bool TryAccordingToLast(Unit unit, List<Attribution> found)
    {
        var m = AccordingToTrailing().Match(text, unit.Start, unit.End - unit.Start);
        if (!m.Success || unit.IsQuoted(m.Index))
        {
            return false;
        }

        var src = m.Groups["src"];
        var np = ReadNounPhrase(src.Index, src.Index + src.Length, allowLowercase: true);
        if (np is null)
        {
            return false;
        }

        var cue = m.Groups["cue"];
        var contentStart = SkipSpaces(unit.Start, unit.End);
        // "The toll, according to the ministry, rose to 40": the content is the whole sentence around it.
        var contentEnd = m.Value.EndsWith(',') ? ContentEnd(unit, contentStart) : TrimBack(m.Index);
        found.Add(Make(np, null, Span(cue.Index, cue.Index + cue.Length), contentStart, contentEnd, unit));
        return true;
    }

    // ---- "“...,” X said." ----------------------------------------------------------------------------------

    private bool TryQuoteFirst(Unit unit, List<Attribution> found)
    {
        var first = SkipSpaces(unit.Start, unit.End);
        var quote = unit.Quotes.FirstOrDefault(q => q.Start == first);
        if (quote is null || quote.End >= unit.End)
        {
            return false;
        }

        var m = SpeakerAfterQuote().Match(text, quote.End, unit.End - quote.End);
        if (!m.Success)
        {
            // "“We will rebuild,” the banner read.": a written message's words; "read" is a cue only here.
            m = MessageReadAfterQuote().Match(text, quote.End, unit.End - quote.End);
            if (!m.Success || !WrittenMessageNouns.Contains(m.Groups["noun"].Value))
            {
                return false;
            }
        }

        var src = m.Groups["src"];
        var np = ReadNounPhrase(src.Index, src.Index + src.Length, allowLowercase: true);
        if (np is null)
        {
            return false;
        }

        var role = np.Role;
        var roleGroup = m.Groups["role"];
        if (roleGroup.Success && role is null)
        {
            role = Span(roleGroup.Index, TrimBack(roleGroup.Index + roleGroup.Length));
        }

        var cue = m.Groups["cue"];
        var lastQuote = unit.Quotes.Where(q => q.Start >= first && q.Start < unit.End).Max(q => q.End);
        var attribution = Make(np with { Role = role }, ViaOf(m), Span(cue.Index, cue.Index + cue.Length), first, Math.Min(lastQuote, unit.End), unit);
        found.Add(attribution with { Quote = QuoteType.Direct });
        return true;
    }

    // ---- "X said (that) ...", "X told Y that ...", "led X to state to Y that ..." -----------------------------

    private bool TrySubjectVerb(Unit unit, int regionStart, List<Attribution> found, bool nested)
    {
        foreach (var m in CueVerb().EnumerateMatches(text.AsSpan(regionStart, unit.End - regionStart)))
        {
            var cueStart = regionStart + m.Index;
            var cueEnd = cueStart + m.Length;
            if (unit.IsQuoted(cueStart) || (cueStart > 0 && text[cueStart - 1] is '-' or '’' or '\''))
            {
                continue;
            }

            var verbStart = LastWordStart(cueStart, cueEnd);
            var verb = text[verbStart..cueEnd];
            // "The ministry's report, released on Tuesday, found ...": after a determiner or a possessive the
            // word is a noun, and the cue is a later verb.
            if (verbStart == cueStart && PreviousWord(cueStart, regionStart) is { } before
                && (NounDeterminers.Contains(before.Text) || NameIndex.StripPossessive(before.Text) != before.Text))
            {
                continue;
            }

            if (PreviousWord(cueStart, regionStart) is { } toWord && toWord.Text == "to")
            {
                if (TryInfinitival(unit, regionStart, toWord.Start, cueStart, cueEnd, verb, found))
                {
                    return true;
                }

                continue;
            }

            var subject = ReadSubject(regionStart, cueStart, nested);
            if (subject is null)
            {
                continue;
            }

            var after = ReadAfterCue(unit, cueEnd, verb);
            var verbWord = LastWord(verb);
            if (after.IsPassive || (!after.IsMarked && (!UnmarkedCues.Contains(verbWord) || (TellVerbs.Contains(verbWord) && after.Via is null))))
            {
                continue;
            }

            var contentEnd = ContentEnd(unit, after.ContentStart);
            if (contentEnd - after.ContentStart < 3)
            {
                continue;
            }

            // "Okafor said he would accept the result, but he insisted that ...": a second report by the same
            // speaker (or another one named) ends the first content.
            var second = nested ? Match.Empty : SecondReport().Match(text, after.ContentStart, contentEnd - after.ContentStart);
            Attribution? secondAttribution = null;
            if (second.Success && !unit.IsQuoted(second.Index) && ReadNounPhrase(second.Groups["src"].Index, second.Groups["src"].Index + second.Groups["src"].Length, allowLowercase: true) is { } secondSource)
            {
                var secondContent = second.Index + second.Length;
                secondAttribution = Make(secondSource, null, Span(second.Groups["cue"].Index, second.Groups["cue"].Index + second.Groups["cue"].Length), secondContent, contentEnd, unit);
                contentEnd = TrimBack(second.Index);
            }

            var attribution = Make(subject, after.Via ?? frontedVia, Span(cueStart, cueEnd), after.ContentStart, contentEnd, unit);
            found.Add(attribution);
            if (attribution.Quote == QuoteType.Indirect)
            {
                _ = TrySubjectVerb(unit, after.ContentStart, found, nested: true);
            }

            if (secondAttribution is not null)
            {
                found.Add(secondAttribution);
            }

            return true;
        }

        return false;
    }

    /// <summary>"... have led military commanders, such as General X, the head of Y, to state to CNN that ...".</summary>
    private bool TryInfinitival(Unit unit, int regionStart, int toStart, int cueStart, int cueEnd, string verb, List<Attribution> found)
    {
        var trigger = CausativeVerb().Match(text, regionStart, toStart - regionStart);
        Match? last = null;
        while (trigger.Success)
        {
            last = trigger;
            trigger = trigger.NextMatch();
        }

        if (last is null || verb.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var objStart = last.Index + last.Length;
        var objEnd = TrimBack(toStart);
        if (objEnd > objStart && text[objEnd - 1] == ',')
        {
            objEnd = TrimBack(objEnd - 1);
        }

        var example = SuchAs().Match(text, objStart, objEnd - objStart);
        var np = example.Success
            ? ReadSubject(example.Index + example.Length, objEnd, nested: true)
            : ReadNounPhrase(objStart, objEnd, allowLowercase: true);
        if (np is null)
        {
            return false;
        }

        var after = ReadAfterCue(unit, cueEnd, verb);
        var contentEnd = ContentEnd(unit, after.ContentStart);
        if (contentEnd - after.ContentStart < 3)
        {
            return false;
        }

        found.Add(Make(np, after.Via, Span(cueStart, cueEnd), after.ContentStart, contentEnd, unit));
        return true;
    }

    // ---- "..., officials said." and "X: “...”" -------------------------------------------------------------

    private bool TryTrailingSpeaker(Unit unit, List<Attribution> found)
    {
        var m = TrailingSpeaker().Match(text, unit.Start, unit.End - unit.Start);
        if (!m.Success || unit.IsQuoted(m.Index))
        {
            return false;
        }

        var src = m.Groups["src"];
        var cue = m.Groups["cue"];
        // "The families, many of whom waited for days, said they wanted answers": after an inverted cue, a pronoun
        // with more words is the subject of the reported clause, not a speaker ("..., said he." is one word).
        var firstWord = src.Value.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (cue.Index < src.Index && firstWord.Length > 1 && PronounOf(firstWord[0], src.Index) is not null)
        {
            return false;
        }

        // "The plan was criticised by the governor, who warned last month that debt was rising": a relative
        // pronoun reports what follows its cue, never the clause before it.
        if (src.Value is "who" or "which" or "that")
        {
            return false;
        }

        var np = ReadNounPhrase(src.Index, src.Index + src.Length, allowLowercase: true);
        if (np is null)
        {
            return false;
        }

        var role = np.Role;
        var roleGroup = m.Groups["role"];
        if (roleGroup.Success && role is null)
        {
            role = Span(roleGroup.Index, TrimBack(roleGroup.Index + roleGroup.Length));
        }

        var contentStart = SkipSpaces(unit.Start, unit.End);
        found.Add(Make(np with { Role = role }, ViaOf(m), Span(cue.Index, cue.Index + cue.Length), contentStart, TrimBack(m.Index), unit));
        return true;
    }

    /// <summary>"X was quoted (by the Prague Daily) as saying (that) ...".</summary>
    private bool TryQuotedAsSaying(Unit unit, List<Attribution> found)
    {
        var m = QuotedAsSaying().Match(text, unit.Start, unit.End - unit.Start);
        if (!m.Success || unit.IsQuoted(m.Index))
        {
            return false;
        }

        var subject = ReadSubject(unit.Start, m.Index, nested: false);
        if (subject is null)
        {
            return false;
        }

        var cue = m.Groups["cue"];
        var via = m.Groups["via"];
        var contentStart = m.Index + m.Length;
        var contentEnd = ContentEnd(unit, contentStart);
        if (contentEnd - contentStart < 3)
        {
            return false;
        }

        found.Add(Make(subject, via.Success ? Span(via.Index, via.Index + via.Length) : frontedVia, Span(cue.Index, cue.Index + cue.Length), contentStart, contentEnd, unit));
        return true;
    }

    /// <summary>"What was missing, she said, was political will.": the attribution sits inside the content.</summary>
    private bool TryParenthetical(Unit unit, List<Attribution> found)
    {
        var m = Parenthetical().Match(text, unit.Start, unit.End - unit.Start);
        if (!m.Success || unit.IsQuoted(m.Index) || m.Index - unit.Start < 8)
        {
            return false;
        }

        var src = m.Groups["src"];
        var np = ReadNounPhrase(src.Index, src.Index + src.Length, allowLowercase: true);
        if (np is null)
        {
            return false;
        }

        var cue = m.Groups["cue"];
        var contentStart = SkipSpaces(unit.Start, unit.End);
        found.Add(Make(np, null, Span(cue.Index, cue.Index + cue.Length), contentStart, ContentEnd(unit, contentStart), unit));
        return true;
    }

    private bool TryColon(Unit unit, List<Attribution> found)
    {
        var m = ColonQuote().Match(text, unit.Start, unit.End - unit.Start);
        if (!m.Success)
        {
            return false;
        }

        var src = m.Groups["src"];
        var np = ReadSubject(src.Index, src.Index + src.Length, nested: false);
        if (np is null)
        {
            return false;
        }

        var colon = m.Groups["cue"];
        var contentStart = m.Groups["quote"].Index;
        found.Add(Make(np, null, Span(colon.Index, colon.Index + 1), contentStart, ContentEnd(unit, contentStart), unit));
        return true;
    }

    // ---- reading the parts -----------------------------------------------------------------------------------

    private readonly record struct AfterCue(TextSpan? Via, int ContentStart, bool IsMarked, bool IsPassive);

    /// <summary>
    /// "said outside court that ...", "wrote in the city's weekly newsletter that ...": a short phrase of place or
    /// time that the adverbial patterns do not know, opened by a preposition and closed by "that", is an adjunct of
    /// the cue; the position of its "that", or <paramref name="p"/> when there is none within five words.
    /// </summary>
    private int AfterAdjunctBeforeThat(int p, int end)
    {
        if (WordAt(p, end) is not { } first || !AdjunctPrepositions.Contains(first))
        {
            return p;
        }

        var at = SkipSpaces(p + first.Length, end);
        for (var words = 0; words < 5 && at < end; words++)
        {
            var e = at;
            while (e < end && !char.IsWhiteSpace(text[e]))
            {
                e++;
            }

            var token = text.AsSpan(at, e - at);
            if (token.SequenceEqual("that"))
            {
                return at;
            }

            // Words, hyphenated words and possessives ("the city's") make the phrase; other punctuation ends it.
            var bare = token.EndsWith("'s") || token.EndsWith("’s") ? token[..^2] : token;
            foreach (var c in bare)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return p;
                }
            }

            at = SkipSpaces(e, end);
        }

        return p;
    }

    /// <summary>
    /// What follows the cue: the audience ("told Fox News", "to CNN", "in an interview with the BBC"), then
    /// "that", a colon, a comma or a quotation, then the content.
    /// </summary>
    private AfterCue ReadAfterCue(Unit unit, int cueEnd, string verb)
    {
        var p = SkipSpaces(cueEnd, unit.End);
        TextSpan? via = null;
        if (WordAt(p, unit.End) == "by")
        {
            return new AfterCue(null, p, false, true);
        }

        if (TellVerbs.Contains(LastWord(verb)))
        {
            var end = AudienceEnd(p, unit.End);
            if (end > p)
            {
                via = Span(p, end);
                p = SkipSpaces(end, unit.End);
            }
        }
        else if (WordAt(p, unit.End) == "to")
        {
            var start = SkipSpaces(p + 2, unit.End);
            var end = AudienceEnd(start, unit.End);
            if (end > start && (char.IsUpper(text[start]) || AudienceWord().IsMatch(text[start..end])))
            {
                via = Span(start, end);
                p = SkipSpaces(end, unit.End);
            }
        }

        for (var i = 0; i < 3 && p < unit.End; i++)
        {
            var adverbial = CueAdverbial().Match(text, p, unit.End - p);
            if (!adverbial.Success || adverbial.Length == 0)
            {
                break;
            }

            var outlet = adverbial.Groups["via"];
            if (via is null && outlet.Success)
            {
                via = Span(outlet.Index, TrimBack(outlet.Index + outlet.Length));
            }

            p = SkipSpaces(adverbial.Index + adverbial.Length, unit.End);
        }

        var marked = false;
        p = AfterAdjunctBeforeThat(p, unit.End);
        if (WordAt(p, unit.End) == "that")
        {
            marked = true;
            p = SkipSpaces(p + 4, unit.End);
        }

        if (p < unit.End && text[p] is ',' or ':')
        {
            marked = true;
            p = SkipSpaces(p + 1, unit.End);
        }

        if (p < unit.End && unit.IsQuoted(p))
        {
            marked = true;
        }

        return new AfterCue(via, p, marked, false);
    }

    private int AudienceEnd(int start, int limit)
    {
        var m = Audience().Match(text, start, limit - start);
        return m.Success && m.Index == start ? TrimBack(start + m.Length) : start;
    }

    /// <summary>The subject before a cue: fronted adverbials and "also have" dropped, an apposition split off.</summary>
    private NounPhrase? ReadSubject(int start, int end, bool nested)
    {
        start = SkipSpaces(start, end);
        end = TrimBack(end);
        while (end > start)
        {
            var ws = LastWordStart(start, end);
            var word = text[ws..end];
            if (!SubjectTrailers.Contains(word) && !(word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && word.Length > 4))
            {
                break;
            }

            end = TrimBack(ws);
        }

        var appositionClosed = end > start && text[end - 1] == ',';
        if (appositionClosed)
        {
            end = TrimBack(end - 1);
        }

        var fronted = false;
        frontedVia = null;
        for (var guard = 0; guard < 3 && start < end; guard++)
        {
            var first = WordAt(start, end);
            var comma = text.IndexOf(',', start, end - start);
            if (comma < 0 || first is null || !(FrontedOpeners.Contains(first) || (first.EndsWith("ly", StringComparison.Ordinal) && comma - start == first.Length)))
            {
                break;
            }

            frontedVia ??= FrontedAudience().Match(text, start, comma - start) is { Success: true } spoken
                ? Span(spoken.Groups["via"].Index, spoken.Groups["via"].Index + spoken.Groups["via"].Length)
                : null;
            start = SkipSpaces(comma + 1, end);
            fronted = true;
        }

        // "But the opposition claimed", "And officials said": the conjunction joins sentences, not the subject.
        if (WordAt(start, end) is "But" or "And" or "Yet" or "So" or "Or" or "but" or "and" or "yet")
        {
            start = SkipSpaces(start + WordAt(start, end)!.Length, end);
            fronted = true;
        }

        // "Builders welcomed the plan but warned that ...": the cue shares its subject with an earlier verb.
        if (CoordinatedSubjectEnd(start, end) is { } subjectEnd)
        {
            end = subjectEnd;
        }

        if (start >= end || text.AsSpan(start, end - start).IndexOfAny("“”\"") >= 0 || (!nested && !fronted && !char.IsUpper(text[start])))
        {
            return null;
        }

        nested |= fronted;

        var split = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        if (split > start)
        {
            var head = ReadNounPhrase(start, split, allowLowercase: true);
            var roleStart = SkipSpaces(split + 1, end);
            var firstWord = WordAt(roleStart, end);
            var relative = firstWord is "who" or "which" or "whose" or "whom";
            if (relative && !appositionClosed)
            {
                return null; // "The president, who said ...": the cue belongs to the relative clause
            }

            // "Some nurses, however, said", "Officials, speaking on condition of anonymity, said": an aside.
            if (head is not null && appositionClosed && firstWord is { } aside
                && (SentenceAdverbs.Contains(aside) || (aside.EndsWith("ing", StringComparison.Ordinal) && aside.Length > 5)))
            {
                return head;
            }

            // "The company, Halden Pharma, said", "His challenger, Grace Whitfield, said": the name is the source.
            if (head is not null && appositionClosed && head.Type is not (SourceType.Person or SourceType.Pronoun or SourceType.Outlet)
                && char.IsLower(text[start]) is false && IsProperName(roleStart, end) is { } proper)
            {
                return proper with { Role = Span(start, split) };
            }

            var named = head is not null && head.Type is SourceType.Person or SourceType.Pronoun or SourceType.Organization or SourceType.Outlet;
            var described = head is not null && (relative || firstWord is "a" or "an" or "the" || (roleStart < end && char.IsAsciiDigit(text[roleStart])));
            if (named || described)
            {
                // "The ministry, in a statement, said": an adverbial, not an apposition.
                return firstWord is { } w && (NounPhraseBreakers.Contains(w) || FrontedOpeners.Contains(w) || w is "in" or "on" or "at" or "during" or "after")
                    ? head
                    : head! with { Role = Span(roleStart, end) };
            }
        }

        return ReadNounPhrase(start, end, allowLowercase: nested || !char.IsUpper(text[start]));
    }

    /// <summary>A name that fills the whole span ("Halden Pharma", "Grace Whitfield"), read as a source.</summary>
    private NounPhrase? IsProperName(int start, int end)
    {
        var runs = NameIndex.CapitalisedRuns(text, start, end);
        if (runs.Count != 1 || runs[0].Start != start || runs[0].End != end || Lexicon.IsCapitalisedFunctionWord(runs[0].Tokens[0].Text))
        {
            return null;
        }

        var np = ReadNounPhrase(start, end, allowLowercase: false);
        return np is { Type: SourceType.Person or SourceType.Organization or SourceType.Outlet } ? np : null;
    }

    /// <summary>
    /// Where the subject ends when the words before the cue are "SUBJECT VERBED ... and|but": the first
    /// lowercase past-tense verb after a capitalised start marks it ("The president declared ... and said").
    /// </summary>
    private int? CoordinatedSubjectEnd(int start, int end)
    {
        var lastWordStart = LastWordStart(start, end);
        if (text[lastWordStart..end] is not ("and" or "but") || lastWordStart <= start)
        {
            return null;
        }

        var p = start;
        var words = 0;
        while (p < lastWordStart && words < 8)
        {
            var wordEnd = p;
            while (wordEnd < lastWordStart && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text[p..wordEnd];
            if (words > 0 && char.IsLower(word[0]) && (PastTenseVerbs.Contains(word) || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !ParticipleModifiers.Contains(word))))
            {
                return TrimBack(p);
            }

            if (word.EndsWith(',') || word is "who" or "which" or "that")
            {
                return null; // a relative clause or a list: too involved to cut safely
            }

            words++;
            p = SkipSpaces(wordEnd, lastWordStart);
        }

        return null;
    }

    /// <summary>
    /// Reads a source noun phrase: a pronoun, an outlet, a name with its title or role before it ("Terrorism
    /// analyst Robert Young Pelton", "Colonel Ahmed Almesmari"), or a described collective ("German officials",
    /// "Libyan security forces in Tripoli", "a source familiar with the matter").
    /// </summary>
    private NounPhrase? ReadNounPhrase(int start, int end, bool allowLowercase)
    {
        start = SkipSpaces(start, end);
        end = TrimBack(end);
        if (start >= end)
        {
            return null;
        }

        var phrase = text[start..end];
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14 || words.Any(w => ClauseWords.Contains(w)) || phrase.AsSpan().IndexOfAny(".;:!?“”\"") is var bad && bad >= 0 && !IsDottedName(phrase))
        {
            return null;
        }

        if (words.Length == 1 && PronounOf(words[0], start) is { } pronounName)
        {
            return new NounPhrase(start, end, SourceType.Pronoun, pronounName, null);
        }

        if (Outlets.IsOutlet(phrase))
        {
            return new NounPhrase(start, end, SourceType.Outlet, OutletName(phrase), null);
        }

        var run = NameIndex.CapitalisedRuns(text, start, end).LastOrDefault();
        var sentenceInitialNoun = run is not null && run.Tokens.Count == 1 && run.Start == start
                                  && (Lexicon.IsCommonSourceNoun(run.Tokens[0].Text) || (LooksLikeCommonPlural(run.Tokens[0].Text) && names.FullName(run.Tokens[0].Text) is null));
        if (run is not null && run.End == end && !sentenceInitialNoun && !IsPrepositionBefore(run.Start, start))
        {
            var tokens = run.Tokens;
            var skip = 0;
            while (skip < tokens.Count - 1 && (Lexicon.IsTitle(tokens[skip].Text) || Lexicon.IsCapitalisedFunctionWord(tokens[skip].Text)))
            {
                skip++;
            }

            var nameTokens = tokens.Skip(skip).ToList();
            if (nameTokens.Count == 1 && Lexicon.IsCapitalisedFunctionWord(nameTokens[0].Text))
            {
                return null; // "We believe ...", "This shows ...": the author, or no source at all
            }

            var nameStart = nameTokens[0].Start;
            var nameText = text[nameStart..end];
            var roleEnd = TrimBack(nameStart);
            while (roleEnd > start && text[roleEnd - 1] == ',')
            {
                roleEnd = TrimBack(roleEnd - 1);
            }

            TextSpan? role = roleEnd > start ? Span(start, roleEnd) : null;
            // A title or role written straight before the name ("Dr Helen Carter", "Terrorism analyst Robert
            // Young Pelton") is part of the source as written; one set off by a comma is an apposition.
            var sourceStart = role is not null && text.AsSpan(roleEnd, nameStart - roleEnd).IsWhiteSpace() ? start : nameStart;
            var texts = nameTokens.Select(t => t.Text).ToList();
            if (Outlets.IsOutlet(nameText))
            {
                return new NounPhrase(nameStart, end, SourceType.Outlet, OutletName(nameText), role);
            }

            if ((texts.Count < 2 || !NameIndex.LooksLikePersonName(texts)) && NameIndex.PersonNameStart(nameTokens) is var k and > 0)
            {
                nameTokens = nameTokens.Skip(k).ToList();
                texts = nameTokens.Select(t => t.Text).ToList();
                nameStart = nameTokens[0].Start;
                role = Span(start, TrimBack(nameStart));
                sourceStart = start;
            }

            if (texts.Count >= 2 && NameIndex.LooksLikePersonName(texts))
            {
                var canonical = NameIndex.Canonical(texts);
                return new NounPhrase(sourceStart, end, SourceType.Person, names.FullName(texts[^1]) is { } full && full.EndsWith(canonical, StringComparison.Ordinal) ? full : canonical, role);
            }

            if (texts.Count == 1 && names.FullName(texts[0]) is { } fullName)
            {
                return new NounPhrase(sourceStart, end, SourceType.Person, fullName, role);
            }

            if (texts.Count == 1 && NameIndex.LooksLikePersonName(texts)
                && ((skip > 0 && Lexicon.IsTitle(tokens[skip - 1].Text)) || Forenames.IsForename(NameIndex.StripPossessive(texts[0]))))
            {
                return new NounPhrase(sourceStart, end, SourceType.Person, NameIndex.StripPossessive(texts[0]), role);
            }

            if (role is null || role.Text.Split(' ').All(w => char.IsUpper(w[0])))
            {
                return new NounPhrase(start, end, SourceType.Organization, StripArticle(phrase), null);
            }

            // "The rail operator Northline", "striker Haaland": the role says what kind of party the name is.
            if (texts.Count == 1 && LastWord(role.Text) is var roleHead && char.IsLower(roleHead[0]))
            {
                var name = NameIndex.StripPossessive(texts[0]);
                return Lexicon.IsOrganisationNoun(roleHead)
                    ? new NounPhrase(sourceStart, end, SourceType.Organization, name, role)
                    : new NounPhrase(sourceStart, end, SourceType.Person, name, role);
            }
        }

        if (IsTitleCaseOrganisation(words))
        {
            return new NounPhrase(start, end, SourceType.Organization, StripArticle(phrase), null);
        }

        if (PersonBeforeItsPlace(start, end) is { } person)
        {
            return person;
        }

        if (!allowLowercase && !char.IsUpper(phrase[0]))
        {
            return null;
        }

        return CommonNounPhrase(start, end, phrase, words);
    }

    /// <summary>"Senator Rand Paul of Kentucky", "Mayor Ana Diaz from Lagos": a name that opens the phrase, the person's.</summary>
    private NounPhrase? PersonBeforeItsPlace(int start, int end)
    {
        var runs = NameIndex.CapitalisedRuns(text, start, end);
        if (runs.Count < 2 || runs[0].Start != start || WordAt(SkipSpaces(runs[0].End, end), end) is not ("of" or "from" or "in" or "at"))
        {
            return null;
        }

        var tokens = runs[0].Tokens;
        var skip = 0;
        while (skip < tokens.Count - 1 && Lexicon.IsTitle(tokens[skip].Text))
        {
            skip++;
        }

        var texts = tokens.Skip(skip).Select(t => t.Text).ToList();
        if (texts.Count < 2 || !NameIndex.LooksLikePersonName(texts))
        {
            return null;
        }

        var nameStart = tokens[skip].Start;
        var canonical = NameIndex.Canonical(texts);
        // The source as written is the whole phrase ("Luis Ortega of the Clean Air Coalition"), as the news attribution
        // corpora mark it; the name alone is the canonical name.
        return new NounPhrase(start, TrimBack(end), SourceType.Person, names.FullName(texts[^1]) ?? canonical,
            nameStart > start ? Span(start, TrimBack(nameStart)) : null);
    }

    private static NounPhrase CommonNounPhrase(int start, int end, string phrase, string[] words)
    {
        var headIndex = words.Length - 1;
        for (var i = 1; i < words.Length; i++)
        {
            if (NounPhraseBreakers.Contains(words[i]))
            {
                headIndex = i - 1;
                break;
            }
        }

        var head = words[headIndex].Trim(',');
        var modifiers = words.Take(headIndex).Skip(1);
        var plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
        var first = words[0].ToLowerInvariant();
        // "a senior diplomat", "one mother", "a source familiar with the matter": one unnamed person.
        var oneUnnamed = headIndex > 0 && first is "a" or "an" or "one" or "another";
        // "German officials", "UN officials", "officials in Benghazi": described, so a group rather than
        // anonymous; a capital that only opens the sentence ("Local officials") describes nothing.
        var described = modifiers.Any(w => char.IsUpper(w[0])) || words.Skip(headIndex + 1).Any(w => char.IsUpper(w[0]))
                        || (headIndex > 0 && char.IsUpper(words[0][0]) && LooksLikeDemonym(words[0]))
                        || (plural && headIndex < words.Length - 1);
        SourceType type;
        if (Lexicon.IsOrganisationNoun(head) && !plural)
        {
            type = SourceType.Organization;
        }
        else if (oneUnnamed || (Lexicon.IsAnonymousNoun(head) && !described))
        {
            type = SourceType.Anonymous;
        }
        else
        {
            type = SourceType.Group;
        }

        return new NounPhrase(start, end, type, type == SourceType.Organization ? StripArticle(phrase) : phrase, null);
    }

    /// <summary>"German", "Libyan", "Chinese", "British", "Israeli", "French": a people, so a description.</summary>
    private static bool LooksLikeDemonym(string word) =>
        Lexicon.IsPlaceWord(word) || word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal)
        || (word.EndsWith('i') && word.Length > 4);

    /// <summary>
    /// "the Chamber of Commerce", "Institute for Fiscal Studies", "Bank of England": capitalised words joined by
    /// "of", "for", "and", "on" name an organisation, unless the first is a common noun opening the sentence
    /// ("Officials of Hamas").
    /// </summary>
    private static bool IsTitleCaseOrganisation(string[] words)
    {
        var i = words[0] is "the" or "The" ? 1 : 0;
        if (words.Length - i < 3 || Lexicon.IsCommonSourceNoun(words[i]) || LooksLikeCommonPlural(words[i])
            || Lexicon.IsTitle(words[i]) || Forenames.IsForename(words[i]))
        {
            return false;
        }

        var connectors = 0;
        for (var k = i; k < words.Length; k++)
        {
            if (words[k] is "of" or "for" or "and" or "on" or "&")
            {
                connectors++;
            }
            else if (!char.IsUpper(words[k][0]))
            {
                return false;
            }
        }

        return connectors > 0 && !(words[^1] is "of" or "for" or "and" or "on" or "&");
    }

    /// <summary>"Builders", "Traders", "Economists": a plural of people, not a name, when it opens a sentence.</summary>
    private static bool LooksLikeCommonPlural(string word) =>
        word.Length > 5 && char.IsUpper(word[0]) && word[1..].All(char.IsLower)
        && (word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal)
            || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal)
            || word.EndsWith("ants", StringComparison.Ordinal) || word.EndsWith("ents", StringComparison.Ordinal)
            || word.EndsWith("ees", StringComparison.Ordinal) || word.EndsWith("ans", StringComparison.Ordinal)
            || word.EndsWith("ats", StringComparison.Ordinal));

    /// <summary>
    /// Third-person pronouns only: "I" and "we" outside a quotation are the author ("We believe the ruling is
    /// wrong" is the writer's opinion, not a report of someone else's words).
    /// </summary>
    private string? PronounOf(string word, int position) => word switch
    {
        "he" or "He" or "she" or "She" => PersonFor(Forenames.OfPronoun(word), position),
        "they" or "They" => lastCollective ?? lastOrganisation ?? "",
        "it" or "It" => lastOrganisation ?? "",
        _ => null,
    };

    /// <summary>
    /// "he" or "she": the last person quoted when the gender fits and no other person of that gender was named
    /// since; else the last person of that gender named; else the last person quoted or named whose gender is
    /// not known.
    /// </summary>
    private string PersonFor(Gender wanted, int position)
    {
        var sourceGender = lastPerson is null ? Gender.Unknown : names.GenderOf(lastPerson);
        var lastOfGender = names.LastPersonBefore(position, wanted, exact: true);
        if (lastPerson is not null && sourceGender == wanted
            && (lastOfGender is null || lastOfGender.Value.Position <= lastPersonPosition || lastOfGender.Value.Name == lastPerson))
        {
            return lastPerson;
        }

        if (lastOfGender is { } named)
        {
            return named.Name;
        }

        if (lastPerson is not null && sourceGender == Gender.Unknown)
        {
            return lastPerson;
        }

        return names.LastPersonBefore(position, wanted, exact: false)?.Name ?? lastPerson ?? "";
    }

    private void Remember(List<Attribution> found)
    {
        foreach (var a in found)
        {
            switch (a.Source.Type)
            {
                case SourceType.Person:
                case SourceType.Pronoun when a.Source.Text is "he" or "He" or "she" or "She" && a.Source.Name.Contains(' ', StringComparison.Ordinal):
                    lastPerson = a.Source.Name;
                    lastPersonPosition = a.Source.Start;
                    break;
                case SourceType.Group or SourceType.Anonymous:
                    lastCollective = a.Source.Name;
                    break;
                case SourceType.Organization or SourceType.Outlet:
                    lastOrganisation = a.Source.Name;
                    break;
            }
        }
    }

    /// <summary>Falls back to the last person named before the pronoun when no earlier claim had a person source.</summary>
    private Attribution Make(NounPhrase np, TextSpan? via, TextSpan cue, int contentStart, int contentEnd, Unit unit)
    {
        var name = np.Name;
        if (np.Type == SourceType.Pronoun && name.Length == 0)
        {
            name = text[np.Start..np.End] is "he" or "He" or "she" or "She" ? names.LastPersonBefore(np.Start) ?? text[np.Start..np.End] : text[np.Start..np.End];
        }

        contentEnd = Math.Max(contentStart, contentEnd);
        return new Attribution
        {
            Source = new AttributionSource { Text = text[np.Start..np.End], Start = np.Start, Length = np.End - np.Start, Type = np.Type, Name = name },
            Role = np.Role,
            Via = via,
            Cue = cue,
            Content = new OffsetSpan { Start = contentStart, Length = contentEnd - contentStart },
            Quote = QuoteTypeOf(unit, contentStart, contentEnd),
        };
    }

    /// <summary>Direct when the content is all quotation, indirect when none of it is, mixed otherwise.</summary>
    private QuoteType QuoteTypeOf(Unit unit, int start, int end)
    {
        int quoted = 0, unquoted = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                continue;
            }

            if (unit.IsQuoted(i))
            {
                quoted++;
            }
            else
            {
                unquoted++;
            }
        }

        return quoted == 0 ? QuoteType.Indirect : unquoted == 0 ? QuoteType.Direct : QuoteType.Mixed;
    }

    // ---- small helpers ---------------------------------------------------------------------------------------

    /// <summary>The audience named after "told" in a trailing attribution, without the sentence's full stop.</summary>
    private TextSpan? ViaOf(Match m)
    {
        if (m.Groups["via"] is not { Success: true } via)
        {
            return null;
        }

        var end = via.Index + via.Length;
        if (text[end - 1] == '.' && (end >= text.Length || char.IsWhiteSpace(text[end]) || Chars.IsCloser(text[end])))
        {
            end--;
        }

        return Span(via.Index, end);
    }

    /// <summary>The content runs to the end of the unit, without the sentence's own final punctuation.</summary>
    private int ContentEnd(Unit unit, int contentStart)
    {
        var e = TrimBack(unit.End);
        while (e > contentStart && Chars.IsTerminal(text[e - 1]) && !unit.IsQuoted(e - 1))
        {
            e--;
        }

        return TrimBack(e);
    }

    private int IndexOfUnquoted(Unit unit, char c, int from)
    {
        for (var i = from; i < unit.End; i++)
        {
            if (text[i] == c && !unit.IsQuoted(i))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsPrepositionBefore(int runStart, int phraseStart)
    {
        var prev = PreviousWord(runStart, phraseStart);
        return prev is not null && (NounPhraseBreakers.Contains(prev.Value.Text) || prev.Value.Text is "the" or "a" or "an" or "and" or "by");
    }

    private bool IsDottedName(string phrase) =>
        !phrase.AsSpan().ContainsAny(";:!?“”\"") && NameIndex.CapitalisedRuns(phrase, 0, phrase.Length).Any();

    private static string StripArticle(string phrase) =>
        phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;

    private static string OutletName(string phrase)
    {
        var name = NameIndex.StripPossessive(phrase.Trim());
        return name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;
    }

    private static string LastWord(string words)
    {
        var i = words.LastIndexOf(' ');
        return i < 0 ? words : words[(i + 1)..];
    }

    private TextSpan Span(int start, int end) => new() { Text = text[start..end], Start = start, Length = end - start };

    private int SkipSpaces(int p, int limit)
    {
        while (p < limit && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private int TrimBack(int e)
    {
        while (e > 0 && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return e;
    }

    private int LastWordStart(int start, int end)
    {
        var s = end;
        while (s > start && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }

        return s;
    }

    private (string Text, int Start)? PreviousWord(int before, int limit)
    {
        var e = TrimBack(before);
        if (e <= limit)
        {
            return null;
        }

        var s = LastWordStart(limit, e);
        return (text[s..e], s);
    }

    private string? WordAt(int p, int limit)
    {
        var e = p;
        while (e < limit && char.IsLetter(text[e]))
        {
            e++;
        }

        return e > p && (e >= limit || !char.IsLetterOrDigit(text[e])) ? text[p..e] : null;
    }

    private const string SpeechVerbs = "said|says|told|added|adds|explained|continued|wrote|writes|asked|insisted|noted|warned|argued|recalled|stated|declared|claimed|conceded|acknowledged|admitted|replied|responded|cautioned|stressed|observed|remarked|tweeted|posted";

    [GeneratedRegex(@"\b(?:(?:has|have|had|is|are|was|were|will|would)\s+(?:been\s+)?)?(?:said|says|say|told|tells|tell|stated|states|state|reported|reports|reporting|report|alleged|alleges|alleging|allege|claimed|claims|claiming|claim|wrote|writes|write|written|announced|announces|announce|confirmed|confirms|confirm|denied|denies|deny|warned|warns|warn|added|adds|add|explained|explains|noted|notes|note|insisted|insists|insist|argued|argues|argue|acknowledged|acknowledges|admitted|admits|admit|asserted|asserts|declared|declares|revealed|reveals|reveal|disclosed|discloses|testified|testifies|tweeted|tweets|posted|predicted|predicts|predict|suggested|suggests|suggest|estimated|estimates|estimate|believes|believed|believe|maintained|maintains|maintain|contended|contends|cautioned|stressed|emphasized|emphasised|concluded|found|finds|find|showed|shows|show|indicated|indicates|indicate|conceded|concedes|recalled|recalls|replied|responded|observed|remarked|told)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CueVerb();

    [GeneratedRegex(@"\G\s*(?<cue>[Aa]ccording\s+to)\s+(?<src>\S)", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToLeading();

    [GeneratedRegex(@",\s*(?<cue>according\s+to)\s+(?<src>[^,.;“”""]{2,120}?)\s*(?:,|[.!?]?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToTrailing();

    /// <summary>After a quotation: ", the statement read." or ", a sign outside the gate reads in part." (the noun checked against <see cref="WrittenMessageNouns"/>).</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?<src>(?:the|a|an|one|this|that|his|her|its|their|our)\s+(?:[\p{L}’'\-]+\s+){0,2}?(?<noun>\p{Ll}[\p{Ll}\-]*)(?:\s+(?:on|at|outside|above|over|near|in|from)\s+(?:the\s+|a\s+|an\s+)?[\p{L}’'\-]+(?:\s+[\p{L}’'\-]+){0,2}?)?)\s+(?<cue>read|reads)(?:\s+in\s+part)?\s*(?:[.!?]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MessageReadAfterQuote();

    /// <summary>After a quotation: ", said X, a role." or ", X said (to Y) (anything)." </summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:(?<cue>" + SpeechVerbs + @")\s+(?<src>(?:the\s+|a\s+|an\s+)?[^\s,.;“”""]+(?:\s+[^\s,.;“”""]+){0,5}?)(?:,\s*(?<role>[^.;“”""]{3,150}?))?(?:\s+(?:on|in|at|during|late|early|earlier|later|last|this|after|before|when|while|as|from)\b[^“”""]{0,80}?)?|(?<src>[^\s,.;“”""]+(?:\s+[^\s,.;“”""]+){0,7}?)(?:\s*,\s*(?<role>[^.;:“”""]{3,150}?)\s*,)?\s+(?<cue>(?:(?:has|had|have)\s+)?(?:" + SpeechVerbs + @"))(?:\s+(?<via>(?:the\s+)?\p{Lu}[\p{L}\p{Nd}&’'.\-]*(?:\s+\p{Lu}[\p{L}\p{Nd}&’'.\-]*){0,4}|reporters|journalists))?(?:\s+[^“”""]{0,100}?)?)\s*(?:[.!?,;:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfterQuote();

    [GeneratedRegex(@",\s*(?:(?<cue>said|says|added|reported|told\s+reporters|wrote|warned|explained|noted|announced|confirmed|disclosed|revealed|insisted|argued|claimed|stated)\s+(?<src>(?:the\s+|a\s+|an\s+)?[^\s,.;“”""]+(?:\s+[^\s,.;“”""]+){0,5}?)(?:,\s*(?<role>[^.;“”""]{3,150}?))?|(?<src>[^\s,.;“”""]+(?:\s+[^\s,.;“”""]+){0,7}?)\s+(?<cue>(?:(?:has|have|had)\s+)?(?:said|say|says|reported|report|reports|added|wrote|warned|warn|warns|explained|noted|told|believe|believes|estimated|estimate|estimates|announced|confirmed|disclosed|revealed|suggested|suggests|suggest|insisted|insist|insists|argued|argue|argues|claimed|claim|claims|stated|predicted|predicts|found|finds|concluded|showed|shows))(?:\s+(?<via>(?:the\s+)?\p{Lu}[\p{L}\p{Nd}&’'.\-]*(?:\s+\p{Lu}[\p{L}\p{Nd}&’'.\-]*){0,4}|reporters|journalists))?)(?:\s+(?:on|in|at|during|late|earlier|later|last|this|after|from)\b[^,“”""]{0,60}?)?\s*[.!?]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSpeaker();

    [GeneratedRegex(@",\s*(?<src>(?:he|she|they|it|(?:the\s+|a\s+|an\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,3}|(?:the\s+|a\s+|an\s+)?[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?))\s+(?<cue>said|says|added|argued|argues|insisted|insists|warned|warns|noted|explained|believes|claimed|claims|suggested|suggests|stressed|admitted|conceded)\s*,\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s(?<cue>(?:has|have|had)\s+been\s+quoted|(?:was|were|is|are)\s+quoted)\s+(?:by\s+(?<via>(?:the\s+)?\p{Lu}[^,“”""]{0,60}?)\s+)?(?:in\s+[^,“”""]{1,60}?\s+)?as\s+saying\s*(?:that\s+|,\s*|:\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAsSaying();

    [GeneratedRegex(@",?\s+(?:but|and|while|although|though)\s+(?<src>he|she|they|it|\p{Lu}[\p{L}’'\-]+)\s+(?:also\s+)?(?<cue>insisted|said|added|warned|argued|noted|stressed|claimed|conceded|acknowledged|admitted|cautioned)\s+(?:that\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex SecondReport();

    [GeneratedRegex(@"\G\s*(?<src>\p{Lu}[^:“”""]{1,80}?)\s*(?<cue>:)\s*(?<quote>[“""])", RegexOptions.CultureInvariant)]
    private static partial Regex ColonQuote();

    [GeneratedRegex(@"\b(?:led|lead|leads|leading|prompted|prompting|caused|forced|pushed|allowed|urged|asked|encouraged|compelled|invited|inspired|moved|persuaded)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CausativeVerb();

    [GeneratedRegex(@"\G\s*(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|with|for|in|on)\s+(?<via>(?:the\s+)?\p{Lu}[^,]*)$|\G\s*In\s+an?\s+(?:[\w-]+\s+)?interview\s+with\s+(?<via>(?:the\s+)?\p{Lu}[^,]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedAudience();

    [GeneratedRegex(@"\b(?:such\s+as|including|among\s+them)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SuchAs();

    /// <summary>The audience of "told": "Fox News", "reporters", "the Associated Press", "CNN’s Jake Tapper".</summary>
    [GeneratedRegex(@"\G(?:(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}\p{Nd}&’'.\-]*)(?:\s+(?:\p{Lu}[\p{L}\p{Nd}&’'.\-]*|of|and|al|de))*(?=\s+that\b|\s*[,:“""]|\s+(?:on|in|at|during|last|this|about|earlier|late|after|before|when|while|via|through)\b|\s*$)|(?:(?:the|a|an|some|several)\s+)?\p{Ll}[\p{Ll}’'-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,2}(?=\s+that\b)|(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:reporters|journalists|media|press|lawmakers|legislators|parliament|congress|court|jury|judge|supporters|crowd|crowds|conference|briefing|rally|audience|gathering|summit|meeting|committee|hearing|newspaper|broadcaster|television|TV|radio|channel|station|website|magazine|agency|podcast|outlet|investors|analysts|delegates)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Audience();

    [GeneratedRegex(@"^(?:reporters|journalists|the\s+media|media|the\s+press|press|lawmakers|parliament)", RegexOptions.CultureInvariant)]
    private static partial Regex AudienceWord();

    /// <summary>"in a statement", "on Monday", "in an interview with the BBC" between the cue and the content.</summary>
    [GeneratedRegex(@"\G(?:(?:in|during|via)\s+(?:an?|its|his|her|their|the|a\s+joint)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|conversation|speech|address|press\s+conference|news\s+conference|briefing|post|tweet|letter|email|e-mail|video|podcast|broadcast|filing|report|memo|note|message|announcement|release|op-ed|column|blog\s+post|submission|testimony|hearing|appearance|session)\b(?:\s+(?:with|to|on)\s+(?<via>(?:the\s+)?\p{Lu}[\p{L}\p{Nd}&’'.\-]*(?:\s+\p{Lu}[\p{L}\p{Nd}&’'.\-]*)*))?|on\s+(?<via>Twitter|X|Facebook|Instagram|Telegram|TikTok|YouTube|Truth\s+Social|LinkedIn|Threads|Bluesky)|(?:(?:on|late\s+on|early\s+on|earlier\s+on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|(?:yesterday|today|earlier|later|recently|previously|again|also|separately|publicly|privately))(?:\s*,)?", RegexOptions.CultureInvariant)]
    private static partial Regex CueAdverbial();
}
