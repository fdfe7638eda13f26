using System.Collections.Frozen;
using System.IO.Compression;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>
/// The labels of the trained entity recogniser: O, or a position (Begin, Inside, Last, Unit: the BILOU scheme)
/// and a type, for the six entity types of the contract. Class 0 is O; class 1 + 4·type + position otherwise.
/// </summary>
internal static class EntityLabels
{
    public const int Outside = 0;

    /// <summary>The types in class order: the contract's, so <c>(EntityType)type</c> is the type.</summary>
    public static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    public static int Count => 1 + 4 * Types.Length;

    public enum Position
    {
        Begin = 0,
        Inside = 1,
        Last = 2,
        Unit = 3,
    }

    public static int Of(Position position, EntityType type) => 1 + 4 * Array.IndexOf(Types, type) + (int)position;

    public static Position PositionOf(int label) => (Position)((label - 1) % 4);

    public static EntityType TypeOf(int label) => Types[(label - 1) / 4];

    /// <summary>
    /// Whether <paramref name="label"/> may follow <paramref name="previous"/> (<see cref="Outside"/> at the
    /// sentence's start): after a Begin or Inside of a type only an Inside or Last of the same type; otherwise O, a
    /// Begin or a Unit. At the last word nothing may open (Begin, Inside), so every decoded span is closed.
    /// </summary>
    public static bool Allowed(int previous, int label, bool last)
    {
        var open = previous != Outside && PositionOf(previous) is Position.Begin or Position.Inside;
        if (open)
        {
            return label != Outside && TypeOf(label) == TypeOf(previous)
                && (PositionOf(label) == Position.Last || (!last && PositionOf(label) == Position.Inside));
        }

        return label == Outside || PositionOf(label) == Position.Unit || (!last && PositionOf(label) == Position.Begin);
    }

    /// <summary>The BILOU labels of spans (start, end inclusive, type) over <paramref name="count"/> words; spans must not overlap.</summary>
    public static int[] Encode(int count, IEnumerable<(int Start, int End, EntityType Type)> spans)
    {
        var labels = new int[count];
        foreach (var (start, end, type) in spans)
        {
            if (start == end)
            {
                labels[start] = Of(Position.Unit, type);
                continue;
            }

            labels[start] = Of(Position.Begin, type);
            for (var i = start + 1; i < end; i++)
            {
                labels[i] = Of(Position.Inside, type);
            }

            labels[end] = Of(Position.Last, type);
        }

        return labels;
    }

    /// <summary>The spans (start, end inclusive, type) of a well-formed label sequence.</summary>
    public static List<(int Start, int End, EntityType Type)> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, EntityType)>();
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == Outside)
            {
                start = -1;
                continue;
            }

            switch (PositionOf(label))
            {
                case Position.Unit:
                    spans.Add((i, i, TypeOf(label)));
                    start = -1;
                    break;
                case Position.Begin:
                    start = i;
                    break;
                case Position.Last when start >= 0:
                    spans.Add((start, i, TypeOf(label)));
                    start = -1;
                    break;
            }
        }

        return spans;
    }
}

/// <summary>
/// What the recogniser knows of each word of a sentence before labelling it, as feature hashes: the form and its
/// affixes and shape, the universal tag, the enrichment lexicons it belongs to (given names, titles, role nouns,
/// organisation, event and place head words, demonyms, ...) and whether it begins, continues or ends a name the
/// gazetteer or the curated names list (with the kind of place or the type of the name). The lexicons carry the
/// knowledge; the model learns how much each counts from the annotated corpus.
/// </summary>
internal sealed class EntityFeatureContext
{
    private const int Pad = 2;

    /// <summary>The longest name looked up in the gazetteer and the curated names, in words.</summary>
    private const int LongestListedName = 5;

