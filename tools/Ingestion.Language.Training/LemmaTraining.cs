namespace Ingestion.Language.Training;

/// <summary>Builds the lemma tables from EWT train + GUM and scores the lemmatizer on EWT test (gold tags).</summary>
internal static class LemmaTraining
{
    public static int Run(TrainingCorpus corpus, string outputFolder)
    {
        var trained = Lemmatizer.Train(corpus.Train().SelectMany(s => s.Tokens).Select(t => (t.Form, t.Upos, t.Lemma)));
        var path = Path.Combine(outputFolder, "lemmas.bin");
        using (var file = File.Create(path))
        {
            trained.Write(file);
        }

        Lemmatizer lemmatizer;
        using (var file = File.OpenRead(path))
        {
            lemmatizer = Lemmatizer.Read(file);
        }

        Console.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1024.0:F0} KB, {lemmatizer.ExceptionCount:N0} exceptions");
        foreach (var (name, sentences) in new[] { ("EWT dev", corpus.EwtDev()), ("EWT test", corpus.EwtTest()) })
        {
            var (right, total, verbsRight, verbs) = (0, 0, 0, 0);
            foreach (var token in sentences.SelectMany(s => s.Tokens))
            {
                var ok = string.Equals(lemmatizer.Lemma(token.Form, token.Upos), token.Lemma, token.Upos == "PROPN" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
                right += ok ? 1 : 0;
                total++;
                if (token.Upos == "VERB")
                {
                    verbs++;
                    verbsRight += ok ? 1 : 0;
                }
            }

            Console.WriteLine($"{name} (gold tags): lemma accuracy {100.0 * right / total:F2}%, verbs {100.0 * verbsRight / verbs:F2}%");
        }

        return 0;
    }
}
