namespace Ingestion.Language;

/// <summary>A syntactic word (Universal Dependencies tokenisation: "don't" is "do" + "n't", "Libya's" is
/// "Libya" + "'s"); <see cref="Start"/> and <see cref="End"/> are offsets into the analysed text.</summary>
public readonly record struct Word(string Text, int Start, int End);

/// <summary>
/// A sentence read by the language layer: its words, their universal part-of-speech tags and lemmas, and the
/// dependency tree as UD heads (1-based word numbers, 0 for the root) and relations ("nsubj", "ccomp",
/// "acl:relcl", ...). All arrays have one entry a word.
/// </summary>
public sealed record SentenceAnalysis(
    IReadOnlyList<Word> Words, string[] Upos, string[] Lemmas, int[] Heads, string[] Relations)
{
    public int Count => Words.Count;

    /// <summary>The 0-based index of word <paramref name="index"/>'s head, or -1 for the root.</summary>
    public int HeadIndex(int index) => Heads[index] - 1;
}
