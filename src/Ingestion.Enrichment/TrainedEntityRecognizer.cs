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

    /// <summary>Curly quotes as the treebanks write them (straight), as <see cref="SentenceAnalyzer"/> gives words to the tagger.</summary>
    internal static string TaggerForm(string word) => word switch
    {
        "“" or "”" or "„" or "''" or "``" => "\"",
        "‘" or "’" => "'",
        _ => word.Contains('’') ? word.Replace('’', '\'') : word,
    };
}
