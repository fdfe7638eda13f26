using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

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
/// Kept in one open-addressing table of 16-byte slots (four to a cache line): the key and up to three
/// (class, weight) pairs, so a feature with few weights (every transition feature of the parser, most of the
/// tagger's) costs one memory access; a feature with more keeps them in a second array that its slot points to.
/// A pair is one 32-bit word: a single-precision weight whose low 8 mantissa bits (always zero for the
/// half-precision weights the model is stored with) hold the class. Weights are half precision: the averaged
/// weights lose nothing that changes an argmax in practice, and the file halves.
/// A model of at most three classes (the parser's transitions) keeps instead one weight per class in its slot,
/// by class number, so scoring sums into three registers rather than into memory: the same additions in the same
/// order per class (a class without weight adds 0, which changes no sum), so the same scores to the bit.
/// </summary>
internal sealed class CompactModel
{
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct Slot
    {
        public uint Key;
        public uint A;
        public uint B;
        public uint C;
    }

    /// <summary>A slot of a model of at most three classes: the key and the weight of each class (0 for none).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct DenseSlot
    {
        public uint Key;
        public float W0;
        public float W1;
        public float W2;
    }

    /// <summary>The most classes a <see cref="DenseSlot"/> holds.</summary>
    private const int DenseClasses = 3;

    /// <summary>In <see cref="Slot.A"/>, says the pairs are in <see cref="spill"/> (B = start, C = count); a NaN's bits, never a weight.</summary>
    private const uint Spilled = 0xFFFFFFFFu;

    private const uint WeightBits = 0xFFFFFF00u;

    private readonly NativeTable<Slot>? slots;
    private readonly NativeTable<uint>? spill;
    private readonly NativeTable<DenseSlot>? denseSlots;
    private readonly int mask;

    private CompactModel(int classes, NativeTable<Slot>? slots, NativeTable<uint>? spill, NativeTable<DenseSlot>? denseSlots, int features, int weights)
    {
        Classes = classes;
        this.slots = slots;
        this.spill = spill;
        this.denseSlots = denseSlots;
        mask = (denseSlots?.Length ?? slots!.Length) - 1;
        Features = features;
        Weights = weights;
    }

    public int Classes { get; }

    public int Features { get; }

    public int Weights { get; }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores = scores[..Classes];
        if (denseSlots is not null)
        {
            ScoreDense(denseSlots, features, scores);
            return;
        }

