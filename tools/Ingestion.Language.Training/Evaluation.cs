using System.Diagnostics;

namespace Ingestion.Language.Training;

/// <summary>
/// Scores the models as they are in the model folder, without training anything: UPOS accuracy, lemma accuracy
/// (with gold and with predicted tags), UAS and LAS with predicted tags on EWT dev and test, the tagger's and
/// parser's speed in words per second, and the model files' sizes.
/// </summary>
internal static class Evaluation
{
    /// <summary>Timed passes over the test file per component; the fastest is reported, so a busy machine's
    /// stalls in one pass do not count against the model.</summary>
    private const int SpeedPasses = 5;

    public static int Run(TrainingCorpus corpus, string modelFolder)
    {
        foreach (var name in new[] { "pos.bin", "parser.bin", "lemmas.bin" })
        {
            var file = new FileInfo(Path.Combine(modelFolder, name));
            Console.WriteLine($"{name}: {file.Length:N0} bytes ({file.Length / 1024.0 / 1024.0:F2} MB)");
        }

        var load = Stopwatch.StartNew();
        var tagger = Read(modelFolder, "pos.bin", PosTagger.Read);
        var taggerLoad = load.Elapsed.TotalMilliseconds;
        load.Restart();
        var parser = Read(modelFolder, "parser.bin", DependencyParser.Read);
        var parserLoad = load.Elapsed.TotalMilliseconds;
        var lemmatizer = Read(modelFolder, "lemmas.bin", Lemmatizer.Read);
        Console.WriteLine($"load: tagger {taggerLoad:F0} ms, parser {parserLoad:F0} ms; tagger {tagger.FeatureCount:N0} features, " +
            $"parser {parser.FeatureCounts.Transitions:N0} transition + {parser.FeatureCounts.Labels:N0} label features");

        foreach (var (name, sentences) in new[] { ("EWT dev", corpus.EwtDev().ToList()), ("EWT test", corpus.EwtTest().ToList()) })
        {
            var words = sentences.Select(s => s.Tokens.Select(t => t.Form).ToArray()).ToList();
            var predicted = words.Select(w => tagger.Tag(w)).ToList();
            var (tagsRight, lemmasGold, lemmasPredicted, headsRight, labelledRight, total) = (0, 0, 0, 0, 0, 0);
            for (var s = 0; s < sentences.Count; s++)
            {
                var parse = parser.Parse(words[s], predicted[s]);
                for (var w = 0; w < words[s].Length; w++)
                {
                    var token = sentences[s].Tokens[w];
                    tagsRight += predicted[s][w] == token.Upos ? 1 : 0;
                    lemmasGold += SameLemma(lemmatizer.Lemma(token.Form, token.Upos), token) ? 1 : 0;
                    lemmasPredicted += SameLemma(lemmatizer.Lemma(token.Form, predicted[s][w]), token) ? 1 : 0;
                    var headRight = parse.Heads[w] == token.Head;
                    headsRight += headRight ? 1 : 0;
                    labelledRight += headRight && parse.Relations[w] == token.Deprel ? 1 : 0;
                    total++;
                }
            }

            Console.WriteLine($"{name}: {sentences.Count} sentences, {total} words; UPOS {Percent(tagsRight, total)}; " +
                $"lemma {Percent(lemmasGold, total)} (gold tags), {Percent(lemmasPredicted, total)} (predicted tags); " +
                $"UAS {Percent(headsRight, total)}, LAS {Percent(labelledRight, total)} (predicted tags, punctuation included)");

            if (name == "EWT test")
            {
                var taggerSpeed = WordsPerSecond(total, () =>
                {
                    foreach (var w in words)
                    {
                        tagger.Tag(w);
                    }
                });
                var parserSpeed = WordsPerSecond(total, () =>
                {
                    for (var s = 0; s < words.Count; s++)
                    {
                        parser.Parse(words[s], predicted[s]);
                    }
                });
                Console.WriteLine($"speed on {name} (one thread, processor time, fastest of {SpeedPasses} passes): tagger {taggerSpeed:N0} words/s, parser {parserSpeed:N0} words/s (tags given)");
            }
        }

        return 0;
    }

    /// <summary>Reads the tagger and parser in whichever layout they were written and writes them in the current one.</summary>
    public static int Convert(string modelFolder)
    {
        var tagger = Read(modelFolder, "pos.bin", PosTagger.Read);
        var parser = Read(modelFolder, "parser.bin", DependencyParser.Read);
        foreach (var (name, write) in new (string, Action<Stream>)[] { ("pos.bin", tagger.Write), ("parser.bin", parser.Write) })
        {
            var path = Path.Combine(modelFolder, name);
            var before = new FileInfo(path).Length;
            using (var file = File.Create(path))
            {
                write(file);
            }

            Console.WriteLine($"{name}: {before:N0} -> {new FileInfo(path).Length:N0} bytes");
        }

        return 0;
    }

    private static bool SameLemma(string lemma, ConlluToken token) =>
        string.Equals(lemma, token.Lemma, token.Upos == "PROPN" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static string Percent(int right, int total) => $"{100.0 * right / total:F2}%";

    /// <summary>
    /// Words per second of processor time (the process's, in which this one thread does the work), the fastest
    /// of the timed passes: on a shared machine the wall clock also counts the time other processes held the
    /// cores, the processor time does not.
    /// </summary>
    private static double WordsPerSecond(int words, Action pass)
    {
        pass(); // the first pass compiles and warms the caches
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < SpeedPasses; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            pass();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
        }

        return words / best;
    }

    private static T Read<T>(string folder, string name, Func<Stream, T> read)
    {
        using var file = File.OpenRead(Path.Combine(folder, name));
        return read(file);
    }
}
