using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>Pronoun gender, source types and sentence shapes found wanting by the attribution set (texts written for these tests).</summary>
public sealed class AttributionResolutionTests
{
    private static IReadOnlyList<ExtractedClaim> Extract(params string[] paragraphs) =>
        new ClaimExtractor().Extract(string.Join("\n\n", paragraphs));

    private static Attribution Only(ExtractedClaim claim) => claim.Attributions.ShouldHaveSingleItem();

    private static string ContentOf(string text, Attribution a) => text.Substring(a.Content.Start, a.Content.Length);

    [Fact]
    public void He_and_she_go_to_the_last_person_of_their_gender()
    {
        var claims = Extract(
            "Mayor Linda Park said the city would buy new cameras. Police chief Omar Reid said thefts had doubled.",
            "“We will not give up,” she said.",
            "He blamed a video posted online. “This is not a problem we can arrest our way out of,” he said.");
        Only(claims[2]).Source.Name.ShouldBe("Linda Park");
        claims.Last().Attributions.ShouldHaveSingleItem().Source.Name.ShouldBe("Omar Reid");
    }

    [Fact]
    public void A_pronoun_skips_the_last_source_when_a_newer_person_of_its_gender_was_named()
    {
        var claims = Extract(
            "“We kept the country running,” Elena Petrova said.",
            "Her successor, Ivan Markov, disputed that. He said the debts had been hidden.");
        claims.SelectMany(c => c.Attributions).Last().Source.Name.ShouldBe("Ivan Markov");
    }

    [Fact]
    public void A_known_given_name_alone_is_a_person_and_an_unknown_one_is_not()
    {
        var attributions = Extract("“We want a future here,” said Irina, a 52-year-old teacher.")[0].Attributions;
        var irina = attributions[0];
        attributions.Skip(1).ShouldAllBe(a => a.Source.Text == "We"); // her own "we want", nested in her quotation
        irina.Source.Type.ShouldBe(SourceType.Person);
        irina.Role!.Text.ShouldBe("a 52-year-old teacher");

        Only(Extract("Brightwave said the cuts were final.")[0]).Source.Type.ShouldBe(SourceType.Organization);
    }

    [Theory]
    [InlineData("Some nurses, however, said clinics lacked fridges.", "Some nurses")]
    [InlineData("Officials, speaking on condition of anonymity, said talks had stalled.", "Officials")]
    [InlineData("But the opposition claimed that the target was unrealistic.", "the opposition")]
    [InlineData("The president declared a day of mourning and said the army would help.", "The president")]
    public void Asides_conjunctions_and_earlier_verbs_stay_out_of_the_source(string text, string source)
    {
        Only(Extract(text)[0]).Source.Text.ShouldBe(source);
    }

    [Fact]
    public void An_earlier_verb_of_the_same_subject_is_its_own_attribution_when_it_is_a_cue()
    {
        // The shared subject is written once: the later cue keeps its type and name with an empty source span.
        var attributions = Extract("Builders welcomed the plan but warned that workers were scarce.")[0].Attributions;
        attributions.Select(a => (a.Source.Text, a.Source.Name, a.Source.Type, a.Cue.Text, a.CueClass)).ShouldBe(
            [("Builders", "Builders", SourceType.Group, "welcomed", CueClass.Evaluation), ("", "Builders", SourceType.Group, "warned", CueClass.Speech)], ignoreOrder: true);
        attributions.Single(a => a.Cue.Text == "warned").Source.Length.ShouldBe(0);
    }

    [Fact]
    public void A_name_in_apposition_names_the_source_written_before_it()
    {
        // The source as written is the subject without its comma apposition (the news set's convention); the name is the canonical name.
        var a = Only(Extract("The company, Halden Pharma, said the risk was low.")[0]);
        a.Source.Text.ShouldBe("The company");
        a.Source.Name.ShouldBe("Halden Pharma");
        a.Source.Type.ShouldBe(SourceType.Organization);
        a.Role!.Text.ShouldBe("The company");
    }

