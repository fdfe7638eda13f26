using System.IO.Compression;

namespace Ingestion.Language;

/// <summary>
/// A word's lemma given its universal tag: suffix rules for regular inflection ("saying" → "say", "officials" →
/// "official"), checked against the verb lemmas seen in the treebanks ("noted" → "note", not "not"), and the
/// treebanks' own lemma wherever the rules would be wrong ("said" → "say", "is" → "be", "children" → "child").
/// Proper nouns keep their form, as UD lemmatises them. Data: <c>Models/lemmas.bin</c>, built by the training tool.
/// </summary>
public sealed class Lemmatizer
{
    private static readonly Lazy<Lemmatizer> DefaultLemmatizer = new(Load);

    private readonly Dictionary<(string, string), string> exceptions;
    private readonly HashSet<string> verbLemmas;

    private Lemmatizer(Dictionary<(string, string), string> exceptions, HashSet<string> verbLemmas)
    {
        this.exceptions = exceptions;
        this.verbLemmas = verbLemmas;
    }

    /// <summary>The embedded tables, loaded on first use.</summary>
    public static Lemmatizer Default => DefaultLemmatizer.Value;

    internal int ExceptionCount => exceptions.Count;

    public string Lemma(string word, string upos)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (upos == "PROPN")
        {
            return word;
        }

        var lower = word.ToLowerInvariant().Replace('’', '\'');
        return exceptions.TryGetValue((lower, upos), out var lemma) ? lemma : ByRule(lower, upos);
    }

    private string ByRule(string lower, string upos) => upos switch
    {
        "NOUN" => Plural(lower),
        "VERB" or "AUX" => Verb(lower),
        _ => lower,
    };

    private static string Plural(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') ? w[..^1] : w;
    }

    private string Verb(string w)
    {
        if (verbLemmas.Contains(w))
        {
            return w;
        }

        foreach (var (suffix, replacements) in VerbSuffixes)
        {
            if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                foreach (var replacement in replacements)
                {
                    var candidate = replacement == "-" ? Undoubled(stem) : stem + replacement;
                    if (candidate is not null && verbLemmas.Contains(candidate))
                    {
                        return candidate;
                    }
                }

                // Unknown verb: the plain stem, or the undoubled one ("ramming" → "ram").
                return Undoubled(stem) ?? (suffix == "ies" || suffix == "ied" ? stem + "y" : stem);
            }
        }

        return w;
    }

    private static string? Undoubled(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'f' or 'z' or 'e' or 'o') ? stem[..^1] : null;

    /// <summary>Inflectional endings of verbs and the stem endings to try, in order ("-" = undouble the last letter).</summary>
    private static readonly (string Suffix, string[] Replacements)[] VerbSuffixes =
    [
        ("ies", ["y"]), ("ied", ["y"]), ("ying", [""]), ("ing", ["", "e", "-"]), ("ed", ["", "e", "-"]),
        ("es", ["", "e"]), ("s", [""]),
    ];

    /// <summary>Builds the tables from tagged, lemmatised sentences: the rules' misses, and the verb lemmas.</summary>
    internal static Lemmatizer Train(IEnumerable<(string Form, string Upos, string Lemma)> words)
    {
        var counts = new Dictionary<(string, string), Dictionary<string, int>>();
        var verbLemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, upos, lemma) in words)
        {
            if (upos is "PROPN" or "PUNCT" or "NUM" or "SYM" or "X" || lemma == "_")
            {
                continue;
            }

            var key = (form.ToLowerInvariant().Replace('’', '\''), upos);
            if (!counts.TryGetValue(key, out var byLemma))
            {
                counts[key] = byLemma = [];
            }

            var lower = lemma.ToLowerInvariant();
            byLemma[lower] = byLemma.GetValueOrDefault(lower) + 1;
            if (upos is "VERB" or "AUX" && lower.All(char.IsAsciiLetterLower))
            {
                verbLemmas.Add(lower);
            }
        }

        var lemmatizer = new Lemmatizer([], verbLemmas);
        foreach (var (key, byLemma) in counts)
        {
            var best = byLemma.MaxBy(p => p.Value).Key;
            if (lemmatizer.ByRule(key.Item1, key.Item2) != best)
            {
                lemmatizer.exceptions[key] = best;
            }
        }

        return lemmatizer;
    }

    internal void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write("lem1");
        writer.Write(verbLemmas.Count);
        foreach (var lemma in verbLemmas.Order(StringComparer.Ordinal))
        {
            writer.Write(lemma);
        }

        writer.Write(exceptions.Count);
        foreach (var ((form, upos), lemma) in exceptions.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(upos);
            writer.Write(lemma);
        }
    }

    internal static Lemmatizer Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != "lem1")
        {
            throw new InvalidDataException("Not a lemma table (lem1).");
        }

        var verbs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            verbs.Add(reader.ReadString());
        }

        var exceptions = new Dictionary<(string, string), string>();
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            var form = reader.ReadString();
            var upos = reader.ReadString();
            exceptions[(form, upos)] = reader.ReadString();
        }

        return new Lemmatizer(exceptions, verbs);
    }

    private static Lemmatizer Load()
    {
        using var stream = typeof(Lemmatizer).Assembly.GetManifestResourceStream("Ingestion.Language.Models.lemmas.bin")
            ?? throw new InvalidOperationException("No embedded lemma table (Models/lemmas.bin).");
        return Read(stream);
    }
}