    private static readonly FrozenSet<string> RoleNouns = KnownNames.RoleNouns;
    private static readonly FrozenSet<string> GeographicHeads = Lexicon.Set("geographic-heads");
    private static readonly FrozenSet<string> FacilityHeads = Lexicon.Set("facility-heads");
    private static readonly FrozenSet<string> AdminDivisionHeads = Lexicon.Set("admin-division-heads");
    private static readonly FrozenSet<string> NotNames = Lexicon.Set("not-names");

    [Flags]
    private enum Lexicons
    {
        None = 0,
        GivenName = 1 << 0,
        Title = 1 << 1,
        RoleNoun = 1 << 2,
        OrganizationHead = 1 << 3,
        EventHead = 1 << 4,
        GeographicHead = 1 << 5,
        FacilityHead = 1 << 6,
        AdminDivisionHead = 1 << 7,
        FunctionWord = 1 << 8,
        CalendarWord = 1 << 9,
        Demonym = 1 << 10,
        TrailingOrganizationNoun = 1 << 11,
        NotName = 1 << 12,
        OfHead = 1 << 13,
    }

    private readonly ulong[] lower;
    private readonly ulong[] raw;
    private readonly ulong[] shape;
    private readonly ulong[] suffix3;
    private readonly ulong[] prefix3;
    private readonly ulong[] upos;
    private readonly Lexicons[] lexicons;
    private readonly ulong[] gazetteer;
    private readonly ulong[] known;

    public int Count { get; }

    public EntityFeatureContext(IReadOnlyList<string> words, IReadOnlyList<string> tags, Gazetteer places)
    {
        Count = words.Count;
        var size = Count + 2 * Pad;
        lower = new ulong[size];
        raw = new ulong[size];
        shape = new ulong[size];
        suffix3 = new ulong[size];
        prefix3 = new ulong[size];
        upos = new ulong[size];
        lexicons = new Lexicons[size];
        gazetteer = new ulong[size];
        known = new ulong[size];
        for (var p = 0; p < Pad; p++)
        {
            lower[p] = raw[p] = shape[p] = upos[p] = 1;
            lower[size - 1 - p] = raw[size - 1 - p] = shape[size - 1 - p] = upos[size - 1 - p] = 2;
        }

        for (var i = 0; i < Count; i++)
        {
            var word = words[i];
            var folded = word.ToLowerInvariant();
            var at = i + Pad;
            lower[at] = char.IsAsciiDigit(word[0]) ? (word.Length == 4 && word.All(char.IsAsciiDigit) ? 3UL : 4UL) : FeatureHash.OfText(folded);
            raw[at] = FeatureHash.OfText(word);
            shape[at] = WordShape.Hash(word);
            suffix3[at] = FeatureHash.OfText(folded.AsSpan(Math.Max(0, folded.Length - 3)));
            prefix3[at] = FeatureHash.OfText(folded.AsSpan(0, Math.Min(3, folded.Length)));
            upos[at] = FeatureHash.OfText(tags[i]);
            lexicons[at] = LexiconsOf(word, places);
        }

        MarkListedNames(words, places);
    }

    private static Lexicons LexiconsOf(string word, Gazetteer places)
    {
        var found = Lexicons.None;
        if (KnownNames.GivenNames.Contains(word)) found |= Lexicons.GivenName;
        if (KnownNames.Titles.Contains(word)) found |= Lexicons.Title;
        if (RoleNouns.Contains(word)) found |= Lexicons.RoleNoun;
        if (KnownNames.OrganizationHeads.Contains(word)) found |= Lexicons.OrganizationHead;
        if (KnownNames.EventHeads.Contains(word)) found |= Lexicons.EventHead;
        if (GeographicHeads.Contains(word)) found |= Lexicons.GeographicHead;
        if (FacilityHeads.Contains(word)) found |= Lexicons.FacilityHead;
        if (AdminDivisionHeads.Contains(word)) found |= Lexicons.AdminDivisionHead;
        if (KnownNames.FunctionWords.Contains(word)) found |= Lexicons.FunctionWord;
        if (KnownNames.CalendarWords.Contains(word)) found |= Lexicons.CalendarWord;
        if (KnownNames.TrailingOrganizationNouns.Contains(word)) found |= Lexicons.TrailingOrganizationNoun;
        if (NotNames.Contains(word)) found |= Lexicons.NotName;
        if (KnownNames.OfHeads.Contains(word)) found |= Lexicons.OfHead;
        if (word.Length > 2 && char.IsUpper(word[0]) && places.CountryOfDemonym(word) is not null) found |= Lexicons.Demonym;
        return found;
    }

