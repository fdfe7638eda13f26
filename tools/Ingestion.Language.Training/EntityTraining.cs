using System.Collections.Frozen;
using System.Diagnostics;
using Ingestion.Contracts;
using Ingestion.Enrichment;

namespace Ingestion.Language.Training;

/// <summary>
/// The <c>ner</c> verb: trains the entity recogniser of the enricher (<see cref="EntityTagger"/>) on the entity
/// annotations of GUM's CC BY genres, holds out a fixed fifth of each genre's documents, reports span precision,
/// recall and F1 per type on them, and writes <c>src/Ingestion.Enrichment/Models/entities.bin</c>.
/// <para>
/// Which GUM mentions are named entities, and where the name is (written down in docs/benchmarks.md): GUM marks
/// every mention ("the second campaign", "co-star Jensen Ackles") with its entity type; a mention is a named
/// entity when one of its minimal head words is a proper noun (UPOS PROPN), which is how GUM's own
/// documentation tells names from descriptions. The name is the run of name words around that head inside the
/// mention: proper nouns and capitalised words, joined through the connectors names use ("of", "the" after it,
/// "and" when the mention has one proper-noun head, "de", hyphens), less leading function words and, for
/// persons, titles ("President", "Dr."), as the project's annotation writes names. Nested names give way to
/// the longest ("University of Texas", not "Texas" inside it).
/// </para>
/// <para>
/// GUM's types map to the contract's: person to PERSON (a demonym, "Americans", to NORP), organization to ORG,
/// event to EVENT, place to GPE or LOC as the gazetteer says (a world region is LOC, a country, region or city
/// GPE; a place it lacks is LOC when its last word is a natural feature's or a building's, else GPE). The other
/// types (abstract, object, time, ...) are not entities of the contract and stay O.
/// </para>
/// </summary>
internal static class EntityTraining
{
    public const int Passes = 12;
    public const int Seed = 23;
    public const float Prune = 0.05f;

    /// <summary>Every fifth document of a genre, in name order, from the third on, is held out.</summary>
    private const int HeldOutEvery = 5;

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "&", "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "al", "bin", "-", "for"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GeographicHeads = Lexicon.Set("geographic-heads");
    private static readonly FrozenSet<string> FacilityHeads = Lexicon.Set("facility-heads");
    private static readonly FrozenSet<string> LocalFeatureHeads = Lexicon.Set("local-feature-heads");

    public sealed record Document(string Name, string Genre, List<ConlluSentence> Sentences);

    public sealed record Example(string[] Words, string[] Tags, List<(int Start, int End, EntityType Type)> Spans);

    public static int Run(TrainingCorpus corpus, string outputFolder, string mode)
    {
        var documents = Documents(corpus);
        var (train, heldOut) = Split(documents);
        Console.WriteLine($"GUM: {train.Count} training documents, {heldOut.Count} held out ({string.Join(", ", heldOut.Select(d => d.Name))})");
        var path = Path.Combine(outputFolder, "entities.bin");
        var heldOutExamples = Examples(heldOut);
        if (mode == "evaluate")
        {
            using var file = File.OpenRead(path);
            Score("GUM held out", EntityTagger.Read(file), heldOutExamples);
            return 0;
        }

        var trainExamples = Examples(train);
        Console.WriteLine($"train: {trainExamples.Count} sentences, {trainExamples.Sum(e => e.Spans.Count)} names; held out: {heldOutExamples.Count} sentences, {heldOutExamples.Sum(e => e.Spans.Count)} names");
        foreach (var type in EntityLabels.Types)
        {
            Console.WriteLine($"  {type}: {trainExamples.Sum(e => e.Spans.Count(s => s.Type == type))} train, {heldOutExamples.Sum(e => e.Spans.Count(s => s.Type == type))} held out");
        }

        var passes = int.TryParse(Environment.GetEnvironmentVariable("NER_PASSES"), out var p) ? p : Passes;
        var prune = float.TryParse(Environment.GetEnvironmentVariable("NER_PRUNE"), System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : Prune;
        var stopwatch = Stopwatch.StartNew();
        var trained = EntityTagger.Train(
            [.. trainExamples.Select(e => (Context(e), EntityLabels.Encode(e.Words.Length, e.Spans)))], passes, Seed, Console.WriteLine);
        Console.WriteLine($"trained in {stopwatch.Elapsed.TotalSeconds:F0} s");
        Directory.CreateDirectory(outputFolder);
        using (var file = File.Create(path))
        {
            trained.Compacted(prune).Write(file);
        }

        // Score the model as it will be used: read back from the file, half-precision weights and all.
        EntityTagger tagger;
        using (var file = File.OpenRead(path))
        {
            tagger = EntityTagger.Read(file);
        }

        Console.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1024.0 / 1024.0:F2} MB, {tagger.FeatureCount:N0} features");
        Score("GUM held out", tagger, heldOutExamples);
        return 0;
    }

