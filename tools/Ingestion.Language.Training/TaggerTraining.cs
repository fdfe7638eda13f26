using System.Diagnostics;

namespace Ingestion.Language.Training;

/// <summary>Trains the tagger on EWT train + GUM, scores it on EWT dev and test, writes <c>pos.bin</c>.</summary>
internal static class TaggerTraining
{
    public const int Passes = 12;
    public const int Seed = 17;
    public const float Prune = 0.02f;

    public static int Run(TrainingCorpus corpus, string outputFolder)
    {
        var train = Sentences(Environment.GetEnvironmentVariable("TAGGER_EWT_ONLY") == "1" ? corpus.EwtTrain() : corpus.Train());
        var passes = int.TryParse(Environment.GetEnvironmentVariable("TAGGER_PASSES"), out var p) ? p : Passes;
        var prune = float.TryParse(Environment.GetEnvironmentVariable("TAGGER_PRUNE"), out var q) ? q : Prune;
        var stopwatch = Stopwatch.StartNew();
        var trained = PosTagger.Train(train, passes, Seed, Console.WriteLine);
        Console.WriteLine($"trained in {stopwatch.Elapsed.TotalSeconds:F0} s");
        var path = Path.Combine(outputFolder, "pos.bin");
        Directory.CreateDirectory(outputFolder);
        using (var file = File.Create(path))
        {
            trained.Compacted(prune).Write(file);
        }

        // Score the model as it will be used: read back from the file, half-precision weights and all.
        PosTagger tagger;
        using (var file = File.OpenRead(path))
        {
            tagger = PosTagger.Read(file);
        }

        Console.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1024.0 / 1024.0:F2} MB, {tagger.FeatureCount:N0} features");
        Score("EWT dev", tagger, Sentences(corpus.EwtDev()));
        Score("EWT test", tagger, Sentences(corpus.EwtTest()));
        return 0;
    }

    public static List<(string[] Words, string[] Tags)> Sentences(IEnumerable<ConlluSentence> sentences) =>
        [.. sentences.Select(s => (s.Tokens.Select(t => t.Form).ToArray(), s.Tokens.Select(t => t.Upos).ToArray()))];

    public static double Score(string name, PosTagger tagger, List<(string[] Words, string[] Tags)> sentences)
    {
        var (right, total) = (0, 0);
        var stopwatch = Stopwatch.StartNew();
        foreach (var (words, gold) in sentences)
        {
            var tags = tagger.Tag(words);
            for (var i = 0; i < tags.Length; i++)
            {
                right += tags[i] == gold[i] ? 1 : 0;
            }

            total += tags.Length;
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (Environment.GetEnvironmentVariable("TAGGER_CONFUSION") == "1")
        {
            var confusions = new Dictionary<string, int>();
            foreach (var (words, gold) in sentences)
            {
                var tags = tagger.Tag(words);
                for (var i = 0; i < tags.Length; i++)
                {
                    if (tags[i] != gold[i])
                    {
                        var key = $"{gold[i]}->{tags[i]}";
                        confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    }
                }
            }

            Console.WriteLine(string.Join(", ", confusions.OrderByDescending(p => p.Value).Take(14).Select(p => $"{p.Key} {p.Value}")));
        }

        var accuracy = (double)right / total;
        Console.WriteLine($"{name}: UPOS accuracy {100 * accuracy:F2}% ({right}/{total} words), {total / seconds:N0} words/s");
        return accuracy;
    }
}