    [Fact]
    public void A_second_report_in_the_same_sentence_is_its_own_attribution()
    {
        const string text = "Okafor said he would accept the result, but he insisted that observers must be present.";
        var attributions = Extract(text)[0].Attributions;
        attributions.Count.ShouldBe(2);
        ContentOf(text, attributions[0]).ShouldBe("he would accept the result");
        attributions[1].Cue.Text.ShouldBe("insisted");
        attributions[1].Source.Text.ShouldBe("he");
        ContentOf(text, attributions[1]).ShouldBe("observers must be present");
    }

    [Fact]
    public void A_speaker_in_the_middle_of_the_sentence()
    {
        const string text = "Amina Yusuf spoke first. What was missing, she said, was political will.";
        var a = Only(Extract(text)[1]);
        a.Source.Text.ShouldBe("she");
        a.Cue.Text.ShouldBe("said");
        ContentOf(text, a).ShouldBe("What was missing, she said, was political will");
    }

    [Fact]
    public void Told_a_lowercase_audience_that()
    {
        var a = Only(Extract("Survivors told aid workers that the boat had left two days earlier.")[0]);
        a.Source.Type.ShouldBe(SourceType.Group);
        a.Via!.Text.ShouldBe("aid workers");
    }

    [Theory]
    [InlineData("Millions of records were stolen, the bank disclosed on Wednesday.", "disclosed")]
    [InlineData("People who drink coffee may live longer, a new study suggests.", "suggests")]
    [InlineData("The embassy denied any involvement in the killing.", "denied")]
    public void More_cues(string text, string cue)
    {
        Only(Extract(text)[0]).Cue.Text.ShouldBe(cue);
    }

    [Theory]
    [InlineData("Local officials estimated that 2,000 homes were at risk.", SourceType.Anonymous)]
    [InlineData("One nurse in the town of Garu said half the doses had spoiled.", SourceType.Anonymous)]
    [InlineData("Officials from two oil-producing countries argued that the costs were too high.", SourceType.Group)]
    [InlineData("German officials said the suspect had left the country.", SourceType.Group)]
    [InlineData("The Chamber of Commerce said any scheme must exempt deliveries.", SourceType.Organization)]
    [InlineData("The rail operator Northline said services would resume.", SourceType.Organization)]
    [InlineData("Sable Minerals confirmed that 23 workers were safe.", SourceType.Organization)]
    [InlineData("Former striker Danny Moss said the decision was harsh.", SourceType.Person)]
    public void Source_types(string text, SourceType type)
    {
        Only(Extract(text)[0]).Source.Type.ShouldBe(type);
    }

    [Theory]
    [InlineData("The harbour board approved the dredging contract, arguing that larger ships would otherwise sail past Valmera.", "arguing", "larger ships would otherwise sail past Valmera")]
    [InlineData("Councillor Ines Varga backed the plan on local radio, warning that the old bridge could close within a year.", "warning", "the old bridge could close within a year")]
    [InlineData("The regulator fined the airline twice last year, noting that complaints had tripled since the merger.", "noting", "complaints had tripled since the merger")]
    public void A_participle_after_a_comma_reports_for_the_subject_of_the_verb_before_it(string text, string cue, string content)
    {
        var attributions = Extract(text)[0].Attributions;
        var participle = attributions.Single(a => a.Cue.Text == cue);
        ContentOf(text, participle).ShouldBe(content);
        // The subject is another attribution's source when that verb is a cue too ("backed"), else its own.
        var subject = text[..text.IndexOf(' ', text.IndexOf(' ') + 1)];
        (participle.Source.Name.Length > 0 || attributions.Any(a => a != participle && a.Source.Length > 0)).ShouldBeTrue();
        attributions.ShouldAllBe(a => a.Source.Length == 0 || text.Substring(a.Source.Start, a.Source.Length).StartsWith(subject));
    }

