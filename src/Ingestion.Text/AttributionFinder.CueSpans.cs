using System.Collections.Frozen;
using Ingestion.Contracts;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>
/// The cue span as the news attribution corpora (PARC 3.0, PolNeAR) mark it, whichever reading found the cue: the
/// whole verb group with its auxiliaries, negation and adverbs ("has not said", "also argued", "would never
/// say"), a verb the cue hangs on with its "to" ("declined to say", "went on to blame"), the "to" of an
/// infinitive that the content follows ("is expected to"), "as saying" after "quoted", and the phrase of the medium right after a speech cue ("said in a
/// statement", "posted on X"). The patterns read only the verb; the parse reads more or less of the group.
/// </summary>
internal sealed partial class AttributionFinder
{
    /// <summary>Adverbs that join a cue's verb group besides the -ly adverbs ("has long said", "also argued").</summary>
    private static readonly FrozenSet<string> CueGroupAdverbs = WordLists.Set("cue-group-adverbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>The means of saying whose phrase after a speech cue is part of it ("in a statement", "on X").</summary>
    private static readonly FrozenSet<string> CueMedia = WordLists.Set("cue-media");

    /// <summary>How many modifiers may stand between the preposition's determiner and the medium ("in an emailed video statement").</summary>
    private const int MaxMediumModifiers = 3;

    /// <summary>Every attribution's cue widened to its verb group and medium, where the words beside it are free.</summary>
    private void WidenCues(Unit unit, List<Attribution> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        var words = WordsOf(unit);
        string[] Tags()
        {
            // The tagger alone, without the parse: a tenth of the parser's cost, and only for units with attributions
            // that the parsed reading did not tag already.
            unit.Tags ??= TagsOf(words);
            return unit.Tags;
        }

        for (var i = 0; i < found.Count; i++)
        {
            var widened = Widened(found[i], words, Tags, unit);
            if (widened != found[i] && !found.Where((other, j) => j != i).Any(other => Touches(other, widened.Cue.Start, widened.Cue.Start + widened.Cue.Length)))
            {
                found[i] = widened;
            }
        }
    }

    /// <summary>The unit's words, split on first use.</summary>
    private IReadOnlyList<Word> WordsOf(Unit unit) => unit.Words ??= Tokenizer.Words(text[unit.Start..unit.End], unit.Start);

    private static string[] TagsOf(IReadOnlyList<Word> words)
    {
        string[] tags = [];
        SentenceAnalyzer.Default.Analyze(words, (upos, _) =>
        {
            tags = upos;
            return false;
        });
        return tags;
    }

    /// <summary>Whether a span overlaps any part of another attribution (its source, cue or content).</summary>
    private static bool Touches(Attribution other, int start, int end) =>
        Overlap(start, end, other.Cue.Start, other.Cue.Start + other.Cue.Length)
        || (other.Source.Length > 0 && Overlap(start, end, other.Source.Start, other.Source.Start + other.Source.Length))
        || (Overlap(start, end, other.Content.Start, other.Content.Start + other.Content.Length)
            && !(other.Content.Start <= start && end <= other.Content.Start + other.Content.Length));

    private Attribution Widened(Attribution a, IReadOnlyList<Word> words, Func<string[]> tags, Unit unit)
    {
        var cueStart = a.Cue.Start;
        var cueEnd = a.Cue.Start + a.Cue.Length;
        var first = FirstWordAt(words, cueStart);
        var last = LastWordEndingAt(words, cueEnd);
        if (first < 0 || last < first || a.Cue.Text is ":" or "—" or "-" || a.Cue.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return a;
        }

        var (sourceStart, sourceEnd) = (a.Source.Start, a.Source.Start + a.Source.Length);
        var (contentStart, contentEnd) = (a.Content.Start, a.Content.Start + a.Content.Length);
        bool Free(int w) => !Overlap(words[w].Start, words[w].End, sourceStart, sourceEnd) && !Overlap(words[w].Start, words[w].End, contentStart, contentEnd)
                            && !unit.IsQuoted(words[w].Start);

        // Backward: "declined to say", "went on to blame": the verb the cue hangs on, with its "to".
        if (first >= 2 && words[first - 1].Text == "to" && Free(first - 1) && Free(first - 2) && char.IsLower(words[first - 2].Text[0])
            && (tags()[first - 2] == "VERB" || (first >= 3 && tags()[first - 2] == "ADP" && tags()[first - 3] == "VERB" && Free(first - 3))))
        {
            first -= tags()[first - 2] == "VERB" ? 2 : 3;
        }

        // Backward: the verb group's auxiliaries, negation and adverbs ("has not said", "also argued").
        var groupStart = first;
        for (var w = first - 1; w >= 0 && Free(w) && IsGroupWord(words[w].Text, tags()[w]); w--)
        {
            groupStart = w;
        }

        // Forward: the "to" of an infinitive ("is expected to"), "as saying" after "quoted".
        var newContentStart = contentStart;
        // A content that opens with the "to" gives it to the cue.
        if (last + 2 < words.Count && words[last + 1].Text == "to" && IsVerbTag(tags()[last + 2]) && contentStart == words[last + 1].Start
            && !unit.IsQuoted(words[last + 1].Start))
        {
            last++;
            newContentStart = words[last + 1].Start;
        }

        // "argued for", "called on": the preposition of a phrasal cue that the pattern read as the verb alone.
        if (last + 2 < words.Count && tags()[last] == "VERB" && !unit.IsQuoted(words[last + 1].Start)
            && (!Overlap(words[last + 1].Start, words[last + 1].End, newContentStart, contentEnd) || newContentStart == words[last + 1].Start)
            && CueLemmas.ContainsKey(Lemmatizer.Default.Lemma(words[last].Text.ToLowerInvariant(), "VERB") + " " + words[last + 1].Text))
        {
            last++;
            if (newContentStart == words[last].Start)
            {
                newContentStart = words[last + 1].Start;
            }
        }

        if (words[last].Text == "quoted" && last + 2 < words.Count && words[last + 1].Text == "as" && words[last + 2].Text == "saying" && newContentStart >= words[last + 2].End)
        {
            last += 2;
        }

        if (a.CueClass == CueClass.Speech && MediumPhraseEnd(words, last, newContentStart, unit) is var medium and >= 0)
        {
            last = medium;
        }

        var start = words[groupStart].Start;
        var end = words[last].End;
        if (start == cueStart && end == cueEnd)
        {
            return a;
        }

        var content = newContentStart == contentStart ? a.Content : new OffsetSpan { Start = newContentStart, Length = contentEnd - newContentStart };
        var source = a.Source.Length == 0 && a.Source.Start == cueStart ? a.Source with { Start = start } : a.Source;
        return a with { Cue = Span(start, end), Content = content, Source = source };
    }

    private static bool IsVerbTag(string tag) => tag is "VERB" or "AUX";

    private static bool IsGroupWord(string word, string tag) =>
        Auxiliaries.Contains(word) || (tag == "AUX" && word != "to") || (tag is "ADV" or "PART" && word != "to" && (CueGroupAdverbs.Contains(word) || IsLyAdverb(word)));

    private static bool IsLyAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);

