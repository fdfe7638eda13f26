using System.IO.Compression;

namespace Ingestion.Language;

/// <summary>A dependency tree: each word's head (1-based word number, 0 for the root) and its UD relation.</summary>
public sealed record DependencyParse(int[] Heads, string[] Relations);

/// <summary>
/// A greedy transition-based dependency parser: the arc-hybrid system (Kuhlmann et al. 2011) scored by an
/// averaged perceptron, trained with the dynamic oracle and exploration of Goldberg and Nivre (2013, "Training
/// Deterministic Parsers with Non-Deterministic Oracles"), after Honnibal's 2013 parser: the model learns from
/// the states its own mistakes lead to. The tree is built unlabelled; a second perceptron then names each arc
/// top-down, with the whole tree, the head's relation included, in view. Trained by
/// <c>tools/Ingestion.Language.Training</c> on UD English-EWT and GUM with tags from the tagger (jackknifed),
/// embedded as <c>Models/parser.bin</c>, loaded once per process by <see cref="Default"/>.
/// </summary>
public sealed class DependencyParser
{
    private const int Shift = 0;
    private const int Right = 1;
    private const int Left = 2;
    private const int MaxFeatures = 96;
    private const int MaxLabelFeatures = 40;

    private static readonly Lazy<DependencyParser> DefaultParser = new(() => Load("parser.bin"));

