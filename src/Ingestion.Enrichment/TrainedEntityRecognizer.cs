using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>How the enricher uses the trained entity recogniser (<see cref="EntityTagger"/>) beside the rules.</summary>
public enum EntityModelMode
{
    /// <summary>The rules alone (<see cref="EntityRecognizer"/>); the model is never loaded.</summary>
    Off,

    /// <summary>The model alone, for comparison: its spans and types replace the rules' in claims.</summary>
    Alone,

    /// <summary>The rules, with the model's spans added where the rules found nothing (<see cref="TrainedEntityRecognizer.Combine"/>).</summary>
    Combined,
}

/// <summary>
/// Entities of a claim as the trained model reads them: the claim's UD words (<see cref="Tokenizer.Words"/>), their
/// tags (<see cref="PosTagger"/>, once per claim: the text stage's tags do not travel with the claim message), the
/// BILOU labels of <see cref="EntityTagger"/>; a place the model finds is pointed at the gazetteer entry the rules'
/// lookup gives it. Stateless: safe to use from many threads.
/// </summary>
internal sealed class TrainedEntityRecognizer(EntityRecognizer rules, Gazetteer gazetteer, EntityTagger tagger)
{
    /// <summary>
    /// The mode of an enricher built without one: <c>INGESTION_ENTITY_MODEL</c> (off, alone, combined; any case)
    /// when set, else off, the mode that scores best on the check set (docs/benchmarks.md, "Trained entity recogniser").
    /// </summary>
    public static EntityModelMode DefaultMode { get; } =
        Enum.TryParse<EntityModelMode>(Environment.GetEnvironmentVariable("INGESTION_ENTITY_MODEL"), ignoreCase: true, out var mode) ? mode : EntityModelMode.Off;

    /// <summary>The entities of a claim in <paramref name="mode"/>, given the rules' <paramref name="ruleMentions"/>.</summary>
    public List<EntityMention> Apply(EntityModelMode mode, string claimText, int claimStart, IReadOnlyCollection<string> countries, List<EntityMention> ruleMentions) => mode switch
    {
        EntityModelMode.Alone => Recognize(claimText, claimStart, countries),
        EntityModelMode.Combined => Combine(ruleMentions, [.. Recognize(claimText, claimStart, countries).Where(m => IsConfident(claimText, claimStart, m))]),
        _ => ruleMentions,
    };

    /// <summary>The model's entities of <paramref name="text"/>; offsets are shifted by <paramref name="offset"/>.</summary>
    public List<EntityMention> Recognize(string text, int offset, IReadOnlyCollection<string> countries)
    {
        var words = Tokenizer.Words(text);
        var mentions = new List<EntityMention>();
        if (words.Count == 0)
        {
            return mentions;
        }

        var forms = new string[words.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = TaggerForm(words[i].Text);
        }

        var tags = PosTagger.Default.Tag(forms);
        var labels = tagger.Label(new EntityFeatureContext(forms, tags, gazetteer));
        foreach (var (start, end, type) in EntityLabels.Decode(labels))
        {
            var mentionText = text[words[start].Start..words[end].End];
            mentions.Add(Mention(mentionText, words[start].Start + offset, type, countries));
        }

        return mentions;
    }

    private EntityMention Mention(string mentionText, int start, EntityType type, IReadOnlyCollection<string> countries)
    {
        var name = string.Join(' ', mentionText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (KnownNames.Entities.TryGetValue(name, out var known))
        {
            return new EntityMention(start, mentionText.Length, mentionText, type, known.Name, null);
        }

        if (type is EntityType.GeopoliticalEntity or EntityType.Location && rules.LookupPlace(mentionText, countries) is { } place)
        {
            // The gazetteer knows the place better than the model knows its kind: a world region is a location, the rest political.
            var placeType = place.Kind == PlaceKind.Region ? EntityType.Location : EntityType.GeopoliticalEntity;
            return new EntityMention(start, mentionText.Length, mentionText, placeType, name, place);
        }

        return new EntityMention(start, mentionText.Length, mentionText, type, name, null);
    }

    /// <summary>
    /// The rules' mentions with the model's added where they are silent: a span of the model that overlaps no
    /// mention of the rules is kept; where both found a name, the rules' span and type stand (they hold the
    /// curated names, the aliases of the article and the gazetteer's places). In text order.
    /// </summary>
    public static List<EntityMention> Combine(List<EntityMention> ruleMentions, List<EntityMention> modelMentions)
    {
        var combined = new List<EntityMention>(ruleMentions);
        foreach (var model in modelMentions)
        {
            if (!ruleMentions.Exists(rule => rule.Start < model.Start + model.Length && model.Start < rule.Start + rule.Length))
            {
                combined.Add(model);
            }
        }

        if (combined.Count > ruleMentions.Count)
        {
            combined.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return combined;
    }

    /// <summary>
    /// Whether a span of the model is likely enough a name to add where the rules found none. Not a single word
    /// that opens a sentence (capitalised anyway: "Turnout", "Cholera") or that the lexicons call a title, an
    /// organisation's generic head or not a name ("Minister", "Hospital"); not a person with a lower-case word.
    /// </summary>
    internal static bool IsConfident(string claimText, int claimStart, EntityMention mention)
    {
        var at = mention.Start - claimStart;
        var words = mention.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            var before = claimText.AsSpan(0, at).TrimEnd();
            if (before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '“' or '(' or '—' or '-')
            {
                return false;
            }

            var word = words[0];
            if (KnownNames.Titles.Contains(word) || KnownNames.OrganizationHeads.Contains(word) || KnownNames.FunctionWords.Contains(word)
                || NotNames.Contains(word) || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return mention.Type != EntityType.Person || words.All(w => char.IsUpper(w[0]) || w == "-");
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> NotNames = Lexicon.Set("not-names");

    /// <summary>Curly quotes as the treebanks write them (straight), as <see cref="SentenceAnalyzer"/> gives words to the tagger.</summary>
    internal static string TaggerForm(string word) => word switch
    {
        "“" or "”" or "„" or "''" or "``" => "\"",
        "‘" or "’" => "'",
        _ => word.Contains('’') ? word.Replace('’', '\'') : word,
    };
}