    /// <summary>
    /// The last word of a medium's phrase right after the cue ("in a statement", "in an emailed statement", "on X",
    /// "in a text message"), or -1: a preposition, an optional determiner, a few modifiers, then the medium; a
    /// second medium word right after the first belongs to it ("video statement").
    /// </summary>
    private int MediumPhraseEnd(IReadOnlyList<Word> words, int last, int contentStart, Unit unit)
    {
        var w = last + 1;
        // The content starting right after the cue leaves no room for a medium ("said in the end that ..." aside).
        if (w >= words.Count || words[w].Text is not ("in" or "on") || unit.IsQuoted(words[w].Start) || (contentStart >= words[last].End && contentStart <= words[w].Start))
        {
            return -1;
        }

        w++;
        if (w < words.Count && words[w].Text is "a" or "an" or "the" or "its" or "his" or "her" or "their" or "our" or "my" or "your")
        {
            w++;
        }

        for (var modifiers = 0; w < words.Count && modifiers <= MaxMediumModifiers; modifiers++, w++)
        {
            var word = words[w].Text;
            if (words[w].Start < contentStart && contentStart < words[w].End)
            {
                return -1;
            }

            if (CueMedia.Contains(word))
            {
                var end = w + 1 < words.Count && CueMedia.Contains(words[w + 1].Text) && char.IsLower(words[w + 1].Text[0]) ? w + 1 : w;
                return contentStart >= words[end].End || contentStart < words[last].End ? end : -1;
            }

            if (!(char.IsLower(word[0]) || char.IsDigit(word[0])) || word.Any(c => !(char.IsLetterOrDigit(c) || c == '-')))
            {
                return -1;
            }
        }

        return -1;
    }

    private static int FirstWordAt(IReadOnlyList<Word> words, int start)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start >= start)
            {
                return words[i].Start == start ? i : -1;
            }
        }

        return -1;
    }

    private static int LastWordEndingAt(IReadOnlyList<Word> words, int end)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (words[i].End <= end)
            {
                return words[i].End == end ? i : -1;
            }
        }

        return -1;
    }
}
