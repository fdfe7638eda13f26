using System.Collections.Frozen;
using System.Text;

namespace Ingestion.Enrichment;

/// <summary>
/// Tells the language of a text. Scripts used by one language (Hangul, kana, Arabic, Cyrillic, ...) decide
/// directly; Latin-script text is compared with character trigram profiles built at start-up from the
/// sample prose in Data/language-samples.txt, written for this project (no identifier package is in the
/// mirror, and the samples keep the data small and shippable). Immutable after construction: thread-safe.
/// </summary>
internal sealed class LanguageDetector
{
    private static readonly Lazy<LanguageDetector> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Fewer letters than this say too little to decide.</summary>
    private const int MinimumLetters = 12;

    /// <summary>Characters read at most: the start of an article tells its language.</summary>
    private const int MaximumSample = 1500;

    /// <summary>Below this many letters a Latin-script text needs a clear lead to be given a language.</summary>
    private const int ShortTextLetters = 150;

    /// <summary>How much the share of a language's function words adds to its trigram similarity.</summary>
    private const double FunctionWordWeight = 0.6;

    private readonly FrozenDictionary<string, FrozenDictionary<string, double>> _profiles;

    /// <summary>Each trigram's weight in every profile (in the order of <see cref="_languages"/>): one lookup per trigram, not one per language.</summary>
    private readonly Dictionary<string, double[]> _weightsByGram;

    private readonly string[] _languages;
    private readonly FrozenDictionary<string, FrozenSet<string>> _functionWords;