    /// <summary>
    /// Marks the longest names, left to right, that the gazetteer or the curated names hold: a run of words that
    /// starts and ends with a capital. Each word gets its position in the name and the name's kind of place or type.
    /// </summary>
    private void MarkListedNames(IReadOnlyList<string> words, Gazetteer places)
    {
        var (placeUntil, knownUntil) = (0, 0);
        for (var i = 0; i < Count; i++)
        {
            if (!char.IsUpper(words[i][0]))
            {
                continue;
            }

            for (var length = Math.Min(LongestListedName, Count - i); length >= 1; length--)
            {
                var last = i + length - 1;
                if (!char.IsUpper(words[last][0]) && !char.IsAsciiDigit(words[last][0]))
                {
                    continue;
                }

                var name = Joined(words, i, last);
                if (i >= knownUntil && KnownNames.Entities.TryGetValue(name, out var entry))
                {
                    Mark(known, i, last, (ulong)entry.Type + 1);
                    knownUntil = last + 1;
                }

                if (i >= placeUntil && PlaceClass(places.Lookup(name)) is var kind and > 0)
                {
                    Mark(gazetteer, i, last, kind);
                    placeUntil = last + 1;
                }
            }
        }
    }

    private static void Mark(ulong[] marks, int start, int end, ulong kind)
    {
        if (start == end)
        {
            marks[start + Pad] = kind * 8 + 4;
            return;
        }

        marks[start + Pad] = kind * 8 + 1;
        for (var i = start + 1; i < end; i++)
        {
            marks[i + Pad] = kind * 8 + 2;
        }

        marks[end + Pad] = kind * 8 + 3;
    }

    /// <summary>The words as one name: spaces between them, none around a hyphen ("Guinea-Bissau").</summary>
    internal static string Joined(IReadOnlyList<string> words, int start, int end)
    {
        if (start == end)
        {
            return words[start];
        }

        var builder = new System.Text.StringBuilder(words[start]);
        for (var i = start + 1; i <= end; i++)
        {
            if (words[i] != "-" && words[i - 1] != "-")
            {
                builder.Append(' ');
            }

            builder.Append(words[i]);
        }

        return builder.ToString();
    }

    /// <summary>The most prominent kind among a name's places: 1 country, 2 world region, 3 region, 4 local region, 5-7 city by size; 0 none.</summary>
    private static ulong PlaceClass(IReadOnlyList<GazetteerEntry> entries)
    {
        var best = 0UL;
        foreach (var entry in entries)
        {
            var kind = entry.Kind switch
            {
                PlaceKind.Country => 1UL,
                PlaceKind.Region => 2UL,
                PlaceKind.AdminRegion => entry.IsLocalRegion ? 4UL : 3UL,
                _ => entry.Population >= 1_000_000 ? 5UL : entry.Population >= 100_000 ? 6UL : 7UL,
            };
            best = best == 0 ? kind : Math.Min(best, kind);
        }

        return best;
    }

    public const int MaxFeatures = 64;

