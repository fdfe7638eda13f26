using System.Runtime.CompilerServices;

namespace Ingestion.Language;

/// <summary>
/// Hashing of feature templates: a feature is a 32-bit key mixed from its template number and its values (word
/// hashes, tag numbers), so extracting features allocates nothing and the model needs no vocabulary.
/// </summary>
internal static class FeatureHash
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(int template, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);
        h = Mix(h ^ (b + 0x632BE59BD9B4E019UL));
        h = Mix(h ^ (c + 0x85EBCA77C2B2AE63UL));
        return (uint)(h ^ (h >> 32));
    }

    /// <summary>FNV-1a over the characters of a string (or part of it), 64-bit.</summary>
    public static ulong OfText(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        // SplitMix64's finaliser: every input bit reaches every output bit.
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

/// <summary>
/// The averaged perceptron (Collins 2002) being trained: weights per (feature, class), averaged lazily over
/// every update so the final weights are the mean over all training steps. Training only; <see cref="Compact"/>
/// gives the read-only model that the tagger and parser use at run time.
/// </summary>
internal sealed class AveragedPerceptron(int classes)
{
    private readonly Dictionary<uint, int> rowOf = [];
    private float[] weights = new float[1024 * classes];
    private double[] totals = new double[1024 * classes];
    private int[] stamps = new int[1024 * classes];
    private int updates;

    public int Classes { get; } = classes;

    public int Features => rowOf.Count;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (rowOf.TryGetValue(feature, out var row))
            {
                var offset = row * Classes;
                for (var c = 0; c < Classes; c++)
                {
                    scores[c] += weights[offset + c];
                }
            }
        }
    }

    /// <summary>Counts one training step and, when the guess is wrong, moves weight from it to the truth.</summary>
    public void Update(int truth, int guess, ReadOnlySpan<uint> features)
    {
        updates++;
        if (truth == guess)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = RowFor(feature);
            Add(row * Classes + truth, 1f);
            Add(row * Classes + guess, -1f);
        }
    }

    /// <summary>Replaces each weight by its average over all steps; call once, after the last step.</summary>
    public void Average()
    {
        for (var i = 0; i < rowOf.Count * Classes; i++)
        {
            totals[i] += (double)(updates - stamps[i]) * weights[i];
            weights[i] = updates == 0 ? 0f : (float)(totals[i] / updates);
        }
    }

    /// <summary>The averaged weights as a run-time model, without weights whose magnitude is below <paramref name="prune"/>.</summary>
    public CompactModel Compact(float prune)
    {
        var entries = new List<(uint Key, byte[] Classes, float[] Weights)>(rowOf.Count);
        var kept = new List<(byte, float)>(Classes);
        foreach (var (key, row) in rowOf)
        {
            kept.Clear();
            for (var c = 0; c < Classes; c++)
            {
                var w = weights[row * Classes + c];
                if (MathF.Abs(w) >= prune)
                {
                    kept.Add(((byte)c, w));
                }
            }

            if (kept.Count > 0)
            {
                entries.Add((key, [.. kept.Select(k => k.Item1)], [.. kept.Select(k => k.Item2)]));
            }
        }

        return CompactModel.From(Classes, entries);
    }

    private int RowFor(uint feature)
    {
        if (rowOf.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = rowOf.Count;
        rowOf.Add(feature, row);
        if ((row + 1) * Classes > weights.Length)
        {
            Array.Resize(ref weights, weights.Length * 2);
            Array.Resize(ref totals, totals.Length * 2);
            Array.Resize(ref stamps, stamps.Length * 2);
        }

        return row;
    }

    private void Add(int index, float delta)
    {
        totals[index] += (double)(updates - stamps[index]) * weights[index];
        stamps[index] = updates;
        weights[index] += delta;
    }
}