        ScoreGeneral(slots!, spill!, features, scores);
    }

    /// <summary><see cref="Score"/> for a model of more than three classes: (class, weight) pairs, spilled past three.</summary>
    private void ScoreGeneral(NativeTable<Slot> table, NativeTable<uint> spilled, ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        if (Sse.IsSupported)
        {
            // Each feature's slot is a cache miss of its own in a table of megabytes; asking for all of them
            // before reading any lets the memory system fetch them together instead of one after another.
            foreach (var feature in features)
            {
                var key = feature == 0 ? 1u : feature;
                unsafe
                {
                    Sse.Prefetch0(table.At((int)(key * 2654435761u) & mask));
                }
            }
        }

        foreach (var feature in features)
        {
            // Key 0 marks an empty slot; a feature hashing to 0 is stored as 1 (one rare collision, no harm).
            var key = feature == 0 ? 1u : feature;
            var index = (int)(key * 2654435761u) & mask;
            while (true)
            {
                ref var slot = ref table[index];
                if (slot.Key == key)
                {
                    if (slot.A != Spilled)
                    {
                        // An unused pair is 0: weight 0 for class 0, which adds nothing.
                        Add(scores, slot.A);
                        Add(scores, slot.B);
                        Add(scores, slot.C);
                    }
                    else
                    {
                        for (var i = 0; i < (int)slot.C; i++)
                        {
                            Add(scores, spilled[(int)slot.B + i]);
                        }
                    }

                    break;
                }

                if (slot.Key == 0)
                {
                    break;
                }

                index = (index + 1) & mask;
            }
        }

        // The tables' memory is freed by their finalisers: they must outlive the reads above.
        GC.KeepAlive(table);
        GC.KeepAlive(spilled);
    }

    /// <summary><see cref="Score"/> for a model of at most three classes, summing in registers.</summary>
    private void ScoreDense(NativeTable<DenseSlot> table, ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (Sse.IsSupported)
        {
            foreach (var feature in features)
            {
                var key = feature == 0 ? 1u : feature;
                unsafe
                {
                    Sse.Prefetch0(table.At((int)(key * 2654435761u) & mask));
                }
            }
        }

        var (s0, s1, s2) = (0f, 0f, 0f);
        foreach (var feature in features)
        {
            var key = feature == 0 ? 1u : feature;
            var index = (int)(key * 2654435761u) & mask;
            while (true)
            {
                ref var slot = ref table[index];
                if (slot.Key == key)
                {
                    s0 += slot.W0;
                    s1 += slot.W1;
                    s2 += slot.W2;
                    break;
                }

                if (slot.Key == 0)
                {
                    break;
                }

                index = (index + 1) & mask;
            }
        }

        scores[0] = s0;
        if (scores.Length > 1)
        {
            scores[1] = s1;
        }

        if (scores.Length > 2)
        {
            scores[2] = s2;
        }

        // The table's memory is freed by its finaliser: it must outlive the reads above.
        GC.KeepAlive(table);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<float> scores, uint pair) => scores[(int)(pair & 0xFF)] += BitConverter.UInt32BitsToSingle(pair & WeightBits);

    private static uint Pair(byte classNumber, float weight) =>
        (BitConverter.SingleToUInt32Bits((float)(Half)weight) & WeightBits) | classNumber;

    private static (byte Class, float Weight) Unpair(uint pair) => ((byte)(pair & 0xFF), BitConverter.UInt32BitsToSingle(pair & WeightBits));

    /// <summary>The model of these entries, weights rounded to half precision; a class with weight 0 is left out.</summary>
    public static CompactModel From(int classes, IReadOnlyList<(uint Key, byte[] Classes, float[] Weights)> entries)
    {
        if (classes > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), "A pair keeps the class in 8 bits.");
        }

        var size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        var slots = new Slot[size];
        var spill = new List<uint>();
        var (features, weights) = (0, 0);
        Span<uint> pairs = stackalloc uint[256];
        foreach (var (rawKey, entryClasses, entryWeights) in entries)
        {
            var count = 0;
            for (var i = 0; i < entryClasses.Length; i++)
            {
                var pair = Pair(entryClasses[i], entryWeights[i]);
                if ((pair & WeightBits) != 0)
                {
                    pairs[count++] = pair;
                }
            }

            if (count == 0)
            {
                continue;
            }

            var key = rawKey == 0 ? 1u : rawKey;
            var index = (int)(key * 2654435761u) & (size - 1);
            while (slots[index].Key != 0 && slots[index].Key != key)
            {
                index = (index + 1) & (size - 1);
            }

            if (slots[index].Key == key)
            {
                continue; // a 32-bit collision of two features: the first one kept
            }

            ref var slot = ref slots[index];
            slot.Key = key;
            if (count <= 3)
            {
                slot.A = pairs[0];
                slot.B = count > 1 ? pairs[1] : 0;
                slot.C = count > 2 ? pairs[2] : 0;
            }
            else
            {
                (slot.A, slot.B, slot.C) = (Spilled, (uint)spill.Count, (uint)count);
                foreach (var pair in pairs[..count])
                {
                    spill.Add(pair);
                }
            }

            features++;
            weights += count;
        }

        return classes <= DenseClasses
            ? new CompactModel(classes, null, null, Dense(classes, slots), features, weights)
            : new CompactModel(classes, Native(slots), Native(CollectionsMarshal.AsSpan(spill)), null, features, weights);
    }

    /// <summary>A copy of <paramref name="items"/> in a <see cref="NativeTable{T}"/>, where random probes miss the TLB less.</summary>
    private static NativeTable<T> Native<T>(ReadOnlySpan<T> items)
        where T : unmanaged
    {
        var table = new NativeTable<T>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            table[i] = items[i];
        }

        return table;
    }

    /// <summary>The slots of a model of at most three classes as dense slots at the same places, so the table is
    /// probed the same way; each pair's weight goes to its class exactly as <see cref="Add"/> would add it.</summary>
    private static NativeTable<DenseSlot> Dense(int classes, Slot[] slots)
    {
        var dense = new NativeTable<DenseSlot>(slots.Length);
        Span<float> row = stackalloc float[DenseClasses];
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            if (slot.Key == 0)
            {
                continue;
            }

            if (slot.A == Spilled)
            {
                throw new InvalidDataException("A feature of a model of at most three classes has more than three weights.");
            }

            row.Clear();
            foreach (var pair in (ReadOnlySpan<uint>)[slot.A, slot.B, slot.C])
            {
                if ((pair & WeightBits) == 0)
                {
                    continue;
                }

                var (classNumber, weight) = Unpair(pair);
                if (classNumber >= classes || BitConverter.SingleToUInt32Bits(row[classNumber]) != 0)
                {
                    throw new InvalidDataException($"A feature has a weight for class {classNumber} out of range or twice.");
                }

                row[classNumber] = weight;
            }

            dense[i] = new DenseSlot { Key = slot.Key, W0 = row[0], W1 = row[1], W2 = row[2] };
        }

        return dense;
    }

    /// <summary>Every feature with its (class, weight) pairs, in key order.</summary>
    private List<(uint Key, byte[] Classes, float[] Weights)> Entries()
    {
        var entries = new List<(uint, byte[], float[])>(Features);
        for (var i = 0; i < (denseSlots?.Length ?? 0); i++)
        {
            var slot = denseSlots![i];
            if (slot.Key == 0)
            {
                continue;
            }

            var row = new[] { slot.W0, slot.W1, slot.W2 };
            var present = Enumerable.Range(0, Classes).Where(c => BitConverter.SingleToUInt32Bits(row[c]) != 0).ToArray();
            entries.Add((slot.Key, [.. present.Select(c => (byte)c)], [.. present.Select(c => row[c])]));
        }

        for (var i = 0; i < (slots?.Length ?? 0); i++)
        {
            var slot = slots![i];
            if (slot.Key == 0)
            {
                continue;
            }

            var pairs = slot.A == Spilled
                ? Enumerable.Range((int)slot.B, (int)slot.C).Select(at => spill![at]).ToArray()
                : new[] { slot.A, slot.B, slot.C }.Where(p => (p & WeightBits) != 0).ToArray();
            entries.Add((slot.Key, [.. pairs.Select(p => Unpair(p).Class)], [.. pairs.Select(p => Unpair(p).Weight)]));
        }

        entries.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return entries;
    }

    /// <summary>This model without the weights whose magnitude is below <paramref name="prune"/>.</summary>
    public CompactModel Pruned(float prune)
    {
        var entries = new List<(uint, byte[], float[])>();
        foreach (var (key, classes, weights) in Entries())
        {
            var kept = Enumerable.Range(0, classes.Length).Where(i => MathF.Abs(weights[i]) >= prune).ToArray();
            if (kept.Length > 0)
            {
                entries.Add((key, [.. kept.Select(i => classes[i])], [.. kept.Select(i => weights[i])]));
            }
        }

        return From(Classes, entries);
    }

    /// <summary>
    /// Writes the model column by column, which the surrounding compression packs far better than records: the
    /// keys in order as gaps (7 bits a byte), the number of weights per key, the classes, then the weights'
    /// high bytes (sign, exponent: few distinct values) and their low bytes.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var entries = Entries();
        writer.Write(Classes);
        writer.Write(entries.Count);
        var previous = 0u;
        foreach (var (key, _, _) in entries)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
        }

        foreach (var (_, classes, _) in entries)
        {
            writer.Write((byte)classes.Length);
        }

        foreach (var (_, classes, _) in entries)
        {
            writer.Write(classes);
        }

        foreach (var (_, _, weights) in entries)
        {
            foreach (var w in weights)
            {
                writer.Write((byte)(BitConverter.HalfToUInt16Bits((Half)w) >> 8));
            }
        }

        foreach (var (_, _, weights) in entries)
        {
            foreach (var w in weights)
            {
                writer.Write((byte)BitConverter.HalfToUInt16Bits((Half)w));
            }
        }
    }

    public static CompactModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        var keys = new uint[count];
        var previous = 0u;
        for (var e = 0; e < count; e++)
        {
            keys[e] = previous += (uint)reader.Read7BitEncodedInt();
        }

        var lengths = reader.ReadBytes(count);
        var total = lengths.Sum(l => (int)l);
        var classOf = reader.ReadBytes(total);
        var high = reader.ReadBytes(total);
        var low = reader.ReadBytes(total);
        var entries = new List<(uint, byte[], float[])>(count);
        var at = 0;
        for (var e = 0; e < count; e++)
        {
            var weights = new float[lengths[e]];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = (float)BitConverter.UInt16BitsToHalf((ushort)((high[at + i] << 8) | low[at + i]));
            }

            entries.Add((keys[e], classOf[at..(at + lengths[e])], weights));
            at += lengths[e];
        }

        return From(classes, entries);
    }

    /// <summary>Reads the first model layout (records of key, count, then class and weight pairs), so models
    /// written before the column layout can be converted without retraining.</summary>
    public static CompactModel ReadRecords(BinaryReader reader)
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