    /// <summary>The features of word <paramref name="i"/> given the two labels before it; returns how many.</summary>
    public int Features(int i, int previous, int beforePrevious, Span<uint> f)
    {
        var at = i + Pad;
        var p1 = (ulong)previous + 1;
        var p2 = (ulong)beforePrevious + 1;
        var k = 0;
        f[k++] = FeatureHash.Of(0, 0);
        f[k++] = FeatureHash.Of(1, lower[at]);
        f[k++] = FeatureHash.Of(2, raw[at]);
        f[k++] = FeatureHash.Of(3, shape[at]);
        f[k++] = FeatureHash.Of(4, suffix3[at]);
        f[k++] = FeatureHash.Of(5, prefix3[at]);
        f[k++] = FeatureHash.Of(6, upos[at]);
        f[k++] = FeatureHash.Of(7, upos[at - 1], upos[at]);
        f[k++] = FeatureHash.Of(8, upos[at], upos[at + 1]);
        f[k++] = FeatureHash.Of(9, lower[at - 1]);
        f[k++] = FeatureHash.Of(10, lower[at + 1]);
        f[k++] = FeatureHash.Of(11, lower[at - 2]);
        f[k++] = FeatureHash.Of(12, lower[at + 2]);
        f[k++] = FeatureHash.Of(13, shape[at - 1], shape[at]);
        f[k++] = FeatureHash.Of(14, shape[at], shape[at + 1]);
        f[k++] = FeatureHash.Of(15, p1);
        f[k++] = FeatureHash.Of(16, p1, p2);
        f[k++] = FeatureHash.Of(17, p1, lower[at]);
        f[k++] = FeatureHash.Of(18, p1, shape[at]);
        f[k++] = FeatureHash.Of(19, (ulong)lexicons[at - 1]);
        f[k++] = FeatureHash.Of(20, (ulong)lexicons[at + 1]);
        f[k++] = FeatureHash.Of(21, gazetteer[at]);
        f[k++] = FeatureHash.Of(22, gazetteer[at], upos[at]);
        f[k++] = FeatureHash.Of(23, known[at]);
        f[k++] = FeatureHash.Of(24, gazetteer[at + 1]);
        f[k++] = FeatureHash.Of(25, gazetteer[at - 1]);
        f[k++] = FeatureHash.Of(26, i == 0 ? 1UL : 0UL, shape[at]);
        f[k++] = FeatureHash.Of(27, upos[at - 1], lower[at]);
        f[k++] = FeatureHash.Of(28, lower[at], lower[at + 1]);
        f[k++] = FeatureHash.Of(29, lower[at - 1], lower[at]);
        f[k++] = FeatureHash.Of(30, upos[at + 1], upos[at + 2]);
        f[k++] = FeatureHash.Of(31, upos[at - 2], upos[at - 1]);
        f[k++] = FeatureHash.Of(32, p1, upos[at]);
        f[k++] = FeatureHash.Of(33, known[at + 1]);
        f[k++] = FeatureHash.Of(34, p1, gazetteer[at]);
        f[k++] = FeatureHash.Of(35, p1, known[at]);
        f[k++] = FeatureHash.Of(36, suffix3[at + 1]);
        f[k++] = FeatureHash.Of(37, shape[at + 1], lower[at + 1]);
        f[k++] = FeatureHash.Of(38, lower[at + 1], lower[at + 2]);
        f[k++] = FeatureHash.Of(39, lower[at - 2], lower[at - 1]);
        // Each lexicon the word is in is a feature of its own, alone and with the word's shape and the label before.
        var flags = (int)lexicons[at];
        for (var bit = 0; flags != 0 && bit < 16; bit++, flags >>= 1)
        {
            if ((flags & 1) != 0)
            {
                f[k++] = FeatureHash.Of(40, (ulong)bit);
                f[k++] = FeatureHash.Of(41, (ulong)bit, shape[at]);
                f[k++] = FeatureHash.Of(42, (ulong)bit, p1);
            }
        }

        return k;
    }
}

/// <summary>
/// A greedy averaged-perceptron entity tagger over BILOU labels: left to right, each word's label from the
/// features of <see cref="EntityFeatureContext"/> and the two labels just chosen, among the labels that keep the
/// sequence well formed (<see cref="EntityLabels.Allowed"/>). Trained by <c>tools/Ingestion.Language.Training</c>
/// (<c>ner train</c>) on the entity annotations of GUM; the model is embedded as <c>Models/entities.bin</c> and
/// loaded once per process by <see cref="Default"/>.
/// </summary>
internal sealed class EntityTagger
{
    private const string Version = "ner1";

