using System.IO.Compression;

namespace Ingestion.Language;

/// <summary>
/// A greedy averaged-perceptron part-of-speech tagger (as in Collins 2002 and the classic greedy taggers): left
/// to right, each word's universal tag (UPOS) from its own form, affixes and shape, its neighbours' forms and
/// the two tags just chosen. Frequent words that the training data always tags alike take that tag directly.
/// Trained by <c>tools/Ingestion.Language.Training</c> on UD English-EWT and GUM; the model is embedded as
/// <c>Models/pos.bin</c> and loaded once per process by <see cref="Default"/>.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The universal part-of-speech tags, in the model's class order.</summary>
    public static readonly IReadOnlyList<string> Tags =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    private static readonly Dictionary<string, int> TagIndex = Tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);

    private static readonly Lazy<PosTagger> DefaultTagger = new(() => Load("pos.bin"));

    private readonly CompactModel? model;
    private readonly AveragedPerceptron? training;
    private readonly Dictionary<string, int> fixedTags;

    private PosTagger(CompactModel? model, AveragedPerceptron? training, Dictionary<string, int> fixedTags)
    {
        this.model = model;
        this.training = training;
        this.fixedTags = fixedTags;
    }

    /// <summary>The embedded model, loaded on first use.</summary>
    public static PosTagger Default => DefaultTagger.Value;

    internal int FeatureCount => model?.Features ?? training!.Features;

    /// <summary>The UPOS tag of each word.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        var tags = new string[words.Count];
        var indices = TagIndices(words);
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = Tags[indices[i]];
        }

        return tags;
    }

    internal int[] TagIndices(IReadOnlyList<string> words)
    {
        var context = new WordContext(words);
        var tags = new int[words.Count];
        Span<uint> features = stackalloc uint[FeatureTemplates];
        Span<float> scores = stackalloc float[Tags.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (fixedTags.TryGetValue(words[i], out var known))
            {
                tags[i] = known;
                continue;
            }

            var count = context.Features(i, i > 0 ? tags[i - 1] : Start, i > 1 ? tags[i - 2] : Start, features);
            tags[i] = Best(features[..count], scores);
        }

        return tags;
    }

    private int Best(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (model is not null)
        {
            model.Score(features, scores);
        }
        else
        {
            training!.Score(features, scores);
        }

        var best = 0;
        for (var c = 1; c < Tags.Count; c++)
        {
            // Ties go to the lower class number, so equal scores give the same tag on every run.
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private const int Start = 17;
    private const int FeatureTemplates = 32;

    /// <summary>Trains a tagger on (words, tags) sentences; <paramref name="log"/> gets a line per pass.</summary>
    internal static PosTagger Train(IReadOnlyList<(string[] Words, string[] Tags)> sentences, int passes, int seed, Action<string>? log = null)
    {
        var fixedTags = FrequentUnambiguousWords(sentences);
        var perceptron = new AveragedPerceptron(Tags.Count);
        var tagger = new PosTagger(null, perceptron, fixedTags);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[FeatureTemplates];
        Span<float> scores = stackalloc float[Tags.Count];
        for (var pass = 0; pass < passes; pass++)
        {
            random.Shuffle(order);
            var (right, total) = (0, 0);
            foreach (var s in order)
            {
                var (words, gold) = sentences[s];
                var context = new WordContext(words);
                var guessed = new int[words.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    var truth = TagIndex[gold[i]];
                    if (fixedTags.TryGetValue(words[i], out var known))
                    {
                        guessed[i] = known;
                    }
                    else
                    {
                        var count = context.Features(i, i > 0 ? guessed[i - 1] : Start, i > 1 ? guessed[i - 2] : Start, features);
                        var guess = tagger.Best(features[..count], scores);
                        perceptron.Update(truth, guess, features[..count]);
                        guessed[i] = guess;
                    }

                    right += guessed[i] == truth ? 1 : 0;
                    total++;
                }
            }

            log?.Invoke($"tagger pass {pass + 1}/{passes}: {100.0 * right / total:F2}% on train, {perceptron.Features:N0} features");
        }

        perceptron.Average();
        return tagger;
    }

    /// <summary>The run-time form of a trained tagger: weights below <paramref name="prune"/> dropped.</summary>
    internal PosTagger Compacted(float prune) => new(training!.Compact(prune), null, fixedTags);

    /// <summary>Words seen at least 20 times with one tag at least 97% of the time.</summary>
    private static Dictionary<string, int> FrequentUnambiguousWords(IReadOnlyList<(string[] Words, string[] Tags)> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (words, tags) in sentences)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!counts.TryGetValue(words[i], out var byTag))
                {
                    counts[words[i]] = byTag = new int[Tags.Count];
                }

                byTag[TagIndex[tags[i]]]++;
            }
        }

        var fixedTags = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byTag) in counts)
        {
            var total = byTag.Sum();
            var best = Array.IndexOf(byTag, byTag.Max());
            if (total >= 20 && byTag[best] >= 0.97 * total)
            {
                fixedTags[word] = best;
            }
        }

        return fixedTags;
    }

    internal void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write("pos2");
        writer.Write(fixedTags.Count);
        foreach (var (word, tag) in fixedTags.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }

        (model ?? throw new InvalidOperationException("Compact the tagger before writing it.")).Write(writer);
    }

    internal static PosTagger Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        var version = reader.ReadString();
        if (version is not ("pos1" or "pos2"))
        {
            throw new InvalidDataException("Not a tagger model (pos1, pos2).");
        }

        var count = reader.ReadInt32();
        var fixedTags = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            fixedTags[reader.ReadString()] = reader.ReadByte();
        }

        return new PosTagger(version == "pos1" ? CompactModel.ReadRecords(reader) : CompactModel.Read(reader), null, fixedTags);
    }

    private static PosTagger Load(string name)
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream("Ingestion.Language.Models." + name)
            ?? throw new InvalidOperationException($"No embedded model '{name}' (Models/{name}).");
        return Read(stream);
    }

    /// <summary>Per-sentence hashes of each word's form, affixes and shape, so each feature is a mix of numbers.</summary>
    private readonly struct WordContext
    {
        private readonly ulong[] norm;
        private readonly ulong[] suffix3;
        private readonly ulong[] suffix2;
        private readonly ulong[] prefix1;
        private readonly ulong[] shape;
        private readonly ulong[] raw;
        private readonly ulong[] suffix4;
        private readonly ulong[] prefix3;

        public WordContext(IReadOnlyList<string> words)
        {
            var n = words.Count;
            norm = new ulong[n + 4];
            suffix3 = new ulong[n + 4];
            suffix2 = new ulong[n + 4];
            prefix1 = new ulong[n + 4];
            shape = new ulong[n + 4];
            raw = new ulong[n + 4];
            suffix4 = new ulong[n + 4];
            prefix3 = new ulong[n + 4];
            for (var p = 0; p < 2; p++)
            {
                norm[p] = norm[n + 2 + p] = (ulong)(p + 1);
                suffix3[p] = suffix3[n + 2 + p] = (ulong)(p + 1);
            }

            Span<char> buffer = stackalloc char[64];
            for (var i = 0; i < n; i++)
            {
                var word = words[i];
                var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                word.AsSpan().ToLowerInvariant(lower);
                var at = i + 2;
                norm[at] = Normal(word, lower);
                suffix3[at] = FeatureHash.OfText(lower[Math.Max(0, lower.Length - 3)..]);
                suffix2[at] = FeatureHash.OfText(lower[Math.Max(0, lower.Length - 2)..]);
                prefix1[at] = FeatureHash.OfText(lower[..1]);
                shape[at] = WordShape.Hash(word);
                raw[at] = FeatureHash.OfText(word);
                suffix4[at] = FeatureHash.OfText(lower[Math.Max(0, lower.Length - 4)..]);
                prefix3[at] = FeatureHash.OfText(lower[..Math.Min(3, lower.Length)]);
            }
        }

        /// <summary>The features of word <paramref name="i"/> given the previous two tags; returns how many.</summary>
        public int Features(int i, int previous, int beforePrevious, Span<uint> f)
        {
            var at = i + 2;
            var p1 = (ulong)previous + 1;
            var p2 = (ulong)beforePrevious + 1;
            var k = 0;
            f[k++] = FeatureHash.Of(0, 0);
            f[k++] = FeatureHash.Of(1, norm[at]);
            f[k++] = FeatureHash.Of(2, suffix3[at]);
            f[k++] = FeatureHash.Of(3, suffix2[at]);
            f[k++] = FeatureHash.Of(4, prefix1[at]);
            f[k++] = FeatureHash.Of(5, p1);
            f[k++] = FeatureHash.Of(6, p2);
            f[k++] = FeatureHash.Of(7, p1, p2);
            f[k++] = FeatureHash.Of(8, p1, norm[at]);
            f[k++] = FeatureHash.Of(9, norm[at - 1]);
            f[k++] = FeatureHash.Of(10, suffix3[at - 1]);
            f[k++] = FeatureHash.Of(11, norm[at - 2]);
            f[k++] = FeatureHash.Of(12, norm[at + 1]);
            f[k++] = FeatureHash.Of(13, suffix3[at + 1]);
            f[k++] = FeatureHash.Of(14, norm[at + 2]);
            f[k++] = FeatureHash.Of(15, shape[at]);
            f[k++] = FeatureHash.Of(16, shape[at], p1);
            f[k++] = FeatureHash.Of(17, raw[at]);
            f[k++] = FeatureHash.Of(18, norm[at], norm[at + 1]);
            f[k++] = FeatureHash.Of(19, norm[at - 1], norm[at]);
            f[k++] = FeatureHash.Of(20, shape[at], i == 0 ? 1UL : 0UL);
            f[k++] = FeatureHash.Of(21, p1, norm[at + 1]);
            f[k++] = FeatureHash.Of(22, shape[at + 1]);
            f[k++] = FeatureHash.Of(23, suffix3[at], p1);
            f[k++] = FeatureHash.Of(24, suffix4[at]);
            f[k++] = FeatureHash.Of(25, prefix3[at]);
            f[k++] = FeatureHash.Of(26, raw[at - 1]);
            f[k++] = FeatureHash.Of(27, raw[at + 1]);
            f[k++] = FeatureHash.Of(28, suffix2[at + 1]);
            f[k++] = FeatureHash.Of(29, shape[at - 1], shape[at]);
            f[k++] = FeatureHash.Of(30, norm[at], norm[at + 1], norm[at + 2]);
            f[k++] = FeatureHash.Of(31, p1, norm[at], norm[at + 1]);
            return k;
        }

        /// <summary>Lower case, with numbers folded: every year is one word, every other number another.</summary>
        private static ulong Normal(string word, ReadOnlySpan<char> lower)
        {
            if (word.Length == 4 && word.All(char.IsAsciiDigit))
            {
                return 3;
            }

            if (char.IsAsciiDigit(word[0]))
            {
                return 4;
            }

            return FeatureHash.OfText(lower);
        }
    }
}

/// <summary>A word's shape: "Xxx" for "Libya", "dd" for "17", "X.X." for "U.S.": runs of a class cut at two.</summary>
internal static class WordShape
{
    public static ulong Hash(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 32)];
        var length = 0;
        var (last, run) = ('\0', 0);
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2 && length < shape.Length)
            {
                shape[length++] = s;
            }
        }

        return FeatureHash.OfText(shape[..length]);
    }
}
