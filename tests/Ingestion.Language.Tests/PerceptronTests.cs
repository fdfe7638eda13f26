namespace Ingestion.Language.Tests;

public sealed class PerceptronTests
{
    [Fact]
    public void The_averaged_perceptron_learns_a_separable_rule_and_survives_the_compact_round_trip()
    {
        // Class 1 when feature 10 is on, class 0 when feature 20 is on; feature 30 is noise on both.
        var perceptron = new AveragedPerceptron(2);
        Span<float> scores = stackalloc float[2];
        for (var pass = 0; pass < 5; pass++)
        {
            foreach (var (features, truth) in new[] { (new uint[] { 10, 30 }, 1), (new uint[] { 20, 30 }, 0) })
            {
                perceptron.Score(features, scores);
                perceptron.Update(truth, scores[1] > scores[0] ? 1 : 0, features);
            }
        }

        perceptron.Average();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            perceptron.Compact(0f).Write(writer);
        }

        stream.Position = 0;
        var model = CompactModel.Read(new BinaryReader(stream));
        model.Score([10u, 30u], scores);
        scores[1].ShouldBeGreaterThan(scores[0]);
        model.Score([20u, 30u], scores);
        scores[0].ShouldBeGreaterThan(scores[1]);
        model.Score([99u], scores);
        scores.ToArray().ShouldBe([0f, 0f]);
    }

    [Fact]
    public void A_compact_model_scores_features_with_few_and_many_weights_alike_before_and_after_the_file_round_trip()
    {
        // Feature 1 has weights for all five classes (more than a slot holds), feature 2 for two, feature 3 one
        // weight below the pruning threshold used at the end; feature 99 is unknown to the model.
        var model = CompactModel.From(5, [
            (1u, [0, 1, 2, 3, 4], [0.5f, -1.25f, 2f, 0.75f, -3f]),
            (2u, [1, 4], [1.5f, 2.5f]),
            (3u, [2], [0.01f]),
        ]);
        Span<float> before = stackalloc float[5];
        model.Score([1u, 2u, 3u, 99u], before);
        before.ToArray().ShouldBe([0.5f, 0.25f, 2.01f, 0.75f, -0.5f], tolerance: 0.001f);
        model.Features.ShouldBe(3);
        model.Weights.ShouldBe(8);

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        stream.Position = 0;
        var read = CompactModel.Read(new BinaryReader(stream));
        Span<float> after = stackalloc float[5];
        read.Score([1u, 2u, 3u, 99u], after);
        after.ToArray().ShouldBe(before.ToArray());

        var pruned = read.Pruned(0.1f);
        pruned.Features.ShouldBe(2);
        pruned.Score([3u], after);
        after.ToArray().ShouldBe([0f, 0f, 0f, 0f, 0f]);
    }

    [Fact]
    public void A_model_of_three_classes_scores_to_the_bit_what_the_general_layout_scores_and_keeps_it_through_the_file()
    {
        // A model of at most three classes (the parser's transitions) is laid out one weight per class in each slot;
        // the same weights under a fourth, unused class take the general layout. Enough features that probes collide,
        // features with one, two or three weights, the feature 0, and unknown features.
        var random = new Random(7);
        var entries = new List<(uint Key, byte[] Classes, float[] Weights)>();
        for (var key = 0u; key < 3000; key += 1 + (uint)random.Next(3))
        {
            var classes = Enumerable.Range(0, 3).Where(_ => random.Next(3) > 0).Select(c => (byte)c).ToArray();
            if (classes.Length == 0)
            {
                continue;
            }

            entries.Add((key, classes, [.. classes.Select(_ => (float)Math.Round((random.NextDouble() - 0.5) * 8, 3))]));
        }

        var dense = CompactModel.From(3, entries);
        var general = CompactModel.From(4, entries);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            dense.Write(writer);
        }

        stream.Position = 0;
        var read = CompactModel.Read(new BinaryReader(stream));
        dense.Features.ShouldBe(general.Features);
        read.Features.ShouldBe(dense.Features);
        read.Weights.ShouldBe(general.Weights);
        Span<float> denseScores = stackalloc float[3];
        Span<float> readScores = stackalloc float[3];
        Span<float> generalScores = stackalloc float[4];
        for (var trial = 0; trial < 200; trial++)
        {
            var features = Enumerable.Range(0, 1 + random.Next(40)).Select(_ => (uint)random.Next(3500)).ToArray();
            dense.Score(features, denseScores);
            read.Score(features, readScores);
            general.Score(features, generalScores);
            for (var c = 0; c < 3; c++)
            {
                // Exact equality (no tolerance): +0 and -0 count as equal, which no argmax tells apart.
                denseScores[c].ShouldBe(generalScores[c]);
                readScores[c].ShouldBe(denseScores[c]);
            }

            generalScores[3].ShouldBe(0f);
        }
    }

    [Fact]
    public void Lifting_makes_a_crossing_tree_projective()
    {
        // Word 1's head is word 3, but word 2 between them hangs from the root: the arc crosses. Lifted, word 1
        // hangs from word 3's head, word 2. Heads are 0-based; 4 is the root.
        DependencyParser.Projective([2, 3, 4, 2]).ShouldBe([2, 2, 4, 2]);
        DependencyParser.Projective([1, 3, 1]).ShouldBe([1, 3, 1]);
    }
}
