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
    public static Regex Alternation(string name, string prefix, string suffix) =>
        new(prefix + "(?:" + string.Join("|", Lines(name).Select(line => "(?:" + line + ")")) + ")" + suffix,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
