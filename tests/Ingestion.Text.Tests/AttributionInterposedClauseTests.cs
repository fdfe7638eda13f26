using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>
/// A clause set off by commas between the speaker and the cue ("Mensah, asked by reporters whether ..., said ...",
/// "The families, many of whom ..., said they ..."). Sentences written for these tests.
/// </summary>
public sealed class AttributionInterposedClauseTests
{
    private static (string Text, ExtractedClaim Claim) One(string sentence) => SentenceClaims.Of(sentence, "Council row");

    private static string ContentOf(string text, Attribution a) => text.Substring(a.Content.Start, a.Content.Length);

    [Theory]
    [InlineData("Mensah, asked by reporters whether workers would accept a smaller rise, said no decision had been made.", "Mensah", "reporters", "whether workers would accept a smaller rise")]
    [InlineData("The harbour master, asked by the council why the gates failed, said the sensors had frozen.", "The harbour master", "the council", "why the gates failed")]
    public void The_question_is_the_askers_and_the_answer_the_subjects(string sentence, string speaker, string asker, string question)
    {
        var (text, claim) = One(sentence);
        var answer = claim.Attributions.Single(a => a.Cue.Text == "said");
        answer.Source.Text.ShouldBe(speaker);
        var asked = claim.Attributions.Single(a => a.Cue.Text == "asked");
        asked.Source.Text.ShouldBe(asker);
        asked.CueClass.ShouldBe(CueClass.Question);
        ContentOf(text, asked).ShouldBe(question);
    }

    [Theory]
    [InlineData("Ferry captain Ines Moreau, asked whether the crossing was safe, said the crew had checked every vessel.", "Ferry captain Ines Moreau")]
    [InlineData("Okafor, asked by journalists whether the plant would close, said no decision had been taken.", "Okafor")]
    public void The_answer_keeps_its_speaker_and_the_speaker_asks_nothing(string sentence, string speaker)
    {
        // Whatever the parse makes of the participle, the one who answers is not the one who asks.
        var (_, claim) = One(sentence);
        claim.Attributions.Single(a => a.Cue.Text == "said").Source.Text.ShouldBe(speaker);
        claim.Attributions.ShouldNotContain(a => a.Cue.Text == "asked" && a.Source.Text == speaker);
    }

    [Fact]
    public void A_subject_who_asks_is_still_the_asker()
    {
        // Guard: "asked" with its own subject and no answer after it is an ordinary question.
        var (text, claim) = One("The mayor asked whether the contractor had been paid.");
        var asked = claim.Attributions.ShouldHaveSingleItem();
        asked.Source.Text.ShouldBe("The mayor");
        ContentOf(text, asked).ShouldBe("whether the contractor had been paid");
    }

    [Theory]
    [InlineData("The fishermen’s families, several of whom travelled overnight, said they wanted the inquiry held in public.")]
    [InlineData("Shop owners on the high street, some of whom have traded there for decades, said they would not reopen.")]
    public void A_pronoun_clause_after_said_is_the_content_not_the_speaker(string sentence)
    {
        var (text, claim) = One(sentence);
        var said = claim.Attributions.Single(a => a.Cue.Text == "said");
        said.Source.Text.ShouldNotStartWith("they");
        ContentOf(text, said).ShouldStartWith("they");
    }

    [Fact]
    public void An_inverted_pronoun_alone_is_still_the_speaker()
    {
        // Guard: the old inversion "..., said he." names the speaker with one word.
        var (_, claim) = One("The water will rise again by Friday, said he.");
        claim.Attributions.ShouldHaveSingleItem().Source.Text.ShouldBe("he");
    }
}

/// <summary>A cue word after a determiner or a possessive is a noun ("the agency’s report, released ..., found ..."). Sentences written for these tests.</summary>
public sealed class AttributionCueNounTests
{
    private static (string Text, ExtractedClaim Claim) One(string sentence) => SentenceClaims.Of(sentence, "Audit published");