/// <summary>
/// A trained linear model, read-only: for each feature key, the classes it has a weight for and those weights.
/// Kept in an open-addressing table (keys, then a run of (class, weight) pairs) so scoring is a probe and a
/// short loop. Stored with half-precision weights: the averaged weights lose nothing that changes an argmax
/// in practice, and the file halves.
/// </summary>
internal sealed class CompactModel
{
    private readonly uint[] keys;
    private readonly int[] starts;
    private readonly byte[] lengths;
    private readonly byte[] classOf;
    private readonly float[] weightOf;
    private readonly int mask;

    private CompactModel(int classes, uint[] keys, int[] starts, byte[] lengths, byte[] classOf, float[] weightOf)
    {
        Classes = classes;
        this.keys = keys;
        this.starts = starts;
        this.lengths = lengths;
        this.classOf = classOf;
        this.weightOf = weightOf;
        mask = keys.Length - 1;
    }

    public int Classes { get; }

    public int Features { get; private init; }

    public int Weights => weightOf.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (var feature in features)
        {
            // Key 0 marks an empty slot; a feature hashing to 0 is stored as 1 (one rare collision, no harm).
            var key = feature == 0 ? 1u : feature;
            var slot = (int)(key * 2654435761u) & mask;
            while (true)
            {
                var k = keys[slot];
                if (k == key)
                {
                    var start = starts[slot];
                    var end = start + lengths[slot];
                    for (var i = start; i < end; i++)
                    {
                        scores[classOf[i]] += weightOf[i];
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    public static CompactModel From(int classes, IReadOnlyList<(uint Key, byte[] Classes, float[] Weights)> entries)
    {
        var size = 1;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        var keys = new uint[size];
        var starts = new int[size];
        var lengths = new byte[size];
        var total = entries.Sum(e => e.Classes.Length);
        var classOf = new byte[total];
        var weightOf = new float[total];
        var next = 0;
        foreach (var (rawKey, entryClasses, entryWeights) in entries)
        {
            var key = rawKey == 0 ? 1u : rawKey;
            var slot = (int)(key * 2654435761u) & (size - 1);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & (size - 1);
            }

            if (keys[slot] == key)
            {
                continue; // a 32-bit collision of two features: the first one kept
            }

            keys[slot] = key;
            starts[slot] = next;
            lengths[slot] = (byte)entryClasses.Length;
            entryClasses.CopyTo(classOf, next);
            entryWeights.CopyTo(weightOf, next);
            next += entryClasses.Length;
        }

        return new CompactModel(classes, keys, starts, lengths, classOf[..next], weightOf[..next]) { Features = entries.Count };
    }

    /// <summary>This model without the weights whose magnitude is below <paramref name="prune"/>.</summary>
    public CompactModel Pruned(float prune)
    {
        var entries = new List<(uint, byte[], float[])>();
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] == 0)
            {
                continue;
            }

            var kept = Enumerable.Range(starts[slot], lengths[slot]).Where(i => MathF.Abs(weightOf[i]) >= prune).ToArray();
            if (kept.Length > 0)
            {
                entries.Add((keys[slot], [.. kept.Select(i => classOf[i])], [.. kept.Select(i => weightOf[i])]));
            }
        }

        return From(Classes, entries);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        var used = 0;
        foreach (var key in keys)
        {
            used += key == 0 ? 0 : 1;
        }

        writer.Write(used);
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] == 0)
            {
                continue;
            }

            writer.Write(keys[slot]);
            writer.Write(lengths[slot]);
            for (var i = starts[slot]; i < starts[slot] + lengths[slot]; i++)
            {
                writer.Write(classOf[i]);
                writer.Write((Half)weightOf[i]);
            }
        }
    }

    public static CompactModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        var entries = new List<(uint, byte[], float[])>(count);
        for (var e = 0; e < count; e++)
        {
            var key = reader.ReadUInt32();
            var length = reader.ReadByte();
            var entryClasses = new byte[length];
            var entryWeights = new float[length];
            for (var i = 0; i < length; i++)
            {
                entryClasses[i] = reader.ReadByte();
                entryWeights[i] = (float)reader.ReadHalf();
            }

            entries.Add((key, entryClasses, entryWeights));
        }

        return From(classes, entries);
    }
}
