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
    /// The entries of <c>Lexicons/<paramref name="name"/>.txt</c>, each a regular expression, as one case-insensitive
    /// alternation between <paramref name="prefix"/> and <paramref name="suffix"/> (the anchors the rule needs).
    /// </summary>
    public static Regex Alternation(string name, string prefix, string suffix) =>
        new(prefix + "(?:" + string.Join("|", Lines(name).Select(line => "(?:" + line + ")")) + ")" + suffix,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