    public static List<Document> Documents(TrainingCorpus corpus) =>
        [.. Directory.EnumerateFiles(Path.Combine(corpus.UdFolder, "gum", "not-to-release", "sources"), "GUM_*.conllu")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return new Document(name, name.Split('_')[1], [.. ConlluReader.ReadFile(path)]);
            })];

    /// <summary>Per genre, in name order, documents 3, 8, 13, ... are held out: a fixed fifth of each genre.</summary>
    public static (List<Document> Train, List<Document> HeldOut) Split(List<Document> documents)
    {
        var (train, heldOut) = (new List<Document>(), new List<Document>());
        foreach (var genre in documents.GroupBy(d => d.Genre))
        {
            var index = 0;
            foreach (var document in genre.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                (index++ % HeldOutEvery == 2 ? heldOut : train).Add(document);
            }
        }

        return (train, heldOut);
    }

    public static List<Example> Examples(IEnumerable<Document> documents)
    {
        var examples = new List<Example>();
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            var words = sentence.Tokens.Select(t => TrainedEntityRecognizer.TaggerForm(t.Form)).ToArray();
            // The tags the recogniser will see at run time: the tagger's, not the treebank's.
            var tags = PosTagger.Default.Tag(words);
            examples.Add(new Example(words, tags, NamedSpans(sentence, ConlluEntities.Read(sentence))));
        }

        return examples;
    }

    private static EntityFeatureContext Context(Example example) => new(example.Words, example.Tags, Gazetteer.Instance);

    /// <summary>The names of a sentence's mentions, typed for the contract, without overlaps (the longest wins).</summary>
    public static List<(int Start, int End, EntityType Type)> NamedSpans(ConlluSentence sentence, List<ConlluMention> mentions)
    {
        var candidates = new List<(int Start, int End, EntityType Type)>();
        var tokens = sentence.Tokens;
        foreach (var mention in mentions)
        {
            if (mention.Type is not ("person" or "organization" or "place" or "event"))
            {
                continue;
            }

            var properHeads = NameHeads(tokens, mention);
            foreach (var head in properHeads)
            {
                var (start, end) = (head, head);
                var bridgeAnd = properHeads.Count == 1;
                while (Extend(tokens, mention, start, -1, bridgeAnd) is var left && left != start)
                {
                    start = left;
                }

                while (Extend(tokens, mention, end, +1, bridgeAnd) is var right && right != end)
                {
                    end = right;
                }

                while (start < end && (KnownNames.FunctionWords.Contains(tokens[start].Form)
                    || (mention.Type == "person" && (KnownNames.Titles.Contains(tokens[start].Form) || KnownNames.RoleNouns.Contains(tokens[start].Form.ToLowerInvariant())))))
                {
                    start++;
                }

                if (!IsNameWord(tokens[start]) || !IsNameWord(tokens[end]))
                {
                    continue;
                }

                candidates.Add((start, end, TypeOf(mention.Type, tokens, start, end)));
            }
        }

        var chosen = new List<(int Start, int End, EntityType Type)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (!chosen.Exists(c => c.Start <= candidate.End && candidate.Start <= c.End))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>
    /// The proper nouns that head a mention's name: the mention's syntactic head (its word whose head lies outside
    /// it) when that is a proper noun; else a minimal head word that is a proper noun in apposition to it, or
    /// compounded or flat with it ("co-star [Jensen Ackles]"). GUM's minimal spans also list words far inside a
    /// mention ("Texas" of "Stephenville High School in Texas", the last word of a clause an event mention
    /// covers), which are not its name.
    /// </summary>
    private static List<int> NameHeads(IReadOnlyList<ConlluToken> tokens, ConlluMention mention)
    {
        var root = -1;
        for (var w = mention.Start; w <= mention.End; w++)
        {
            var head = tokens[w].Head - 1;
            if ((head < mention.Start || head > mention.End) && tokens[w].Upos != "PUNCT")
            {
                root = w;
                break;
            }
        }

        if (root < 0)
        {
            return [];
        }

        if (tokens[root].Upos == "PROPN")
        {
            return [root];
        }

        if (tokens[root].Upos is not ("NOUN" or "PRON" or "NUM" or "ADJ" or "X"))
        {
            return [];
        }

        return [.. mention.Heads.Distinct().Where(h => tokens[h].Upos == "PROPN" && tokens[h].Head - 1 == root
            && tokens[h].Deprel.Split(':')[0] is "appos" or "flat" or "compound")];
    }

    /// <summary>The next word of the name from <paramref name="from"/> in <paramref name="step"/>'s direction, through up to two connectors; <paramref name="from"/> when the name ends.</summary>
    private static int Extend(IReadOnlyList<ConlluToken> tokens, ConlluMention mention, int from, int step, bool bridgeAnd)
    {
        var next = from + step;
        for (var connectors = 0; connectors <= 2 && next >= mention.Start && next <= mention.End; connectors++, next += step)
        {
            if (IsNameWord(tokens[next]))
            {
                return next;
            }

            var form = tokens[next].Form;
            if (!Connectors.Contains(form) || (!bridgeAnd && form is "and" or "&"))
            {
                break;
            }
        }

        return from;
    }

    private static bool IsNameWord(ConlluToken token) =>
        token.Upos == "PROPN" || (char.IsUpper(token.Form[0]) && token.Upos is "NOUN" or "ADJ" or "NUM" or "X" or "VERB")
        || (token.Upos == "NUM" && token.Form.All(char.IsAsciiDigit));

    private static EntityType TypeOf(string gumType, IReadOnlyList<ConlluToken> tokens, int start, int end)
    {
        var name = EntityFeatureContext.Joined([.. tokens.Select(t => t.Form)], start, end);
        switch (gumType)
        {
            case "person":
                return start == end && Gazetteer.Instance.CountryOfDemonym(name) is not null ? EntityType.Nationality : EntityType.Person;
            case "organization":
                return EntityType.Organization;
            case "event":
                return EntityType.Event;
        }

        var places = Gazetteer.Instance.Lookup(name);
        if (places.Count > 0)
        {
            return places.Any(p => p.Kind != PlaceKind.Region) ? EntityType.GeopoliticalEntity : EntityType.Location;
        }

        var last = tokens[end].Form;
        return GeographicHeads.Contains(last) || FacilityHeads.Contains(last) || LocalFeatureHeads.Contains(last)
            ? EntityType.Location
            : EntityType.GeopoliticalEntity;
    }

    /// <summary>Exact-span precision, recall and F1, per type and over all (typed and untyped).</summary>
    public static void Score(string name, EntityTagger tagger, List<Example> examples)
    {
        var gold = new List<(int Sentence, int Start, int End, EntityType Type)>();
        var predicted = new List<(int Sentence, int Start, int End, EntityType Type)>();
        var stopwatch = Stopwatch.StartNew();
        var words = 0;
        for (var s = 0; s < examples.Count; s++)
        {
            var labels = tagger.Label(Context(examples[s]));
            words += labels.Length;
            predicted.AddRange(EntityLabels.Decode(labels).Select(p => (s, p.Start, p.End, p.Type)));
            gold.AddRange(examples[s].Spans.Select(g => (s, g.Start, g.End, g.Type)));
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var goldSet = gold.ToHashSet();
        if (Environment.GetEnvironmentVariable("NER_ERRORS") == "1")
        {
            // Every sentence where the model and the gold differ, both bracketed, for reading the classes of error.
            var predictedSet = predicted.ToHashSet();
            for (var s = 0; s < examples.Count; s++)
            {
                var g = gold.Where(x => x.Sentence == s).ToList();
                var p = predicted.Where(x => x.Sentence == s).ToList();
                if (!g.All(predictedSet.Contains) || !p.All(goldSet.Contains))
                {
                    Console.WriteLine($"gold: {Bracketed(examples[s].Words, g.Select(x => (x.Start, x.End, x.Type)))}");
                    Console.WriteLine($"got:  {Bracketed(examples[s].Words, p.Select(x => (x.Start, x.End, x.Type)))}");
                }
            }
        }

        var untypedGold = gold.Select(g => (g.Sentence, g.Start, g.End)).ToHashSet();
        Console.WriteLine($"{name}: {gold.Count} names, {predicted.Count} predicted, {words / seconds:N0} words/s (features and labels)");
        foreach (var type in EntityLabels.Types)
        {
            var g = gold.Count(x => x.Type == type);
            var p = predicted.Count(x => x.Type == type);
            var right = predicted.Count(x => x.Type == type && goldSet.Contains(x));
            Console.WriteLine(Line($"  {type,-20}", right, p, g));
        }

        Console.WriteLine(Line("  all, typed          ", predicted.Count(goldSet.Contains), predicted.Count, gold.Count));
        Console.WriteLine(Line("  all, span only      ", predicted.Count(x => untypedGold.Contains((x.Sentence, x.Start, x.End))), predicted.Count, gold.Count));
    }

    private static string Bracketed(string[] words, IEnumerable<(int Start, int End, EntityType Type)> spans)
    {
        var text = words.ToArray();
        foreach (var (start, end, type) in spans)
        {
            text[start] = "[" + text[start];
            text[end] += "]" + type switch
            {
                EntityType.Person => "PER",
                EntityType.Organization => "ORG",
                EntityType.GeopoliticalEntity => "GPE",
                EntityType.Location => "LOC",
                EntityType.Nationality => "NORP",
                _ => "EVT",
            };
        }

        return string.Join(' ', text);
    }

    private static string Line(string label, int right, int predicted, int gold)
    {
        var precision = predicted == 0 ? 0 : (double)right / predicted;
        var recall = gold == 0 ? 0 : (double)right / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return $"{label} P {precision:F3} ({right}/{predicted})  R {recall:F3} ({right}/{gold})  F1 {f1:F3}";
    }
}
