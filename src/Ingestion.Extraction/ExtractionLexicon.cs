using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// The embedded word and phrase lists of <c>Lexicons/</c>: one entry a line; blank lines and lines starting with
/// <c>#</c> are comments.
/// </summary>
internal static class ExtractionLexicon
{
    private const string Prefix = "Ingestion.Extraction.Lexicons.";

    /// <summary>The entries of <c>Lexicons/<paramref name="name"/>.txt</c>.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = typeof(ExtractionLexicon).Assembly.GetManifestResourceStream(Prefix + name + ".txt")
            ?? throw new InvalidOperationException($"No embedded lexicon '{name}' (Lexicons/{name}.txt).");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>
    /// The entries of <c>Lexicons/<paramref name="name"/>.txt</c>, each a plain word or phrase, as the body of a
    /// regular-expression alternation ("a|b|c", escaped; no group), for rules that put the words in a larger pattern.
    /// </summary>
    public static string WordChoice(string name) => WordChoice(Lines(name));

    /// <summary>Plain words as the body of an alternation ("a|b|c", escaped; no group).</summary>
    public static string WordChoice(IEnumerable<string> words) => string.Join("|", words.Select(Regex.Escape));

    /// <summary>
    /// The first three letters of each month in <c>Lexicons/month-names.txt</c>, lower case, as the body of an
    /// alternation: with <c>[a-z]*</c> after it this matches "Nov", "Nov." (with the dot outside), "Sept" and "November".
    /// </summary>
    public static string MonthStems() => WordChoice(Lines("month-names").Select(month => month[..3].ToLowerInvariant()));

    /// <summary>
    /// The entries of <c>Lexicons/<paramref name="name"/>.txt</c>, each a regular expression, as one case-insensitive
    /// alternation between <paramref name="prefix"/> and <paramref name="suffix"/> (the anchors the rule needs).
    /// </summary>
    public static Regex Alternation(string name, string prefix, string suffix) => Compile(Choice(Lines(name), prefix, suffix));

    /// <summary>
    /// The entries of <c>Lexicons/<paramref name="name"/>.txt</c>, each a regular expression, as a test that any of
    /// them matches between <paramref name="prefix"/> and <paramref name="suffix"/>: the same answer as
    /// <see cref="Alternation"/>'s <c>IsMatch</c>, for lists too long for one non-backtracking automaton.
    /// </summary>
    /// <remarks>
    /// Entries anchored at the start of the text ("^subscribe now") share automata only with each other: an automaton
    /// whose every alternative is anchored is tried at the first position alone and stops within a few characters,
    /// while one unanchored alternative among them makes it read the whole paragraph. Grouping changes no answer,
    /// since the list matches when any of its entries does.
    /// </remarks>
    public static PatternList AnyOf(string name, string prefix, string suffix)
    {
        var lines = Lines(name);
        bool Anchored(string line) => prefix.Length == 0 && line.StartsWith('^');
        var anchored = lines.Where(Anchored).ToList();
        var unanchored = lines.Where(line => !Anchored(line)).ToList();
        return new([.. new[] { anchored, unanchored }.SelectMany(group => group.Chunk(PatternsPerAutomaton)).Select(chunk => Compile(Choice(chunk, prefix, suffix)))]);
    }

    private static string Choice(IEnumerable<string> patterns, string prefix, string suffix) =>
        prefix + "(?:" + string.Join("|", patterns.Select(pattern => "(?:" + pattern + ")")) + ")" + suffix;

    // The non-backtracking engine refuses a pattern whose automaton could pass 10,000 nodes; a dozen phrases of
    // these lists stay well under it.
    private const int PatternsPerAutomaton = 12;

    /// <remarks>
    /// A backtracking engine tries every alternative at every position of the text, so a list of a hundred phrases
    /// searched through each short paragraph cost a tenth of the worker's CPU. The non-backtracking engine runs
    /// the alternatives as one automaton, once over the text, about ten times faster here; it finds the same
    /// matches but has no lookarounds and a size limit, so a pattern it refuses keeps the backtracking engine.
    /// </remarks>
    private static Regex Compile(string pattern)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options | RegexOptions.Compiled);
        }
    }
}

/// <summary>Several regular expressions asked together: does any of them match?</summary>
internal sealed class PatternList(Regex[] patterns)
{
    public Regex[] Patterns { get; } = patterns;

    public bool IsMatch(string text)
    {
        foreach (var pattern in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
