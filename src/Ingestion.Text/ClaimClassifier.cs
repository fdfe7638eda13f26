using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Ingestion.Contracts;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>Decides what a claim does (claim, opinion, prescriptive, question) and whether it is hedged.</summary>
internal static partial class ClaimClassifier
{
    /// <param name="text">The claim text.</param>
    /// <param name="unquoted">The claim text with quotations blanked out (same length): the author's own words.</param>
    /// <param name="attributed">Whether the claim reports someone else's words.</param>
    public static ClaimKind Kind(string text, string unquoted, bool attributed)
    {
        var lastMark = LastTerminal(text);
        if (lastMark == '?' && (!attributed || LastTerminal(unquoted) == '?'))
        {
            return ClaimKind.Question;
        }

        if (attributed)
        {
            return ClaimKind.Claim;
        }

        if (IsPrescriptive(unquoted))
        {
            return ClaimKind.Prescriptive;
        }

        return IsOpinion(unquoted) ? ClaimKind.Opinion : ClaimKind.Claim;
    }

    /// <summary>
    /// Hedged: the claim is put as possible, conditional or unverified (may, might, could, would under a
    /// condition, if-clauses, alleged, reportedly, claimed, apparently, seems). Quoted words count: a source
    /// that says something "may be" the greatest threat makes a hedged claim.
    /// </summary>
    public static bool IsHedged(string text)
    {
        foreach (var m in Word().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (!HedgeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word.SequenceEqual("May") || word.SequenceEqual("Might"))
            {
                continue; // "May" is also the month and a name
            }

            if (word.Equals("would", StringComparison.OrdinalIgnoreCase) && IsFutureInThePast(text, m.Index))
            {
                continue;
            }

            if (word.Equals("could", StringComparison.OrdinalIgnoreCase) && CouldNot().IsMatch(text.AsSpan(m.Index)))
            {
                continue; // "could not be reached" reports a fact
            }

            return true;
        }

        return HedgePhrase().IsMatch(text);
    }

    private static readonly FrozenSet<string> HedgeWords =
        WordLists.Set("hedge-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>"said it would hold elections": a reported promise, not a conditional.</summary>
    private static bool IsFutureInThePast(string text, int wouldAt)
    {
        if (Conditional().IsMatch(text))
        {
            return false;
        }

        var from = Math.Max(0, wouldAt - 60);
        return SpeechVerbBefore().IsMatch(text.AsSpan(from, wouldAt - from));
    }

    /// <summary>
    /// The author's own sentence whose main clause carries a deontic modal (must, should, need to, ought to,
    /// have to): "UN forces must seek to resolve the war". A modal inside a subordinate or relative clause
    /// ("leaders who must decide") does not make the sentence prescriptive, nor does epistemic "must have".
    /// </summary>
    private static bool IsPrescriptive(string unquoted)
    {
        if (ItIsNecessary().IsMatch(unquoted))
        {
            return true;
        }

        foreach (Match m in DeonticModal().Matches(unquoted))
        {
            var clauseStart = unquoted.LastIndexOfAny([',', ';', ':', '—', '–', '(', '"', '“'], Math.Max(0, m.Index - 1)) + 1;
            var clause = unquoted.AsSpan(clauseStart, m.Index - clauseStart);
            if (clause.Trim().Length == 0 && m.Value.StartsWith("should", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "Should talks fail, ..." is a condition
            }

            if (Subordinator().IsMatch(clause) || Determiner().IsMatch(clause))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The author's evaluation rather than a checkable fact: first-person stance and stance adverbs, strongly
    /// evaluative words, or a hedged evaluation ("may already be proving to be successful").
    /// </summary>
    private static bool IsOpinion(string unquoted)
    {
        if (FirstPersonStance().IsMatch(unquoted) || HasStanceAdverb(unquoted) || HasWordFrom(unquoted, StronglyEvaluativeWords))
        {
            return true;
        }

        return IsHedged(unquoted) && EvaluativePredicate().IsMatch(unquoted);
    }

    /// <summary>"Unfortunately, ...", "..., sadly, ...": a stance adverb that opens a clause.</summary>
    private static bool HasStanceAdverb(string text)
    {
        var clauseStart = true;
        foreach (var m in Word().EnumerateMatches(text))
        {
            var before = text.AsSpan(0, m.Index).TrimEnd();
            clauseStart = before.IsEmpty || before[^1] is ',' or ';' or ':' or '—' or '–';
            if (clauseStart && StanceAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(m.Index, m.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWordFrom(string text, FrozenSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in Word().EnumerateMatches(text))
        {
            if (lookup.Contains(text.AsSpan(m.Index, m.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> StanceAdverbs =
        WordLists.Set("stance-adverbs", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StronglyEvaluativeWords =
        WordLists.Set("evaluative-words", StringComparer.OrdinalIgnoreCase);

    private static char LastTerminal(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || Chars.IsCloser(c))
            {
                continue;
            }

            return Chars.IsTerminal(c) ? c : ' ';
        }

        return ' ';
    }

    [GeneratedRegex(@"\b(?:appears?|appeared|seems?|seemed|believed|thought|(?:is|are|was|were)\s+said)\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgePhrase();

    [GeneratedRegex(@"^could\s+not\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CouldNot();

    [GeneratedRegex(@"[\p{L}][\p{L}’']*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:if|unless|otherwise|without)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:said|says|told|announced|promised|pledged|vowed|insisted|added|stated|confirmed|expected|hoped|warned|believed|thought|knew|agreed|decided)\b(?:\s+\w+){0,4}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerbBefore();

    [GeneratedRegex(@"\b(?:must(?!\s+have\s+(?:been|\w+ed|\w+en|left|gone|known|seen|made|done|had|got|felt|heard|lost|kept|thought|told|said|found|come|run|begun|met|sent|spent|built|won|fled)\b)|should(?!\s+have\s+(?:been|\w+ed|\w+en|known|seen|made|done|had|gone|left|told|said|found|come)\b)|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeonticModal();

    [GeneratedRegex(@"\bit\s+is\s+(?:essential|imperative|vital|necessary|critical|urgent|time)\s+(?:that|to|for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItIsNecessary();

    [GeneratedRegex(@"\b(?:that|which|who|whom|whose|if|unless|whether|because|since|although|though|while|when|where|once|until|said|says|told|believe|believes|think|thinks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subordinator();

    /// <summary>"the need to act", "a must-see": the modal word used as a noun.</summary>
    [GeneratedRegex(@"\b(?:the|a|an|no|any|this|their|its|our)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\b(?:I|[Ww]e)\s+(?:think|believe|feel|argue|contend|suspect)\b|\b[Ii]n\s+(?:my|our)\s+(?:view|opinion)\b|\bof\s+course\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonStance();

    [GeneratedRegex(@"\b(?:be|is|are|was|were|been|being|become|becomes|became|prove|proves|proving|proved|seem|seems|appear|appears|remain|remains)\b(?:\s+[\w’'-]+){0,4}?\s+(?:successful|unsuccessful|effective|ineffective|a\s+failure|failing|wise|unwise|a\s+mistake|mistaken|dangerous|good|bad|better|worse|the\s+best|the\s+worst|right|wrong|beneficial|harmful|positive|negative|promising|worrying|troubling|concerning|alarming|encouraging|disastrous|catastrophic|counterproductive|justified|unjustified|fair|unfair|valuable|useful|useless|worthwhile|doomed|a\s+success|a\s+disaster|inevitable|vital|crucial|essential)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluativePredicate();
}