    private LanguageDetector(
        FrozenDictionary<string, FrozenDictionary<string, double>> profiles, FrozenDictionary<string, FrozenSet<string>> functionWords)
    {
        _profiles = profiles;
        _languages = [.. profiles.Keys];
        _weightsByGram = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var j = 0; j < _languages.Length; j++)
        {
            foreach (var (gram, weight) in profiles[_languages[j]])
            {
                if (!_weightsByGram.TryGetValue(gram, out var weights))
                {
                    _weightsByGram[gram] = weights = new double[_languages.Length];
                }

                weights[j] = weight;
            }
        }
        _functionWords = functionWords;
    }

    public static LanguageDetector Instance => Shared.Value;

    public IReadOnlyCollection<string> ProfiledLanguages => _profiles.Keys;

    /// <summary>The ISO 639-1 code of the text's language, or null when the text is too short or unclear.</summary>
    public string? Detect(string text)
    {
        var sample = text.Length > MaximumSample ? text[..MaximumSample] : text;
        var scripts = CountScripts(sample, out var letters);
        if (letters < MinimumLetters)
        {
            return null;
        }

        var (script, count) = scripts.MaxBy(pair => pair.Value);
        if (script != Script.Latin && count * 2 >= letters)
        {
            return script switch
            {
                Script.Kana => "ja",
                Script.Han => scripts.GetValueOrDefault(Script.Kana) > 0 ? "ja" : "zh",
                Script.Hangul => "ko",
                Script.Arabic => scripts.GetValueOrDefault(Script.Persian) > 0 ? "fa" : "ar",
                Script.Persian => "fa",
                Script.Cyrillic => scripts.GetValueOrDefault(Script.Ukrainian) > 0 ? "uk" : "ru",
                Script.Ukrainian => "uk",
                Script.Greek => "el",
                Script.Hebrew => "he",
                Script.Devanagari => "hi",
                Script.Thai => "th",
                _ => null,
            };
        }

        var profile = Trigrams(sample);
        var words = sample.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        var similarities = Similarities(profile);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < _languages.Length; j++)
        {
            var language = _languages[j];
            var score = similarities[j];
            if (words.Length > 0 && _functionWords.TryGetValue(language, out var common))
            {
                score += FunctionWordWeight * words.Count(common.Contains) / words.Length;
            }

            scores[language] = score;
        }

        var ranked = scores.OrderByDescending(pair => pair.Value).ToList();
        var (best, bestScore) = ranked[0];
        var secondScore = ranked.Count > 1 ? ranked[1].Value : 0;
        if (bestScore <= 0.05 || bestScore < secondScore * 1.03)
        {
            return null;
        }

        // Most text here is English: a short line full of names must beat English clearly to be called
        // something else, and more clearly still in plain ASCII, where most other languages would show diacritics.
        var english = scores.GetValueOrDefault("en");
        var margin = letters >= ShortTextLetters ? 1.05 : sample.Any(c => c > '\u007F' && char.IsLetter(c)) ? 1.12 : 1.6;
        return best == "en" || bestScore >= english * margin ? best : null;
    }

    /// <summary>Builds the profiles from text in sections headed "## code"; lines starting with "#" are comments.</summary>
    public static LanguageDetector FromSamples(string samples)
    {
        var texts = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var functionWords = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        StringBuilder? current = null;
        string? language = null;
        foreach (var line in samples.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = new StringBuilder();
                language = line[3..].Trim();
                texts[language] = current;
            }
            else if (line.StartsWith("% ", StringComparison.Ordinal) && language is not null)
            {
                functionWords[language] = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
            }
            else if (!line.StartsWith('#'))
            {
                current?.Append(line).Append(' ');
            }
        }

        return new LanguageDetector(texts.ToFrozenDictionary(
            pair => pair.Key,
            pair => Trigrams(pair.Value.ToString()).ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal), functionWords.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static readonly char[] WordSeparators =
        [' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»', '„', '–', '—'];

    /// <summary>Trigram frequencies of the lower-cased letters, words padded with spaces, as a unit vector.</summary>
    private static Dictionary<string, double> Trigrams(string text)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        // Trigrams are counted through span keys: a string is made only for a trigram seen the first time.
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var word = new char[text.Length + 2];
        var length = 0;
        foreach (var raw in text)
        {
            if (char.IsLetter(raw))
            {
                word[++length] = char.ToLowerInvariant(raw);
                continue;
            }

            Flush();
        }

        Flush();
        var norm = Math.Sqrt(counts.Values.Sum(v => v * v));
        foreach (var key in counts.Keys.ToList())
        {
            counts[key] /= norm;
        }

        return counts;

        void Flush()
        {
            if (length > 0)
            {
                word[0] = ' ';
                word[length + 1] = ' ';
                for (var i = 0; i + 3 <= length + 2; i++)
                {
                    var gram = word.AsSpan(i, 3);
                    lookup[gram] = lookup.TryGetValue(gram, out var count) ? count + 1 : 1;
                }
            }

            length = 0;
        }
    }

    /// <summary>Cosine similarity of the text's profile with each language's (both are unit vectors).</summary>
    private double[] Similarities(Dictionary<string, double> profile)
    {
        var dots = new double[_languages.Length];
        foreach (var (gram, weight) in profile)
        {
            if (_weightsByGram.TryGetValue(gram, out var weights))
            {
                for (var j = 0; j < dots.Length; j++)
                {
                    // A trigram a profile lacks adds an exact zero, so each sum equals the per-language one.
                    dots[j] += weight * weights[j];
                }
            }
        }

        return dots;
    }

    private enum Script
    {
        Latin,
        Cyrillic,
        Ukrainian,
        Arabic,
        Persian,
        Han,
        Kana,
        Hangul,
        Greek,
        Hebrew,
        Devanagari,
        Thai,
        Other,
    }

    private static Dictionary<Script, int> CountScripts(string text, out int letters)
    {
        var counts = new Dictionary<Script, int>();
        letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var script = c switch
            {
                'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ' => Script.Ukrainian,
                >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
                'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک' => Script.Persian,
                >= '\u0600' and <= '\u06FF' => Script.Arabic,
                >= '\u3040' and <= '\u30FF' => Script.Kana,
                >= '\u4E00' and <= '\u9FFF' => Script.Han,
                >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
                >= '\u0370' and <= '\u03FF' => Script.Greek,
                >= '\u0590' and <= '\u05FF' => Script.Hebrew,
                >= '\u0900' and <= '\u097F' => Script.Devanagari,
                >= '\u0E00' and <= '\u0E7F' => Script.Thai,
                < '\u0250' => Script.Latin,
                _ => Script.Other,
            };
            counts[script] = counts.GetValueOrDefault(script) + 1;
        }

        // Persian and Ukrainian letters are marks inside their script: count them with it too.
        if (counts.TryGetValue(Script.Persian, out var persian))
        {
            counts[Script.Arabic] = counts.GetValueOrDefault(Script.Arabic) + persian;
        }

        if (counts.TryGetValue(Script.Ukrainian, out var ukrainian))
        {
            counts[Script.Cyrillic] = counts.GetValueOrDefault(Script.Cyrillic) + ukrainian;
        }

        // Japanese mixes kanji with kana: any real share of kana makes Han text Japanese.
        if (counts.TryGetValue(Script.Kana, out var kana) && counts.TryGetValue(Script.Han, out var han))
        {
            counts[Script.Kana] = kana + han;
        }

        return counts;
    }

    /// <summary>A new detector from the embedded samples (the shared one is <see cref="Instance"/>); for load measurements.</summary>
    internal static LanguageDetector LoadEmbedded()
    {
        using var resource = typeof(LanguageDetector).Assembly.GetManifestResourceStream("Ingestion.Enrichment.language-samples.txt")
            ?? throw new InvalidOperationException("The embedded language samples are missing from the assembly.");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        return FromSamples(reader.ReadToEnd());
    }
}
