using Ingestion.Contracts;
using Ingestion.Language;

namespace Ingestion.Enrichment.Tests;

public sealed class TrainedEntityTests
{
    private static readonly TrainedEntityRecognizer Recognizer =
        new(new EntityRecognizer(Gazetteer.Instance), Gazetteer.Instance, EntityTagger.Default);

    [Fact]
    public void The_embedded_model_loads_once_and_has_features()
    {
        EntityTagger.Default.ShouldBeSameAs(EntityTagger.Default);
        EntityTagger.Default.FeatureCount.ShouldBeGreaterThan(10_000);
    }

    [Theory]
    [InlineData("The mayor of Lisbon met Karin Oduya at the harbour on Monday.")]
    [InlineData("Shareholders of the Northgate Shipping Company voted against the merger in Rotterdam.")]
    [InlineData("\"We will rebuild,\" said Tomasz Wrenfield, who fled from Kharkiv to Poland last spring.")]
    public void Decoded_labels_are_well_formed_BILOU(string sentence)
    {
        var words = Tokenizer.Words(sentence).Select(w => TrainedEntityRecognizer.TaggerForm(w.Text)).ToArray();
        var labels = EntityTagger.Default.Label(new EntityFeatureContext(words, PosTagger.Default.Tag(words), Gazetteer.Instance));

        var previous = EntityLabels.Outside;
        for (var i = 0; i < labels.Length; i++)
        {
            EntityLabels.Allowed(previous, labels[i], i == labels.Length - 1).ShouldBeTrue($"label {labels[i]} after {previous} at word {i}");
            previous = labels[i];
        }
    }

    [Fact]
    public void Encoding_and_decoding_spans_round_trips()
    {
        (int, int, EntityType)[] spans = [(0, 1, EntityType.Person), (3, 3, EntityType.GeopoliticalEntity), (5, 7, EntityType.Organization)];
        var labels = EntityLabels.Encode(9, spans);

        EntityLabels.Decode(labels).ShouldBe(spans);
        EntityLabels.PositionOf(labels[6]).ShouldBe(EntityLabels.Position.Inside);
    }

    [Fact]
    public void Nothing_may_stay_open_at_the_last_word_or_change_type_inside_a_span()
    {
        var beginPerson = EntityLabels.Of(EntityLabels.Position.Begin, EntityType.Person);
        EntityLabels.Allowed(EntityLabels.Outside, beginPerson, last: true).ShouldBeFalse();
        EntityLabels.Allowed(beginPerson, EntityLabels.Of(EntityLabels.Position.Last, EntityType.Organization), last: false).ShouldBeFalse();
        EntityLabels.Allowed(beginPerson, EntityLabels.Outside, last: false).ShouldBeFalse();
        EntityLabels.Allowed(beginPerson, EntityLabels.Of(EntityLabels.Position.Last, EntityType.Person), last: true).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Relief flights left Nairobi for Kenya's northern border on Tuesday.", "Nairobi", EntityType.GeopoliticalEntity)]
    [InlineData("The talks in Geneva were chaired by Helga Marstrand, a Danish diplomat.", "Helga Marstrand", EntityType.Person)]
    [InlineData("Engineers from Harvard University joined the survey of the reef.", "Harvard University", EntityType.Organization)]
    public void The_model_types_names_in_new_sentences(string sentence, string name, EntityType type)
    {
        var mentions = Recognizer.Recognize(sentence, 0, []);

        mentions.ShouldContain(m => m.Text == name && m.Type == type,
            string.Join(", ", mentions.Select(m => $"{m.Text}/{m.Type}")));
    }

    [Fact]
    public void Combining_keeps_the_rules_where_both_found_a_name_and_adds_the_model_where_the_rules_are_silent()
    {
        List<EntityMention> rules = [new(0, 6, "Carvel", EntityType.Organization, "Carvel", null)];
        List<EntityMention> model =
        [
            new(0, 6, "Carvel", EntityType.Person, "Carvel", null),
            new(20, 8, "Ostrava", EntityType.GeopoliticalEntity, "Ostrava", null),
        ];

        var combined = TrainedEntityRecognizer.Combine(rules, model);

        combined.Select(m => (m.Text, m.Type)).ShouldBe([("Carvel", EntityType.Organization), ("Ostrava", EntityType.GeopoliticalEntity)]);
    }

    [Theory]
    [InlineData("Turnout was low in the east.", "Turnout", false)]
    [InlineData("She thanked the Minister for the visit.", "Minister", false)]
    [InlineData("The barge reached Ostrava at dawn.", "Ostrava", true)]
    public void Only_confident_model_spans_are_added(string claim, string text, bool added)
    {
        var mention = new EntityMention(claim.IndexOf(text, StringComparison.Ordinal), text.Length, text, EntityType.Person, text, null);

        TrainedEntityRecognizer.IsConfident(claim, 0, mention).ShouldBe(added);
    }

    [Fact]
    public void The_enricher_uses_the_model_only_when_asked()
    {
        const string Article = "Relief convoys reached Pomaret after the storm, officials said.";
        var off = new Enricher(EntityModelMode.Off);
        var combined = new Enricher(EntityModelMode.Combined);

        var rulesOnly = off.Enrich(Article, 0, off.BuildContext(Article, null)).Entities;
        var withModel = combined.Enrich(Article, 0, combined.BuildContext(Article, null)).Entities;

        withModel.Count.ShouldBeGreaterThanOrEqualTo(rulesOnly.Count);
        rulesOnly.ShouldAllBe(e => withModel.Any(m => m.Start == e.Start && m.Type == e.Type));
    }
}