    [Fact]
    public void A_participle_after_a_trailing_attribution_reports_for_that_source()
    {
        const string text = "The ferry will not sail on Sunday, the operator confirmed on Friday, citing a forecast of gales.";
        var attributions = Extract(text)[0].Attributions;
        var citing = attributions.Single(a => a.Cue.Text == "citing");
        citing.Source.Text.ShouldNotBe("The ferry");
        attributions.Single(a => a.Cue.Text == "confirmed").Source.Text.ShouldBe("the operator");
    }

    [Theory]
    [InlineData("Figures released on Tuesday by the port authority showed cargo volumes falling for a third month.", "Figures released on Tuesday by the port authority", "showed", "cargo volumes falling for a third month")]
    [InlineData("A survey published last week by the farmers' union found that most growers expect a smaller harvest.", "A survey published last week by the farmers' union", "found", "most growers expect a smaller harvest")]
    public void A_subject_with_a_reduced_relative_clause_is_the_source_of_the_cue_after_it(string text, string source, string cue, string content)
    {
        var a = Extract(text)[0].Attributions.First(a => a.Cue.Text == cue);
        a.Source.Text.ShouldBe(source);
        a.CueClass.ShouldBe(CueClass.Evidence);
        ContentOf(text, a).ShouldBe(content);
    }

    [Fact]
    public void An_adverb_between_the_auxiliary_and_the_cue_keeps_the_verb_group()
    {
        const string text = "Fishermen have long warned that the reef is dying.";
        var a = Only(Extract(text)[0]);
        a.Source.Text.ShouldBe("Fishermen");
        a.Cue.Text.ShouldBe("have long warned");
        ContentOf(text, a).ShouldBe("the reef is dying");
    }

    [Theory]
    [InlineData("“The pumps will hold,” the engineer Rosa Lind told a briefing after the storm.", "the engineer Rosa Lind", "told", "“The pumps will hold,”")]
    [InlineData("''Nobody here is leaving,'' testified Omar Reyes, a tenant of the building.", "Omar Reyes", "testified", "''Nobody here is leaving,''")]
    [InlineData("“We are closer than we were in May,” Ilse Maas, the mediator appointed by the court, told reporters on Friday.", "Ilse Maas", "told", "“We are closer than we were in May,”")]
    public void A_quotation_closed_before_the_source_is_the_content(string text, string source, string cue, string content)
    {
        var a = Extract(text)[0].Attributions.Single(a => a.Cue.Text == cue);
        a.Source.Text.ShouldBe(source);
        a.Quote.ShouldBe(QuoteType.Direct);
        ContentOf(text, a).ShouldBe(content);
    }

    [Fact]
    public void An_infinitive_after_a_short_adverbial_is_the_content_of_a_cue_of_intent()
    {
        const string text = "Mayor Lena Ortiz vowed on Monday to reopen the pool by June.";
        var a = Only(Extract(text)[0]);
        a.CueClass.ShouldBe(CueClass.Intent);
        ContentOf(text, a).ShouldBe("reopen the pool by June");
    }
}

/// <summary>Shapes added with the second batch of the attribution set.</summary>
public sealed class AttributionQuotedAsSayingTests
{
    [Fact]
    public void Quoted_by_an_outlet_as_saying()
    {
        const string text = "Pavel Novak was quoted by the Prague Daily as saying the withdrawal had been agreed.";
        var a = new ClaimExtractor().Extract(text)[0].Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("Pavel Novak");
        a.Cue.Text.ShouldBe("was quoted");
        a.Via!.Text.ShouldBe("the Prague Daily");
        text.Substring(a.Content.Start, a.Content.Length).ShouldBe("the withdrawal had been agreed");
    }

    [Fact]
    public void A_name_after_an_organisation_word_title_is_a_person()
    {
        var claims = new ClaimExtractor().Extract("Senate Majority Leader Ruth Alvarez predicted that the bill would fail. “It is over,” she said.");
        var a = claims[0].Attributions.ShouldHaveSingleItem();
        a.Source.Type.ShouldBe(SourceType.Person);
        a.Source.Name.ShouldBe("Ruth Alvarez");
        claims[1].Attributions.ShouldHaveSingleItem().Source.Name.ShouldBe("Ruth Alvarez");
    }
}