    [Theory]
    [InlineData("The agency’s report, published on Monday, found that waiting times doubled.", "The agency’s report", "found")]
    [InlineData("The regulator's statement, issued overnight, said the outage was over.", "The regulator's statement", "said")]
    [InlineData("Their report concluded that the bridge needed new bearings.", "Their report", "concluded")]
    public void The_noun_phrase_is_the_source_of_the_later_verb(string sentence, string source, string cue)
    {
        var (_, claim) = One(sentence);
        var a = claim.Attributions.ShouldHaveSingleItem();
        a.Cue.Text.ShouldBe(cue);
        a.Source.Text.ShouldBe(source);
    }

    [Fact]
    public void A_verb_after_a_name_is_still_a_cue()
    {
        // Guard: "reports" after a subject without a determiner is the verb.
        var (_, claim) = One("Radio Harbour reports that the ferry will not sail today.");
        var a = claim.Attributions.ShouldHaveSingleItem();
        a.Cue.Text.ShouldBe("reports");
        a.Source.Text.ShouldBe("Radio Harbour");
    }
}

/// <summary>A passive cue's agent, and a relative pronoun's report after a passive. Sentences written for these tests.</summary>
public sealed class AttributionPassiveAgentTests
{
    private static (string Text, ExtractedClaim Claim) One(string sentence) => SentenceClaims.Of(sentence, "Budget vote");

    [Fact]
    public void The_agent_without_by_is_the_source()
    {
        var (_, claim) = One("The plan was criticised by the central bank governor, who warned last month that debt was rising too fast.");
        claim.Attributions.ShouldContain(a => a.Source.Text == "the central bank governor");
        claim.Attributions.ShouldNotContain(a => a.Source.Text.StartsWith("by ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_pronoun_never_reports_the_clause_before_it()
    {
        foreach (var sentence in new[]
        {
            "The plan was criticised by the central bank governor, who warned last month that debt was rising too fast.",
            "The tariff was opposed by the farmers’ federation, which argued last week that exports would fall.",
        })
        {
            var (_, claim) = One(sentence);
            claim.Attributions.Where(a => a.Source.Text is "who" or "which").ShouldAllBe(a => a.Content.Start > a.Cue.Start);
        }
    }

    [Fact]
    public void A_relative_pronoun_reports_what_follows_it()
    {
        // Guard: the ordinary relative report keeps its source and content.
        var (text, claim) = One("The scheme was backed by the growers, who said it was long overdue.");
        var who = claim.Attributions.Single(a => a.Source.Text == "who");
        text.Substring(who.Content.Start, who.Content.Length).ShouldBe("it was long overdue");
    }
}

/// <summary>A relative clause set off by commas between the subject and the cue is not the source. Sentences written for these tests.</summary>
public sealed class AttributionInterposedRelativeTests
{
    [Theory]
    [InlineData("Fischer, whose side trailed 2-0 at half-time, praised her goalkeeper for two late saves.", "Fischer", "praised")]
    [InlineData("The survey, which followed 300 households over two winters, suggests that heating costs doubled.", "The survey", "suggests")]
    [InlineData("Councillor Ruth Agyeman, whose ward includes the harbour, said the works had been rushed.", "Councillor Ruth Agyeman", "said")]
    [InlineData("The study, which followed 300 players over two seasons, suggests clubs should monitor sleep, its authors said.", "The study", "suggests")]
    public void The_noun_phrase_before_the_relative_clause_is_the_source(string sentence, string source, string cue)
    {
        var (_, claim) = SentenceClaims.Of(sentence);
        var a = claim.Attributions.Single(x => x.Cue.Text == cue);
        a.Source.Text.ShouldBe(source);
    }

    [Fact]
    public void A_relative_pronoun_right_before_its_cue_stays_the_source()
    {
        // Guard: "..., who said ..." with no comma between the pronoun and the cue reports for the pronoun.
        var (_, claim) = SentenceClaims.Of("The scheme was backed by the growers, who said it was long overdue.");
        claim.Attributions.Single(a => a.Cue.Text == "said").Source.Text.ShouldBe("who");
    }
}
