using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
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

    /// <summary>Characters read first; a clear answer there ends the reading.</summary>
    private const int FirstSample = 300;

    /// <summary>
    /// How far the best language must lead the next in the first sample to be taken without reading on. Above
    /// the final rule's own margins (1.03 over the next, 1.05 over English), so an early answer is one the
    /// longer sample would rarely overturn.
    /// </summary>
    private const double ClearLead = 1.25;

    /// <summary>Below this many letters a Latin-script text needs a clear lead to be given a language.</summary>
    private const int ShortTextLetters = 150;

    /// <summary>How much the share of a language's function words adds to its trigram similarity.</summary>
    private const double FunctionWordWeight = 0.6;

    /// <summary>
    /// Each trigram's row in <see cref="_weights"/>: one lookup per trigram, not one per language. The rows
    /// are one flat array rather than an array per trigram, which saves a cache miss per trigram.
    /// </summary>
    private readonly Dictionary<long, int> _rowOfGram;

    /// <summary>Each trigram's weight in every profile, a row per trigram, in the order of <see cref="_languages"/>.</summary>
    private readonly double[] _weights;

    private readonly string[] _languages;

    /// <summary>
    /// Function words, each with the languages it belongs to as bits (bit j = <see cref="_languages"/>[j]): one
    /// lookup per word of the sample, by span, so that no word becomes a string.
    /// </summary>
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _functionWordLanguages;

    /// <summary>
    /// The bit of <see cref="_functionWordLanguages"/> that stands for English alone: a function word of English
    /// and of no other profiled language ("the", "which", "said", but not "in" or "was"). Zero without an English profile.
    /// </summary>
    private readonly int _englishOnly;

    private LanguageDetector(Dictionary<string, Dictionary<long, double>> profiles, Dictionary<string, FrozenSet<string>> functionWords)
    {
        _languages = [.. profiles.Keys.Order(StringComparer.Ordinal)];
        _rowOfGram = [];
        foreach (var profile in profiles.Values)
        {
            foreach (var gram in profile.Keys)
            {
                _rowOfGram.TryAdd(gram, _rowOfGram.Count);
            }
        }

        _weights = new double[_rowOfGram.Count * _languages.Length];
        for (var j = 0; j < _languages.Length; j++)
        {
            foreach (var (gram, weight) in profiles[_languages[j]])
            {
                _weights[(_rowOfGram[gram] * _languages.Length) + j] = weight;
            }
        }

        if (_languages.Length > 31)
        {
            throw new InvalidOperationException("Function-word languages are kept as bits of an int: at most 31 languages.");
        }

        var languagesOfWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < _languages.Length; j++)
        {
            foreach (var word in functionWords.GetValueOrDefault(_languages[j]) ?? [])
            {
                languagesOfWord[word] = languagesOfWord.GetValueOrDefault(word) | (1 << j);
            }
        }

        _functionWordLanguages = languagesOfWord.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var english = Array.IndexOf(_languages, "en");
        _englishOnly = english < 0 ? 0 : 1 << english;
    }

    public static LanguageDetector Instance => Shared.Value;

    public IReadOnlyCollection<string> ProfiledLanguages => _languages;

    /// <summary>The ISO 639-1 code of the text's language, or null when the text is too short or unclear.</summary>
    public string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most articles are plainly in one language within their first few hundred characters: a clear lead
        // there is the answer, and only an unclear start (names, a byline, mixed scripts) reads the longer sample.
        // Run after extraction, with the profiles out of the processor's caches, each trigram costs a cache
        // miss or two, so reading a fifth of the sample saves most of the detector's time on most articles.
        if (text.Length > FirstSample && Decide(text.AsSpan(0, FirstSample), onlyWhenClear: true) is { Decided: true } early)
        {
            return early.Language;
        }

        return Decide(text.AsSpan(0, Math.Min(text.Length, MaximumSample)), onlyWhenClear: false).Language;
    }

    /// <summary>
    /// The sample's language. With <paramref name="onlyWhenClear"/>, only a Latin-script sample whose best
    /// language leads the next by <see cref="ClearLead"/> is decided; anything else is left undecided.
    /// </summary>
    private (bool Decided, string? Language) Decide(ReadOnlySpan<char> sample, bool onlyWhenClear)
    {
        Span<int> scripts = stackalloc int[ScriptCount];
        var letters = CountScripts(sample, scripts);
        if (letters < MinimumLetters)
        {
            return (!onlyWhenClear, null);
        }

        var script = Script.Latin;
        for (var k = 0; k < ScriptCount; k++)
        {
            if (scripts[k] > scripts[(int)script])
            {
                script = (Script)k;
            }
        }

        if (script != Script.Latin && scripts[(int)script] * 2 >= letters)
        {
            return onlyWhenClear ? (false, null) : (true, script switch
            {
                Script.Kana => "ja",
                Script.Han => scripts[(int)Script.Kana] > 0 ? "ja" : "zh",
                Script.Hangul => "ko",
                Script.Arabic => scripts[(int)Script.Persian] > 0 ? "fa" : "ar",
                Script.Persian => "fa",
                Script.Cyrillic => scripts[(int)Script.Ukrainian] > 0 ? "uk" : "ru",
                Script.Ukrainian => "uk",
                Script.Greek => "el",
                Script.Hebrew => "he",
                Script.Devanagari => "hi",
                Script.Thai => "th",
                _ => null,
            });
        }

        var (words, functionWordCounts, englishOnlyWords) = CountFunctionWords(sample);
        if (onlyWhenClear && script == Script.Latin && IsPlainlyEnglish(words, englishOnlyWords))
        {
            return (true, "en");
        }

        var profile = ReusableProfile ??= new Dictionary<long, double>(4096);
        profile.Clear();
        var similarities = Similarities(Trigrams(sample, profile));
        var scores = new Dictionary<string, double>(_languages.Length, StringComparer.Ordinal);
        for (var j = 0; j < _languages.Length; j++)
        {
            var score = similarities[j];
            if (words > 0)
            {
                score += FunctionWordWeight * functionWordCounts[j] / words;
            }

            scores[_languages[j]] = score;
        }

        var ranked = scores.OrderByDescending(pair => pair.Value).ToList();
        var (best, bestScore) = ranked[0];
        var secondScore = ranked.Count > 1 ? ranked[1].Value : 0;
        if (onlyWhenClear)
        {
            var clear = letters >= ShortTextLetters && bestScore > 0.05 && bestScore >= secondScore * ClearLead;
            return clear ? (true, best) : (false, null);
        }

        if (bestScore <= 0.05 || bestScore < secondScore * 1.03)
        {
            return (true, null);
        }

        // Most text here is English: a short line full of names must beat English clearly to be called
        // something else, and more clearly still in plain ASCII, where most other languages would show diacritics.
        var english = scores.GetValueOrDefault("en");
        var margin = letters >= ShortTextLetters ? 1.05 : HasNonAsciiLetter(sample) ? 1.12 : 1.6;
        return (true, best == "en" || bestScore >= english * margin ? best : null);
    }

    /// <summary>
    /// Most articles are English, and English shows in its commonest words: when at least an eighth of a start's
    /// words are function words no other profiled language has, the start is English without the trigram
    /// profiles. After extraction the profiles are out of the processor's caches, and reading them was most of
    /// the detector's time; the function words are a small table. Over the first 300 characters of the 165
    /// development texts (the aeb-dev and readability-dev pages, the sample pages, the enrichment sets), the 132
    /// English ones have 4 to 36% such words (126 of them an eighth or more), the 33 others 0 to 2%; every
    /// text's language came out as before.
    /// </summary>
    private static bool IsPlainlyEnglish(int words, int englishOnlyWords) =>
        words >= PlainlyEnglishMinimumWords && englishOnlyWords * 8 >= words;

    /// <summary>Fewer words than this are too few to call English by function words alone.</summary>
    private const int PlainlyEnglishMinimumWords = 30;

    private static bool HasNonAsciiLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sample's words (split at <see cref="WordSeparators"/>, lower-cased), how many are each language's
    /// function words, and how many are function words of English alone.
    /// </summary>
    private (int Words, int[] Counts, int EnglishOnly) CountFunctionWords(ReadOnlySpan<char> sample)
    {
        var counts = new int[_languages.Length];
        var words = 0;
        var englishOnly = 0;
        Span<char> lower = stackalloc char[LongestFunctionWord];
        foreach (var range in sample.SplitAny(WordSeparators))
        {
            var word = sample[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (word.Length > LongestFunctionWord)
            {
                continue;
            }

            var written = word.ToLowerInvariant(lower);
            if (_functionWordLanguages.TryGetValue(lower[..written], out var languages))
            {
                if (languages == _englishOnly)
                {
                    englishOnly++;
                }

                for (var j = 0; j < counts.Length; j++)
                {
                    counts[j] += (languages >> j) & 1;
                }
            }
        }

        return (words, counts, englishOnly);
    }

    /// <summary>
    /// The sample's profile, one per thread and cleared for each text: a 1,500-character sample has about a
    /// thousand distinct trigrams, and a new dictionary for each article (grown step by step) is about 50 KB of garbage.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<long, double>? ReusableProfile;

    /// <summary>Function words are short: a longer word is counted as a word without being looked up.</summary>
    private const int LongestFunctionWord = 24;

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

        return new LanguageDetector(
            texts.ToDictionary(pair => pair.Key, pair => Trigrams(pair.Value.ToString(), []), StringComparer.Ordinal), functionWords);
    }

    private static readonly SearchValues<char> WordSeparators =
        SearchValues.Create([' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»', '„', '–', '—']);

    /// <summary>
    /// Trigram frequencies of the lower-cased letters, words padded with spaces, as a unit vector. A trigram is
    /// keyed by its three UTF-16 units packed into one number, so counting allocates no strings. Counted into
    /// <paramref name="counts"/>, which must be empty.
    /// </summary>
    private static Dictionary<long, double> Trigrams(ReadOnlySpan<char> text, Dictionary<long, double> counts)
    {
        long window = 0;
        var filled = 0;
        var inWord = false;
        foreach (var raw in text)
        {
            if (char.IsLetter(raw))
            {
                if (!inWord)
                {
                    Push(' ');
                    inWord = true;
                }

                Push(char.ToLowerInvariant(raw));
                continue;
            }

            if (inWord)
            {
                Push(' ');
                inWord = false;
            }

            filled = 0;
        }

        if (inWord)
        {
            Push(' ');
        }

        var norm = 0.0;
        foreach (var count in counts.Values)
        {
            norm += count * count;
        }

        norm = Math.Sqrt(norm);
        foreach (var key in counts.Keys)
        {
            CollectionsMarshal.GetValueRefOrNullRef(counts, key) /= norm;
        }

        return counts;

        void Push(char c)
        {
            window = ((window << 16) | c) & 0xFFFF_FFFF_FFFF;
            if (++filled >= 3)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, window, out _);
                count++;
            }
        }
    }

    /// <summary>Cosine similarity of the text's profile with each language's (both are unit vectors).</summary>
    private double[] Similarities(Dictionary<long, double> profile)
    {
        var dots = new double[_languages.Length];
        foreach (var (gram, weight) in profile)
        {
            if (_rowOfGram.TryGetValue(gram, out var row))
            {
                var weights = _weights.AsSpan(row * dots.Length, dots.Length);
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

    private const int ScriptCount = (int)Script.Other + 1;

    /// <summary>Counts the letters of each script into <paramref name="counts"/> (indexed by <see cref="Script"/>); returns all letters.</summary>
    private static int CountScripts(ReadOnlySpan<char> text, Span<int> counts)
    {
        var letters = 0;
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
            counts[(int)script]++;
        }

        // Persian and Ukrainian letters are marks inside their script: count them with it too.
        counts[(int)Script.Arabic] += counts[(int)Script.Persian];
        counts[(int)Script.Cyrillic] += counts[(int)Script.Ukrainian];

        // Japanese mixes kanji with kana: any real share of kana makes Han text Japanese.
        if (counts[(int)Script.Kana] > 0 && counts[(int)Script.Han] > 0)
        {
            counts[(int)Script.Kana] += counts[(int)Script.Han];
        }

        return letters;
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
