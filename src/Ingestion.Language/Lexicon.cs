using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Ingestion.Language;

/// <summary>
/// The embedded word lists of <c>Lexicons/</c> (see its README): one entry a line, tab-separated columns, lines
/// starting with <c>#</c> are comments (the first names the columns). Each file is read once per process.
/// </summary>
public static class Lexicon
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string[]>> RowsByName = new(StringComparer.Ordinal);

    /// <summary>The rows of <c>Lexicons/<paramref name="name"/>.tsv</c>, each split at tabs.</summary>
    public static IReadOnlyList<string[]> Rows(string name) => RowsByName.GetOrAdd(name, Load);

    /// <summary>The first column of every row.</summary>
    public static IReadOnlyList<string> Words(string name) => [.. Rows(name).Select(row => row[0])];

    /// <summary>The first column as a set; ordinal unless a comparer is given.</summary>
    public static FrozenSet<string> Set(string name, StringComparer? comparer = null) =>
        Rows(name).Select(row => row[0]).ToFrozenSet(comparer ?? StringComparer.Ordinal);

    /// <summary>The first column mapped to the second; the first row wins for a repeated key.</summary>
    public static FrozenDictionary<string, string> Map(string name, StringComparer? comparer = null)
    {
        var map = new Dictionary<string, string>(comparer ?? StringComparer.Ordinal);
        foreach (var row in Rows(name))
        {
            if (row.Length < 2)
            {
                throw new InvalidDataException($"Lexicon {name}: row '{row[0]}' has no second column.");
            }

            map.TryAdd(row[0], row[1]);
        }

        return map.ToFrozenDictionary(map.Comparer);
    }

    /// <summary>The names of every embedded lexicon, for the tests that check them all.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal) && resource.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(resource => resource[Prefix.Length..^".tsv".Length])
            .Order(StringComparer.Ordinal),
    ];

    private const string Prefix = "Ingestion.Language.Lexicons.";

    /// <summary>The file as written, comments included, for the tests that check the files themselves.</summary>
    internal static string Text(string name)
    {
        using var reader = Open(name);
        return reader.ReadToEnd();
    }

    private static StreamReader Open(string name) =>
        new(typeof(Lexicon).Assembly.GetManifestResourceStream(Prefix + name + ".tsv")
            ?? throw new InvalidOperationException($"No embedded lexicon '{name}' (Lexicons/{name}.tsv)."));

    private static IReadOnlyList<string[]> Load(string name)
    {
        using var reader = Open(name);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