    private static readonly Lazy<EntityTagger> DefaultTagger = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CompactModel? model;
    private readonly AveragedPerceptron? training;

    private EntityTagger(CompactModel? model, AveragedPerceptron? training)
    {
        this.model = model;
        this.training = training;
    }

    /// <summary>The embedded model, loaded on first use.</summary>
    public static EntityTagger Default => DefaultTagger.Value;

    public int FeatureCount => model?.Features ?? training!.Features;

    /// <summary>The label of each word of a sentence, well formed.</summary>
    public int[] Label(EntityFeatureContext context)
    {
        var labels = new int[context.Count];
        Span<uint> features = stackalloc uint[EntityFeatureContext.MaxFeatures];
        Span<float> scores = stackalloc float[EntityLabels.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            var previous = i > 0 ? labels[i - 1] : EntityLabels.Outside;
            var count = context.Features(i, previous, i > 1 ? labels[i - 2] : EntityLabels.Outside, features);
            labels[i] = Best(features[..count], scores, previous, i == labels.Length - 1);
        }

        return labels;
    }

    private int Best(ReadOnlySpan<uint> features, Span<float> scores, int previous, bool last)
    {
        if (model is not null)
        {
            model.Score(features, scores);
        }
        else
        {
            training!.Score(features, scores);
        }

        var best = -1;
        for (var c = 0; c < EntityLabels.Count; c++)
        {
            // Ties go to the lower class number (O first), so equal scores give the same label on every run.
            if (EntityLabels.Allowed(previous, c, last) && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Trains a tagger on sentences (features, gold labels); <paramref name="log"/> gets a line per pass.</summary>
    internal static EntityTagger Train(IReadOnlyList<(EntityFeatureContext Context, int[] Labels)> sentences, int passes, int seed, Action<string>? log = null)
    {
        var perceptron = new AveragedPerceptron(EntityLabels.Count);
        var tagger = new EntityTagger(null, perceptron);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[EntityFeatureContext.MaxFeatures];
        Span<float> scores = stackalloc float[EntityLabels.Count];
        for (var pass = 0; pass < passes; pass++)
        {
            random.Shuffle(order);
            var (right, total) = (0, 0);
            foreach (var s in order)
            {
                var (context, gold) = sentences[s];
                var guessed = new int[gold.Length];
                for (var i = 0; i < gold.Length; i++)
                {
                    var previous = i > 0 ? guessed[i - 1] : EntityLabels.Outside;
                    var count = context.Features(i, previous, i > 1 ? guessed[i - 2] : EntityLabels.Outside, features);
                    var guess = tagger.Best(features[..count], scores, previous, i == gold.Length - 1);
                    perceptron.Update(gold[i], guess, features[..count]);
                    guessed[i] = guess;
                    right += guess == gold[i] ? 1 : 0;
                    total++;
                }
            }

            log?.Invoke($"entity tagger pass {pass + 1}/{passes}: {100.0 * right / total:F2}% of labels on train, {perceptron.Features:N0} features");
        }

        perceptron.Average();
        return tagger;
    }

    /// <summary>The run-time form of a trained tagger: weights below <paramref name="prune"/> dropped.</summary>
    internal EntityTagger Compacted(float prune) => new(training!.Compact(prune), null);

    internal void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Version);
        (model ?? throw new InvalidOperationException("Compact the tagger before writing it.")).Write(writer);
    }

    internal static EntityTagger Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != Version)
        {
            throw new InvalidDataException($"Not an entity tagger model ({Version}).");
        }

        return new EntityTagger(CompactModel.Read(reader), null);
    }

    private static EntityTagger Load()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream("Ingestion.Enrichment.Models.entities.bin")
            ?? throw new InvalidOperationException("No embedded entity model (Models/entities.bin).");
        return Read(stream);
    }
}
