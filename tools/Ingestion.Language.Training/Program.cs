using Ingestion.Language;
using Ingestion.Language.Training;

// Usage: dotnet run -c Release --project tools/Ingestion.Language.Training -- VERB [--ud DIR] [--out DIR]
//   corpus   counts the training and held-out sentences and words
//   tagger   trains the part-of-speech tagger, scores it on EWT dev and test, writes Models/pos.bin
//   lemmas   builds the lemma tables, scores them on EWT dev and test, writes Models/lemmas.bin
//   parser   trains the dependency parser, scores it on EWT dev and test, writes Models/parser.bin
//   evaluate scores the models in Models/ on EWT dev and test (UPOS, lemmas, UAS/LAS, words/s, sizes)
//   ner train|evaluate  trains the enricher's entity recogniser on GUM's entity annotations (a fixed fifth of
//            each genre held out), scores spans per type on the held-out documents, writes
//            src/Ingestion.Enrichment/Models/entities.bin (evaluate: scores the model there)
//   parse TEXT  prints the embedded models' analysis of one sentence (word, tag, lemma, head, relation)
//   convert  rewrites Models/pos.bin and Models/parser.bin in the current file layout (same weights)
//   prune-parser W [L]  drops the parser's transition weights below W (its labeller's below L, or W) from
//            Models/parser.bin and scores it again
var repositoryRoot = FindRepositoryRoot();
var verb = args.Length > 0 ? args[0] : "corpus";
var ud = Option("--ud") ?? TrainingCorpus.DefaultUdFolder(repositoryRoot);
var output = Option("--out") ?? Path.Combine(repositoryRoot, "src", "Ingestion.Language", "Models");
var corpus = new TrainingCorpus(ud);

switch (verb)
{
    case "corpus":
        Count("train (EWT train + GUM)", corpus.Train());
        Count("EWT train", corpus.EwtTrain());
        Count("GUM", corpus.Gum());
        Count("EWT dev", corpus.EwtDev());
        Count("EWT test", corpus.EwtTest());
        return 0;
    case "tagger":
        return TaggerTraining.Run(corpus, output);
    case "lemmas":
        return LemmaTraining.Run(corpus, output);
    case "parser":
        return ParserTraining.Run(corpus, output);
    case "evaluate":
        return Evaluation.Run(corpus, output);
    case "ner":
        return EntityTraining.Run(corpus, Option("--out") ?? Path.Combine(repositoryRoot, "src", "Ingestion.Enrichment", "Models"),
            args.Length > 1 && args[1] == "evaluate" ? "evaluate" : "train");
    case "parse":
        var analysis = SentenceAnalyzer.Default.Analyze(string.Join(' ', args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))));
        for (var w = 0; w < analysis.Count; w++)
        {
            Console.WriteLine($"{w + 1}\t{analysis.Words[w].Text}\t{analysis.Lemmas[w]}\t{analysis.Upos[w]}\t{analysis.Heads[w]}\t{analysis.Relations[w]}");
        }

        return 0;
    case "convert":
        return Evaluation.Convert(output);
    case "prune-parser":
        return ParserTraining.PruneModel(corpus, output, float.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
            args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? float.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null);
    default:
        Console.Error.WriteLine($"unknown verb '{verb}' (corpus, tagger, lemmas, parser, evaluate, ner, parse, convert, prune-parser)");
        return 2;
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static void Count(string name, IEnumerable<Ingestion.Language.ConlluSentence> sentences)
{
    var (count, words) = (0, 0);
    foreach (var s in sentences)
    {
        count++;
        words += s.Tokens.Count;
    }

    Console.WriteLine($"{name}: {count} sentences, {words} words");
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Ingestion.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