    private static readonly Dictionary<string, int> TagIndex =
        PosTagger.Tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i + 1, StringComparer.Ordinal);

    private readonly CompactModel? transitions;
    private readonly CompactModel? labeller;
    private readonly AveragedPerceptron? trainingTransitions;
    private readonly AveragedPerceptron? trainingLabeller;

    private DependencyParser(string[] labels, CompactModel? transitions, CompactModel? labeller, AveragedPerceptron? trainingTransitions, AveragedPerceptron? trainingLabeller)
    {
        Labels = labels;
        this.transitions = transitions;
        this.labeller = labeller;
        this.trainingTransitions = trainingTransitions;
        this.trainingLabeller = trainingLabeller;
    }

    /// <summary>The embedded model, loaded on first use.</summary>
    public static DependencyParser Default => DefaultParser.Value;

    /// <summary>The relations the labeller chooses from ("acl:relcl", "nsubj", ...), in class order.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal (int Transitions, int Labels) FeatureCounts => (transitions?.Features ?? 0, labeller?.Features ?? 0);

    /// <summary>The tree of a sentence given its words and their UPOS tags.</summary>
    public DependencyParse Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        if (words.Count != upos.Count)
        {
            throw new ArgumentException("One tag a word.", nameof(upos));
        }

        var sentence = new ParseSentence(words, upos);
        var heads = ParseHeads(sentence, gold: null, explore: false, random: null);
        var relations = LabelArcs(sentence, heads, goldRelations: null);
        var result = new int[heads.Length];
        for (var w = 0; w < heads.Length; w++)
        {
            result[w] = heads[w] == words.Count ? 0 : heads[w] + 1;
        }

        return new DependencyParse(result, relations);
    }

    /// <summary>
    /// Runs the transition system. With <paramref name="gold"/> heads (0-based, the root as word count) it
    /// trains: each state's best-scoring move is compared with the best zero-cost move, and the parser follows
    /// its own move when <paramref name="explore"/> is set, the oracle's otherwise.
    /// </summary>
    private int[] ParseHeads(ParseSentence sentence, int[]? gold, bool explore, Random? random)
    {
        var n = sentence.Count;
        var state = new ParseState(n);
        Span<uint> features = stackalloc uint[MaxFeatures];
        Span<float> scores = stackalloc float[3];
        Span<bool> valid = stackalloc bool[3];
        Span<bool> zeroCost = stackalloc bool[3];
        while (state.Stack.Count > 0 || state.Next < n)
        {
            state.ValidMoves(valid);
            if (gold is null && OnlyMove(valid) is var forced and >= 0)
            {
                // Nothing to choose (an empty stack shifts; once the buffer is down to the root the stack
                // reduces): the scores could not change the move. Training still scores it, as it counts every
                // step in the averages.
                state.Apply(forced);
                continue;
            }

            var count = Features(sentence, state, features);
            Score(transitions, trainingTransitions, features[..count], scores);
            var guess = BestOf(scores, valid);
            var move = guess;
            if (gold is not null)
            {
                GoldMoves(state, gold, valid, zeroCost);
                var best = BestOf(scores, zeroCost);
                if (best >= 0)
                {
                    trainingTransitions!.Update(best, guess, features[..count]);
                    if (!explore || random!.NextDouble() >= 0.9)
                    {
                        move = best;
                    }
                }
            }

            state.Apply(move);
        }

        return state.Heads;
    }

    /// <summary>The one valid move, or -1 when there is a choice.</summary>
    private static int OnlyMove(ReadOnlySpan<bool> valid)
    {
        var only = -1;
        for (var m = 0; m < valid.Length; m++)
        {
            if (valid[m])
            {
                if (only >= 0)
                {
                    return -1;
                }

                only = m;
            }
        }

        return only;
    }

    private static int BestOf(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed)
    {
        var best = -1;
        for (var m = 0; m < scores.Length; m++)
        {
            if (allowed[m] && (best < 0 || scores[m] > scores[best]))
            {
                best = m;
            }
        }

        return best;
    }

    private static void Score(CompactModel? model, AveragedPerceptron? training, ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (model is not null)
        {
            model.Score(features, scores);
        }
        else
        {
            training!.Score(features, scores);
        }
    }

    /// <summary>
    /// The moves that lose no gold arc still reachable from this state (the arc-hybrid dynamic oracle): popping
    /// the stack top loses its arcs to the rest of the buffer; shifting loses the buffer front's arcs to the stack.
    /// </summary>
    private static void GoldMoves(ParseState state, int[] gold, ReadOnlySpan<bool> valid, Span<bool> zeroCost)
    {
        valid.CopyTo(zeroCost);
        var stack = state.Stack;
        var next = state.Next;
        if (stack.Count == 0 || (valid[Shift] && gold[next] == stack[^1]))
        {
            zeroCost.Clear();
            zeroCost[Shift] = valid[Shift];
            return;
        }

        var s0 = stack[^1];
        if (gold[s0] == next && valid[Left])
        {
            zeroCost.Clear();
            zeroCost[Left] = true;
            return;
        }

        if (stack.Count >= 2 && gold[s0] == stack[^2])
        {
            zeroCost[Left] = false;
        }

        if (zeroCost[Shift])
        {
            foreach (var w in stack)
            {
                if (gold[w] == next || gold[next] == w)
                {
                    zeroCost[Shift] = false;
                    break;
                }
            }
        }

        // The root sits at the end of the buffer: a word whose gold head is the root loses that arc to any pop
        // before the buffer is down to the root (after an earlier error no buffer word may tie it there).
        if (gold[s0] == state.Count)
        {
            zeroCost[Left] = false;
            zeroCost[Right] = false;
            return;
        }

        for (var w = next + 1; w < state.Count; w++)
        {
            if (gold[w] == s0 || gold[s0] == w)
            {
                zeroCost[Left] = false;
                zeroCost[Right] = false;
                break;
            }
        }
    }

    /// <summary>Names the arcs top-down, so each arc's features include the relation of its head's arc.</summary>
    private string[] LabelArcs(ParseSentence sentence, int[] heads, string[]? goldRelations)
    {
        var n = sentence.Count;
        var relations = new string[n];
        var labelOf = new int[n];
        var children = new Children(heads);
        Span<uint> features = stackalloc uint[MaxLabelFeatures];
        Span<float> scores = stackalloc float[Labels.Count];

        // Breadth first from the root; every word enters the queue once, so it is an array with two ends.
        var queue = new int[n];
        var (first, last) = (0, 0);
        foreach (var child in children.Of(n))
        {
            queue[last++] = child;
        }

        var seen = 0;
        while (first < last)
        {
            var d = queue[first++];
            seen++;
            var count = LabelFeatures(sentence, heads, children, labelOf, d, features);
            Score(labeller, trainingLabeller, features[..count], scores);
            var guess = 0;
            for (var c = 1; c < Labels.Count; c++)
            {
                if (scores[c] > scores[guess])
                {
                    guess = c;
                }
            }

            if (goldRelations is not null)
            {
                var truth = LabelIndex(goldRelations[d]);
                trainingLabeller!.Update(truth, guess, features[..count]);
                guess = truth;
            }

            labelOf[d] = guess + 1;
            relations[d] = Labels[guess];
            foreach (var child in children.Of(d))
            {
                if (last == n)
                {
                    throw new InvalidOperationException("The parse is not a tree.");
                }

                queue[last++] = child;
            }
        }

        if (seen != n)
        {
            throw new InvalidOperationException("The parse is not a tree.");
        }

        return relations;
    }

    private int LabelIndex(string relation)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == relation)
            {
                return i;
            }
        }

        return 0;
    }

    private static int Features(ParseSentence s, ParseState state, Span<uint> f)
    {
        var stack = state.Stack;
        var n0 = state.Next;
        var s0 = stack.Count > 0 ? stack[^1] : -1;
        var s1 = stack.Count > 1 ? stack[^2] : -1;
        var s2 = stack.Count > 2 ? stack[^3] : -1;
        var n1 = n0 + 1 < s.Count ? n0 + 1 : -1;
        var n2 = n0 + 2 < s.Count ? n0 + 2 : -1;
        var n0b1 = state.LeftChild(n0, 0);
        var n0b2 = state.LeftChild(n0, 1);
        var s0b1 = state.LeftChild(s0, 0);
        var s0b2 = state.LeftChild(s0, 1);
        var s0f1 = state.RightChild(s0, 0);
        var s0f2 = state.RightChild(s0, 1);
        var s1f1 = state.RightChild(s1, 0);
        var s1b1 = state.LeftChild(s1, 0);

        ulong W(int w) => s.Word(w);
        ulong T(int w) => s.Tag(w);
        ulong Tags(int a, int b) => (T(a) << 8) | T(b);
        ulong Tags3(int a, int b, int c) => (T(a) << 16) | (T(b) << 8) | T(c);

        var distance = s0 >= 0 ? Distance(n0 - s0) : 0;
        var stackDistance = s1 >= 0 ? Distance(s0 - s1) : 0;
        var vs0f = (ulong)state.RightCount(s0);
        var vs0b = (ulong)state.LeftCount(s0);
        var vn0b = (ulong)state.LeftCount(n0);
        var k = 0;
        f[k++] = FeatureHash.Of(0, 0);
        ReadOnlySpan<int> positions = [n0, n1, n2, s0, s1, s2, n0b1, n0b2, s0b1, s0b2, s0f1, s0f2];
        for (var p = 0; p < positions.Length; p++)
        {
            if (positions[p] >= 0)
            {
                f[k++] = FeatureHash.Of(1 + p, W(positions[p]));
                f[k++] = FeatureHash.Of(13 + p, T(positions[p]));
            }
        }

        f[k++] = FeatureHash.Of(25, W(n0), T(n0));
        f[k++] = FeatureHash.Of(26, W(n1), T(n1));
        f[k++] = FeatureHash.Of(27, W(n2), T(n2));
        f[k++] = FeatureHash.Of(28, W(s0), T(s0));
        f[k++] = FeatureHash.Of(29, W(s0), W(n0));
        f[k++] = FeatureHash.Of(30, W(n0), T(n0), W(s0));
        f[k++] = FeatureHash.Of(31, W(n0), T(n0), T(s0));
        f[k++] = FeatureHash.Of(32, W(s0), T(s0), W(n0));
        f[k++] = FeatureHash.Of(33, W(s0), T(s0), T(n0));
        f[k++] = FeatureHash.Of(34, W(s0), W(n0), Tags(s0, n0));
        f[k++] = FeatureHash.Of(35, Tags(s0, n0));
        f[k++] = FeatureHash.Of(36, Tags(n0, n1));
        f[k++] = FeatureHash.Of(37, Tags3(n0, n1, n2));
        f[k++] = FeatureHash.Of(38, Tags3(s0, n0, n1));
        f[k++] = FeatureHash.Of(39, Tags3(s0, s1, n0));
        f[k++] = FeatureHash.Of(40, Tags3(s0, s0f1, n0));
        f[k++] = FeatureHash.Of(41, Tags3(s0, n0, n0b1));
        f[k++] = FeatureHash.Of(42, Tags3(s0, s0b1, s0b2));
        f[k++] = FeatureHash.Of(43, Tags3(s0, s0f1, s0f2));
        f[k++] = FeatureHash.Of(44, Tags3(n0, n0b1, n0b2));
        f[k++] = FeatureHash.Of(45, Tags3(s0, s1, s2));
        f[k++] = FeatureHash.Of(46, Tags3(s1, s1f1, s0));
        f[k++] = FeatureHash.Of(47, Tags3(s1, s1b1, s0));
        f[k++] = FeatureHash.Of(48, W(s0), vs0f);
        f[k++] = FeatureHash.Of(49, W(s0), vs0b);
        f[k++] = FeatureHash.Of(50, W(n0), vn0b);
        f[k++] = FeatureHash.Of(51, T(s0), vs0f);
        f[k++] = FeatureHash.Of(52, T(s0), vs0b);
        f[k++] = FeatureHash.Of(53, T(n0), vn0b);
        f[k++] = FeatureHash.Of(54, W(s0), distance);
        f[k++] = FeatureHash.Of(55, W(n0), distance);
        f[k++] = FeatureHash.Of(56, T(s0), distance);
        f[k++] = FeatureHash.Of(57, T(n0), distance);
        f[k++] = FeatureHash.Of(58, Tags(n0, s0), distance);
        f[k++] = FeatureHash.Of(59, W(n0), W(s0), distance);
        f[k++] = FeatureHash.Of(60, W(s1), T(s1), T(s0));
        f[k++] = FeatureHash.Of(61, W(s1), W(s0));
        f[k++] = FeatureHash.Of(62, T(s1), W(s0), T(n0));
        f[k++] = FeatureHash.Of(63, (ulong)Math.Min(stack.Count, 4), n0 == s.Count ? 1UL : 0UL);
        var n3 = n0 + 3 < s.Count ? n0 + 3 : -1;
        f[k++] = FeatureHash.Of(64, W(s0), Tags(n0, n1));
        f[k++] = FeatureHash.Of(65, T(s0), W(n0), T(n1));
        f[k++] = FeatureHash.Of(66, W(n0), T(n1));
        f[k++] = FeatureHash.Of(67, T(n0), W(n1));
        f[k++] = FeatureHash.Of(68, (Tags(s1, s0) << 16) | Tags(n0, n1));
        f[k++] = FeatureHash.Of(69, Tags3(s0, s0b1, n0));
        f[k++] = FeatureHash.Of(70, Tags3(n0, n0b1, n1));
        f[k++] = FeatureHash.Of(71, Tags3(n1, n2, n3));
        f[k++] = FeatureHash.Of(72, Tags3(s0 > 0 ? s0 - 1 : -1, s0, n0));
        f[k++] = FeatureHash.Of(73, Tags(n0 > 0 ? n0 - 1 : -1, n0), T(s0));
        f[k++] = FeatureHash.Of(74, W(s0), W(s0f1), T(n0));
        f[k++] = FeatureHash.Of(75, s.Suffix(n0), T(n0));
        f[k++] = FeatureHash.Of(76, s0 >= 0 ? s.Suffix(s0) : 0, T(s0), T(n0));

        // The stack's second word is the head a right arc gives: how far it is, what lies between, how many
        // dependents it has already, as the same facts are known for the stack top and the buffer front.
        f[k++] = FeatureHash.Of(77, Tags(s1, s0), stackDistance);
        f[k++] = FeatureHash.Of(78, W(s0), T(s1), stackDistance);
        f[k++] = FeatureHash.Of(79, W(s1), T(s0), stackDistance);
        f[k++] = FeatureHash.Of(80, Tags(s0, n0), s0 >= 0 ? s.PunctuationBetween(s0, n0) : 0);
        f[k++] = FeatureHash.Of(81, Tags(s1, s0), s1 >= 0 ? s.PunctuationBetween(s1, s0) : 0);
        f[k++] = FeatureHash.Of(82, T(s1), (ulong)state.RightCount(s1), (ulong)state.LeftCount(s1));
        f[k++] = FeatureHash.Of(83, W(s1), (ulong)state.RightCount(s1));
        f[k++] = FeatureHash.Of(84, s.Shape(n0), T(n0), T(s0));
        f[k++] = FeatureHash.Of(85, s.Shape(s0), T(s0), T(n0));
        f[k++] = FeatureHash.Of(86, Tags3(s0, s0b1, s0f1), T(n0));
        f[k++] = FeatureHash.Of(87, W(n0b1), T(n0), T(s0));
        return k;
    }

    /// <summary>A distance in words, in bins that widen with it: 1, 2, 3, 4, 5-6, 7-9, 10-14, 15 and more.</summary>
    private static ulong Distance(int words) => words switch
    {
        <= 4 => (ulong)words,
        <= 6 => 5,
        <= 9 => 6,
        <= 14 => 7,
        _ => 8,
    };

    private static int LabelFeatures(ParseSentence s, int[] heads, Children children, int[] labelOf, int d, Span<uint> f)
    {
        var h = heads[d];
        ulong W(int w) => s.Word(w);
        ulong T(int w) => s.Tag(w);
        var direction = d < h ? 1UL : 2UL;
        var distance = (ulong)Math.Min(Math.Abs(h - d), 10);
        var headLabel = h < s.Count ? (ulong)labelOf[h] : 255UL;
        var grandparent = h < s.Count ? heads[h] : -1;
        var dependents = children.Of(d);
        var siblings = children.Of(h);
        var k = 0;
        f[k++] = FeatureHash.Of(100, 0);
        f[k++] = FeatureHash.Of(101, W(d));
        f[k++] = FeatureHash.Of(102, T(d));
        f[k++] = FeatureHash.Of(103, W(h));
        f[k++] = FeatureHash.Of(104, T(h));
        f[k++] = FeatureHash.Of(105, T(d), T(h));
        f[k++] = FeatureHash.Of(106, T(d), T(h), direction);
        f[k++] = FeatureHash.Of(107, W(d), T(h));
        f[k++] = FeatureHash.Of(108, T(d), W(h));
        f[k++] = FeatureHash.Of(109, W(d), W(h));
        f[k++] = FeatureHash.Of(110, T(d), T(h), distance);
        f[k++] = FeatureHash.Of(111, T(d), d > 0 ? T(d - 1) : 0);
        f[k++] = FeatureHash.Of(112, T(d), d + 1 < s.Count ? T(d + 1) : 0);
        f[k++] = FeatureHash.Of(113, T(h), h > 0 && h <= s.Count ? T(h - 1) : 0);
        f[k++] = FeatureHash.Of(114, T(h), h + 1 < s.Count ? T(h + 1) : 0);
        f[k++] = FeatureHash.Of(115, T(d), dependents.Length > 0 ? T(dependents[0]) : 0);
        f[k++] = FeatureHash.Of(116, T(d), dependents.Length > 0 ? T(dependents[^1]) : 0);
        f[k++] = FeatureHash.Of(117, T(d), (ulong)Math.Min(dependents.Length, 5));
        f[k++] = FeatureHash.Of(118, T(d), T(h), headLabel);
        f[k++] = FeatureHash.Of(119, W(h), T(d), direction);
        f[k++] = FeatureHash.Of(120, W(d), T(d), T(h));
        f[k++] = FeatureHash.Of(121, T(d), T(h), grandparent >= 0 ? T(grandparent) : 255);
        f[k++] = FeatureHash.Of(122, T(d), headLabel, direction);
        f[k++] = FeatureHash.Of(123, W(d), direction);
        var index = siblings.IndexOf(d);
        f[k++] = FeatureHash.Of(124, T(d), T(h), (ulong)(uint)Math.Clamp(index, 0, 3) | (direction << 4));
        var functionWords = 0;
        foreach (var c in dependents)
        {
            // The function words a word governs ("to", "that", "of", "has") tell xcomp from ccomp, obl from obj.
            if (functionWords < 4 && s.IsFunctionTag(c))
            {
                f[k++] = FeatureHash.Of(125, W(c), T(d));
                f[k++] = FeatureHash.Of(126, W(c), T(d), T(h));
                functionWords++;
            }
        }

        var leftSiblingsWithSubjectTag = 0UL;
        foreach (var sibling in siblings)
        {
            if (sibling < d && s.IsNominalTag(sibling))
            {
                leftSiblingsWithSubjectTag = 1;
            }
        }

        f[k++] = FeatureHash.Of(127, T(d), T(h), leftSiblingsWithSubjectTag | (direction << 2));
        f[k++] = FeatureHash.Of(128, s.Suffix(d), T(d), direction);
        return k;
    }

    /// <summary>
    /// Trains a parser on gold trees with the given (predicted) tags; <paramref name="log"/> gets a line per pass.
    /// Heads in <paramref name="sentences"/> are CoNLL-U's (1-based, 0 = root).
    /// </summary>
    internal static DependencyParser Train(
        IReadOnlyList<(string[] Words, string[] Tags, int[] Heads, string[] Relations)> sentences, int passes, int seed, Action<string>? log = null)
    {
        var labels = sentences.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var parser = new DependencyParser(labels, null, null, new AveragedPerceptron(3), new AveragedPerceptron(labels.Length));
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        for (var pass = 0; pass < passes; pass++)
        {
            random.Shuffle(order);
            var (right, total) = (0, 0);
            foreach (var index in order)
            {
                var (words, tags, conlluHeads, relations) = sentences[index];
                var sentence = new ParseSentence(words, tags);
                var gold = Projective(conlluHeads.Select(h => h == 0 ? words.Length : h - 1).ToArray());
                var heads = parser.ParseHeads(sentence, gold, explore: pass > 0, random);
                for (var w = 0; w < words.Length; w++)
                {
                    right += heads[w] == gold[w] ? 1 : 0;
                }

                total += words.Length;
                parser.LabelArcs(sentence, gold, relations);
            }

            log?.Invoke($"parser pass {pass + 1}/{passes}: {100.0 * right / total:F2}% heads on train (with exploration), {parser.trainingTransitions!.Features:N0} + {parser.trainingLabeller!.Features:N0} features");
        }

        parser.trainingTransitions!.Average();
        parser.trainingLabeller!.Average();
        return parser;
    }

    /// <summary>
    /// The tree with each crossing arc lifted to its head's head until none crosses (Nivre and Nilsson 2005,
    /// without the label encoding): the arc-hybrid system builds projective trees only, and the oracle is exact
    /// only for them, so training on the lifted tree keeps its updates consistent.
    /// </summary>
    internal static int[] Projective(int[] heads)
    {
        var n = heads.Length;
        for (var round = 0; round < n; round++)
        {
            var lifted = false;
            for (var d = 0; d < n; d++)
            {
                var h = heads[d];
                if (h == n || IsProjective(heads, h, d))
                {
                    continue;
                }

                heads[d] = heads[h];
                lifted = true;
            }

            if (!lifted)
            {
                break;
            }
        }

        return heads;
    }

    /// <summary>Whether every word between <paramref name="h"/> and <paramref name="d"/> descends from <paramref name="h"/>.</summary>
    private static bool IsProjective(int[] heads, int h, int d)
    {
        var n = heads.Length;
        for (var w = Math.Min(h, d) + 1; w < Math.Max(h, d); w++)
        {
            var a = w;
            var steps = 0;
            while (a != h && a != n && steps++ <= n)
            {
                a = heads[a];
            }

            if (a != h)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A read model without its transition weights below <paramref name="prune"/> and its labeller's
    /// below <paramref name="labelPrune"/> (the same when not given).</summary>
    internal DependencyParser Pruned(float prune, float? labelPrune = null) =>
        new(Labels.ToArray(), transitions!.Pruned(prune), labeller!.Pruned(labelPrune ?? prune), null, null);

    internal DependencyParser Compacted(float prune, float? labelPrune = null) =>
        new(Labels.ToArray(), trainingTransitions!.Compact(prune), trainingLabeller!.Compact(labelPrune ?? prune), null, null);

    internal void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write("dep2");
        writer.Write(Labels.Count);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        (transitions ?? throw new InvalidOperationException("Compact the parser before writing it.")).Write(writer);
        labeller!.Write(writer);
    }

    internal static DependencyParser Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        var version = reader.ReadString();
        if (version is not ("dep1" or "dep2"))
        {
            throw new InvalidDataException("Not a parser model (dep1, dep2).");
        }

        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }

        Func<BinaryReader, CompactModel> read = version == "dep1" ? CompactModel.ReadRecords : CompactModel.Read;
        var transitions = read(reader);
        var labeller = read(reader);
        return new DependencyParser(labels, transitions, labeller, null, null);
    }

    private static DependencyParser Load(string name)
    {
        using var stream = typeof(DependencyParser).Assembly.GetManifestResourceStream("Ingestion.Language.Models." + name)
            ?? throw new InvalidOperationException($"No embedded model '{name}' (Models/{name}).");
        return Read(stream);
    }

    /// <summary>The hashed words and tag numbers of a sentence; position <c>Count</c> is the root.</summary>
    private sealed class ParseSentence
    {
        private readonly ulong[] words;
        private readonly ulong[] tags;
        private readonly ulong[] suffixes;
        private readonly ulong[] shapes;
        private readonly int[] punctuationBefore;

        public ParseSentence(IReadOnlyList<string> forms, IReadOnlyList<string> upos)
        {
            Count = forms.Count;
            words = new ulong[Count + 1];
            tags = new ulong[Count + 1];
            suffixes = new ulong[Count + 1];
            shapes = new ulong[Count + 1];
            punctuationBefore = new int[Count + 2];
            for (var w = 0; w < Count; w++)
            {
                var form = forms[w];
                var lower = form.ToLowerInvariant();
                words[w] = form.Length == 4 && form.All(char.IsAsciiDigit) ? 3 : char.IsAsciiDigit(form[0]) ? 4 : FeatureHash.OfText(lower);
                tags[w] = TagIndex.TryGetValue(upos[w], out var t) ? (ulong)t : 18;
                suffixes[w] = FeatureHash.OfText(lower.AsSpan(Math.Max(0, lower.Length - 3)));
                shapes[w] = WordShape.Hash(form);
                punctuationBefore[w + 1] = punctuationBefore[w] + (upos[w] == "PUNCT" ? 1 : 0);
            }

            punctuationBefore[Count + 1] = punctuationBefore[Count];

            words[Count] = 7;
            tags[Count] = 19;
        }

        public int Count { get; }

        public ulong Word(int w) => w < 0 ? 0 : words[w];

        public ulong Tag(int w) => w < 0 ? 0 : tags[w];

        public ulong Suffix(int w) => w < 0 ? 0 : suffixes[w];

        public ulong Shape(int w) => w < 0 ? 0 : shapes[w];

        /// <summary>Punctuation marks strictly between words <paramref name="a"/> &lt; <paramref name="b"/>, counted up to 3.</summary>
        public ulong PunctuationBetween(int a, int b) => (ulong)Math.Min(3, punctuationBefore[b] - punctuationBefore[a + 1]);

        public bool IsFunctionTag(int w) => tags[w] == (ulong)TagIndex["ADP"] || tags[w] == (ulong)TagIndex["SCONJ"]
            || tags[w] == (ulong)TagIndex["PART"] || tags[w] == (ulong)TagIndex["AUX"];

        public bool IsNominalTag(int w) => tags[w] == (ulong)TagIndex["NOUN"] || tags[w] == (ulong)TagIndex["PROPN"]
            || tags[w] == (ulong)TagIndex["PRON"];
    }

    /// <summary>Each word's children in sentence order, from a finished tree: one array, sorted by head.</summary>
    private readonly struct Children
    {
        private readonly int[] order;
        private readonly int[] start;

        public Children(int[] heads)
        {
            var n = heads.Length;
            start = new int[n + 2];
            foreach (var h in heads)
            {
                start[h + 1]++;
            }

            for (var w = 0; w <= n; w++)
            {
                start[w + 1] += start[w];
            }

            order = new int[n];
            var next = start[..^1];
            for (var w = 0; w < n; w++)
            {
                order[next[heads[w]]++] = w;
            }
        }

        /// <summary>The children of word <paramref name="w"/> (the root is the word count), in sentence order.</summary>
        public ReadOnlySpan<int> Of(int w) => order.AsSpan(start[w], start[w + 1] - start[w]);
    }

    /// <summary>Stack, buffer front and the arcs built so far; the root sits at the end of the buffer.</summary>
    private sealed class ParseState
    {
        // Per word, the only children the features look at: the two leftmost and the two rightmost, and how many
        // there are on each side, in one array (six numbers a word) rather than two lists a word.
        private const int Leftmost = 0;
        private const int SecondLeftmost = 1;
        private const int Rightmost = 2;
        private const int SecondRightmost = 3;
        private const int LeftTotal = 4;
        private const int RightTotal = 5;
        private const int PerWord = 6;

        private readonly int[] children;

        public ParseState(int count)
        {
            Count = count;
            Heads = new int[count];
            Array.Fill(Heads, -1);
            children = new int[(count + 1) * PerWord];
            for (var w = 0; w <= count; w++)
            {
                var at = w * PerWord;
                children[at + Leftmost] = children[at + SecondLeftmost] = children[at + Rightmost] = children[at + SecondRightmost] = -1;
            }
        }

        public int Count { get; }

        public List<int> Stack { get; } = [];

        /// <summary>The buffer front; <see cref="Count"/> is the root.</summary>
        public int Next { get; private set; }

        public int[] Heads { get; }

        /// <summary>The <paramref name="nth"/> (0 or 1) leftmost child of <paramref name="w"/>, or -1.</summary>
        public int LeftChild(int w, int nth) => w >= 0 ? children[w * PerWord + Leftmost + nth] : -1;

        /// <summary>The <paramref name="nth"/> (0 or 1) rightmost child of <paramref name="w"/>, or -1.</summary>
        public int RightChild(int w, int nth) => w >= 0 ? children[w * PerWord + Rightmost + nth] : -1;

        public int LeftCount(int w) => w >= 0 ? children[w * PerWord + LeftTotal] : 0;

        public int RightCount(int w) => w >= 0 ? children[w * PerWord + RightTotal] : 0;

        /// <summary>Shift while words remain; attach the stack top to the root only when it is the last one left, so a sentence has one root.</summary>
        public void ValidMoves(Span<bool> valid)
        {
            valid[Shift] = Next < Count;
            valid[Right] = Stack.Count >= 2;
            valid[Left] = Stack.Count >= 1 && (Next < Count || Stack.Count == 1);
        }

        public void Apply(int move)
        {
            switch (move)
            {
                case Shift:
                    Stack.Add(Next);
                    Next++;
                    break;
                case Right:
                {
                    var dependent = Stack[^1];
                    Stack.RemoveAt(Stack.Count - 1);
                    var head = Stack[^1];
                    Heads[dependent] = head;
                    // Right arcs reach a head left to right: the new child is its rightmost.
                    var at = head * PerWord;
                    children[at + SecondRightmost] = children[at + Rightmost];
                    children[at + Rightmost] = dependent;
                    children[at + RightTotal]++;
                    break;
                }

                default:
                {
                    var dependent = Stack[^1];
                    Stack.RemoveAt(Stack.Count - 1);
                    Heads[dependent] = Next;
                    // Left arcs reach a head right to left: the new child is its leftmost.
                    var at = Next * PerWord;
                    children[at + SecondLeftmost] = children[at + Leftmost];
                    children[at + Leftmost] = dependent;
                    children[at + LeftTotal]++;
                    break;
                }
            }
        }
    }
}
