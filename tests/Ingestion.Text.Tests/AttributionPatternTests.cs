using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>Attribution patterns of news writing, one short article each (written for these tests).</summary>
public sealed class AttributionPatternTests
{
    private static IReadOnlyList<ExtractedClaim> Extract(params string[] paragraphs) =>
        new ClaimExtractor().Extract(string.Join("\n\n", paragraphs));

    private static Attribution Only(ExtractedClaim claim) => claim.Attributions.ShouldHaveSingleItem();

    private static string ContentOf(string text, Attribution a) => text.Substring(a.Content.Start, a.Content.Length);

    [Fact]
    public void Quote_then_said_then_name_and_role()
    {
        var claims = Extract("“We will not back down,” said Maria Lopez, the president of the dockworkers’ union.");
        var a = Only(claims[0]);
        a.Source.Name.ShouldBe("Maria Lopez");
        a.Source.Type.ShouldBe(SourceType.Person);
        a.Cue.Text.ShouldBe("said");
        a.Role!.Text.ShouldBe("the president of the dockworkers’ union");
        a.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void A_quote_over_several_sentences_is_one_claim()
    {
        const string text = "“We are ready. We will fight,” Diaz said.";
        var claim = Extract(text).ShouldHaveSingleItem();
        claim.Text.ShouldBe(text);
        var a = Only(claim);
        a.Source.Text.ShouldBe("Diaz");
        a.Quote.ShouldBe(QuoteType.Direct);
        ContentOf(text, a).ShouldBe("“We are ready. We will fight,”");
    }

    [Fact]
    public void Pronoun_is_resolved_to_the_last_person_source()
    {
        var claims = Extract(
            "Mayor Jane Roe told reporters on Tuesday that the budget was balanced.",
            "“The talks failed,” she said.");
        var mayor = Only(claims[0]);
        mayor.Source.Name.ShouldBe("Jane Roe");
        mayor.Role!.Text.ShouldBe("Mayor");
        mayor.Via!.Text.ShouldBe("reporters");

        var pronoun = Only(claims[1]);
        pronoun.Source.Type.ShouldBe(SourceType.Pronoun);
        pronoun.Source.Text.ShouldBe("she");
        pronoun.Source.Name.ShouldBe("Jane Roe");
    }

    [Fact]
    public void Trailing_officials_said_is_anonymous_and_indirect()
    {
        const string text = "The bridge will reopen next week, officials said.";
        var a = Only(Extract(text)[0]);
        a.Source.Type.ShouldBe(SourceType.Anonymous);
        a.Cue.Text.ShouldBe("said");
        a.Quote.ShouldBe(QuoteType.Indirect);
        ContentOf(text, a).ShouldBe("The bridge will reopen next week");
    }

    [Fact]
    public void Trailing_and_parenthetical_according_to()
    {
        var claims = Extract(
            "The bridge will reopen next week, according to the Transport Ministry.",
            "The death toll, according to the health ministry, rose to 40 overnight.");
        var ministry = Only(claims[0]);
        ministry.Source.Type.ShouldBe(SourceType.Organization);
        ministry.Source.Name.ShouldBe("Transport Ministry");
        ministry.Cue.Text.ShouldBe("according to");

        var health = Only(claims[1]);
        health.Source.Text.ShouldBe("the health ministry");
        health.Source.Type.ShouldBe(SourceType.Organization);
    }

    [Fact]
    public void Outlet_reporting_what_police_said()
    {
        var chain = Extract("According to Reuters, police said the suspect fled toward the border.")[0].Attributions;
        chain.Count.ShouldBe(2);
        chain[0].Source.Type.ShouldBe(SourceType.Outlet);
        chain[1].Source.Text.ShouldBe("police");
        chain[1].Cue.Text.ShouldBe("said");
    }

    [Fact]
    public void A_source_familiar_with_the_matter_is_anonymous()
    {
        var a = Only(Extract("A source familiar with the matter said the deal was close.")[0]);
        a.Source.Type.ShouldBe(SourceType.Anonymous);
        a.Source.Text.ShouldBe("A source familiar with the matter");
    }

    [Fact]
    public void Described_collectives_are_groups()
    {
        var claims = Extract(
            "Witnesses said the explosion shook buildings across the district.",
            "Officials in the port city of Benghazi said on Monday that the ceasefire was holding.",
            "Local media reported that dozens of people had been detained.");
        claims.Select(c => Only(c).Source.Type).ShouldBe([SourceType.Group, SourceType.Group, SourceType.Group]);
        Only(claims[1]).Source.Text.ShouldBe("Officials in the port city of Benghazi");
    }

    [Fact]
    public void Name_colon_quote()
    {
        var a = Only(Extract("Prime Minister Ana Diaz: “We are ready for elections.”")[0]);
        a.Source.Name.ShouldBe("Ana Diaz");
        a.Role!.Text.ShouldBe("Prime Minister");
        a.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void Quote_split_by_its_attribution()
    {
        var a = Only(Extract("“The first part of the plan is done,” Diaz added, “and the second starts tomorrow.”")[0]);
        a.Source.Text.ShouldBe("Diaz");
        a.Cue.Text.ShouldBe("added");
        a.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void A_quotation_reopened_in_the_next_paragraph_keeps_its_speaker()
    {
        var claims = Extract(
            "Gov. Amina Bello told the Associated Press in an interview that the state needed federal help.",
            "“Roads are cut off.",
            "“Villages are under water,” she added.");
        var first = Only(claims[0]);
        first.Source.Name.ShouldBe("Amina Bello");
        first.Via!.Text.ShouldBe("the Associated Press");
        Only(claims[1]).Source.Name.ShouldBe("Amina Bello");
        Only(claims[1]).Quote.ShouldBe(QuoteType.Direct);
        Only(claims[2]).Source.Name.ShouldBe("Amina Bello");
    }

    [Fact]
    public void Fronted_adverbial_before_the_subject()
    {
        var a = Only(Extract("In a statement, the Interior Ministry denied that any prisoners had been mistreated.")[0]);
        a.Source.Name.ShouldBe("Interior Ministry");
        a.Cue.Text.ShouldBe("denied");
    }

    [Fact]
    public void Newspaper_shaped_names_are_outlets()
    {
        var a = Only(Extract("The Daily Star reported that the minister would resign.")[0]);
        a.Source.Type.ShouldBe(SourceType.Outlet);
    }

    [Fact]
    public void Apposition_with_title_before_the_name()
    {
        var a = Only(Extract("Dr. Sarah Connor, a virologist at Oxford University, warned that the variant could spread quickly.")[0]);
        a.Source.Name.ShouldBe("Sarah Connor");
        a.Role!.Text.ShouldBe("a virologist at Oxford University");
        a.Cue.Text.ShouldBe("warned");
    }

    [Fact]
    public void Interview_with_an_outlet_is_the_via()
    {
        var a = Only(Extract("The minister said in an interview with the BBC that talks would resume.")[0]);
        a.Via!.Text.ShouldBe("the BBC");
    }

    [Theory]
    [InlineData("He told a story about his childhood.")]
    [InlineData("The army added three new brigades.")]
    [InlineData("The company declined to comment.")]
    [InlineData("The claims were denied by the ministry.")]
    [InlineData("Reports of shelling could not be confirmed.")]
    [InlineData("She wrote a book about the war.")]
    public void Verbs_of_saying_used_otherwise_give_no_attribution(string text) =>
        Extract(text)[0].Attributions.ShouldBeEmpty();

    [Fact]
    public void Quote_then_speaker_told_outlet()
    {
        var a = Only(Extract("“We are investigating,” a police spokesperson told CNN.")[0]);
        a.Source.Type.ShouldBe(SourceType.Anonymous);
        a.Cue.Text.ShouldBe("told");
        a.Via!.Text.ShouldBe("CNN");
        a.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void Trailing_speaker_told_outlet()
    {
        var a = Only(Extract("The shelling has stopped, residents told Reuters.")[0]);
        a.Source.Text.ShouldBe("residents");
        a.Via!.Text.ShouldBe("Reuters");
    }

    [Fact]
    public void Speaker_named_after_the_quote_with_a_place_phrase_gets_the_quote()
    {
        var claims = Extract("Elon Musk wrote on X that the deal was off.", "“This is not over,” Musk told reporters outside the court. “We will appeal.”");
        Only(claims[0]).Via!.Text.ShouldBe("X");
        var told = Only(claims[1]);
        told.Cue.Text.ShouldBe("told");
        told.Via!.Text.ShouldBe("reporters");
        told.Source.Name.ShouldBe("Elon Musk");
        Only(claims[2]).Cue.Text.ShouldBe("told");
    }

    [Fact]
    public void Fronted_speaking_to_names_the_audience()
    {
        var a = Only(Extract("Speaking to the BBC, Johnson said the plan was working.")[0]);
        a.Source.Text.ShouldBe("Johnson");
        a.Via!.Text.ShouldBe("the BBC");
    }

    [Fact]
    public void Statement_phrases_and_days_between_cue_and_content()
    {
        const string text = "The company said on Monday in a filing that revenue fell 12 percent.";
        var a = Only(Extract(text)[0]);
        ContentOf(text, a).ShouldBe("revenue fell 12 percent");
    }

    [Fact]
    public void A_cue_inside_a_relative_clause_has_the_relative_pronoun_as_its_source()
    {
        const string text = "The president, who said last week that he would resign, left the country.";
        var a = Extract(text)[0].Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("who");
        a.Source.Type.ShouldBe(SourceType.Pronoun);
        a.Source.Name.ShouldBe("The president");
        a.Cue.Text.ShouldBe("said");
        text.Substring(a.Content.Start, a.Content.Length).ShouldStartWith("he would resign");
    }

    [Fact]
    public void Subject_with_a_closed_relative_clause()
    {
        var a = Only(Extract("The man, who declined to give his name, said the shelling had stopped.")[0]);
        a.Source.Text.ShouldBe("The man");
        a.Source.Type.ShouldBe(SourceType.Anonymous);
    }

    [Fact]
    public void Organisations_by_name_and_by_description()
    {
        var claims = Extract(
            "Human Rights Watch said the strikes could amount to war crimes.",
            "Russia’s defence ministry said its forces had captured the village.",
            "The UN says more than 1,000 people have died.");
        claims.Select(c => Only(c).Source.Type).ShouldBe([SourceType.Organization, SourceType.Organization, SourceType.Organization]);
    }

    [Fact]
    public void Name_followed_by_its_state_after_the_quote()
    {
        var a = Only(Extract("\"This is not how we should govern,\" said Senator Rand Paul of Kentucky.")[0]);
        a.Source.Text.ShouldBe("Senator Rand Paul of Kentucky"); // the whole phrase as written, as the news attribution corpora mark sources
        a.Source.Name.ShouldBe("Rand Paul");
        a.Source.Type.ShouldBe(SourceType.Person);
        a.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void Plural_present_tense_cues()
    {
        var claims = Extract("Critics argue the spending will fuel inflation. Others say the economy can absorb it.");
        claims.Select(c => Only(c).Cue.Text).ShouldBe(["argue", "say"]);
        claims.Select(c => Only(c).Source.Type).ShouldBe([SourceType.Group, SourceType.Group]);
    }

    [Fact]
    public void Wire_dateline_and_credit_lines()
    {
        var claims = Extract(
            "WASHINGTON (Reuters) - The Senate passed the spending bill on Tuesday.",
            "Reporting by Jane Doe; Editing by John Roe");
        claims.ShouldHaveSingleItem().Attributions.ShouldBeEmpty();
    }

    [Fact]
    public void Role_before_a_name_in_commas()
    {
        var a = Only(Extract("A spokesman for the ministry, Ahmed Ali, said the border would reopen.")[0]);
        a.Source.Text.ShouldBe("A spokesman for the ministry");
        a.Source.Name.ShouldBe("Ahmed Ali");
        a.Role!.Text.ShouldBe("A spokesman for the ministry");
    }

    [Theory]
    [InlineData("Harbour master: ferries will run again by Thursday", "Harbour master", "ferries will run again by Thursday")]
    [InlineData("Mayor Okonjo: ‘We will not close the library’", "Mayor Okonjo", "‘We will not close the library’")]
    [InlineData("9:40 a.m. — Lindqvist: turnout in the north is higher than expected", "Lindqvist", "turnout in the north is higher than expected")]
    public void A_headline_that_names_its_source_before_a_colon_is_an_attributed_claim(string headline, string source, string content)
    {
        var text = headline + "\n\nVALMERA — The port reopened on Monday after a week of storms, officials said.";
        var claim = new ClaimExtractor().Extract(text).First(c => c.Start < headline.Length);
        var a = claim.Attributions[0];
        a.Source.Text.ShouldBe(source);
        a.Cue.Text.ShouldBe(":");
        ContentOf(text, a).ShouldBe(content);
    }

    [Fact]
    public void A_headline_that_reports_is_an_attributed_claim()
    {
        const string headline = "Ferry fares to rise by a fifth next year, operator says";
        var text = headline + "\n\nVALMERA — Fares on the island ferries will rise by about 20 percent in January, the operator said on Monday.";
        var claim = new ClaimExtractor().Extract(text).First();
        claim.Start.ShouldBe(0);
        var a = claim.Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("operator");
        a.Cue.Text.ShouldBe("says");
        ContentOf(text, a).ShouldBe("Ferry fares to rise by a fifth next year");
    }

    [Fact]
    public void A_headline_that_reports_nothing_is_no_claim()
    {
        const string headline = "Ferry fares to rise by a fifth next year";
        var text = headline + "\n\nVALMERA — Fares on the island ferries will rise by about 20 percent in January, the operator said on Monday.";
        new ClaimExtractor().Extract(text).ShouldAllBe(c => c.Start > headline.Length);
    }

    [Theory]
    [InlineData("Analysis: why the port strike matters for prices")]
    [InlineData("STORM WATCH: ferries cancelled across the bay")]
    [InlineData("Live updates: the count in the northern districts")]
    [InlineData("Harbour festival live: crowds pack the quay as the fireworks begin")]
    [InlineData("Readers respond: the closing of the night bus to the airport")]
    [InlineData("County council briefing: what the new parking charges mean for shoppers")]
    public void A_section_label_or_a_kicker_before_a_colon_names_no_source(string headline)
    {
        var text = headline + "\n\nVALMERA — The port reopened on Monday after a week of storms.";
        new ClaimExtractor().Extract(text).Where(c => c.Start < headline.Length).SelectMany(c => c.Attributions).ShouldBeEmpty();
    }

    [Fact]
    public void A_signed_letter_is_its_writers_back_to_its_heading()
    {
        const string text = "Letters\n\nKeep the night bus\n\nThe night bus is the only way home for shift workers. Cutting it would strand hundreds.\n\n— Ana Ribeiro, Eastfield\n\nFix the crossing first\n\nThe crossing on Mill Road floods every spring.\n\n— Tom Hale, Westbrook";
        var claims = new ClaimExtractor().Extract(text);
        string WriterOf(string sentence) => claims.Single(c => c.Text.StartsWith(sentence)).Attributions[0].Source.Name;
        WriterOf("The night bus is").ShouldBe("Ana Ribeiro");
        WriterOf("Cutting it would").ShouldBe("Ana Ribeiro");
        WriterOf("The crossing on Mill Road").ShouldBe("Tom Hale");
        claims.Single(c => c.Text.StartsWith("The crossing")).Attributions.ShouldHaveSingleItem().Cue.Text.ShouldBe("—");
    }
}
