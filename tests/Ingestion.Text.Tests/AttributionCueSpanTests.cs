using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>
/// The cue span as the news attribution corpora mark it: the whole verb group, a verb the cue hangs on, the "to"
/// before the content, and the medium's phrase after a speech cue (sentences written for these tests).
/// </summary>
public sealed class AttributionCueSpanTests
{
    private static (string Cue, string Content) CueAndContent(string text)
    {
        var claims = new ClaimExtractor().Extract(text);
        var a = claims.SelectMany(c => c.Attributions).ShouldHaveSingleItem();
        return (a.Cue.Text, text.Substring(a.Content.Start, a.Content.Length));
    }

    [Theory]
    [InlineData("The harbour authority has not said that the pier will reopen.", "has not said", "the pier will reopen")]
    [InlineData("The coach also argued that the pitch was unsafe.", "also argued", "the pitch was unsafe")]
    [InlineData("Ms. Farrow has repeatedly warned that the dam could fail.", "has repeatedly warned", "the dam could fail")]
    [InlineData("The mayor would never say that the budget was balanced.", "would never say", "the budget was balanced")]
    public void The_verb_group_with_its_auxiliaries_negation_and_adverbs_is_the_cue(string text, string cue, string content)
    {
        var (actualCue, actualContent) = CueAndContent(text);
        actualCue.ShouldBe(cue);
        actualContent.ShouldBe(content);
    }

    [Theory]
    [InlineData("The ferry operator said in a statement that crossings would resume on Friday.", "said in a statement")]
    [InlineData("The senator wrote on X that the vote had been postponed.", "wrote on X")]
    [InlineData("The union said in an emailed statement that talks had broken down.", "said in an emailed statement")]
    [InlineData("The striker said in a text message that he was leaving the club.", "said in a text message")]
    public void The_medium_right_after_a_speech_cue_is_part_of_it(string text, string cue)
    {
        var (actualCue, actualContent) = CueAndContent(text);
        actualCue.ShouldBe(cue);
        text.ShouldEndWith(actualContent + ".");
        actualContent.ShouldNotContain(" in a ");
    }

    [Fact]
    public void A_phrase_that_is_no_medium_stays_out_of_the_cue()
    {
        var (cue, _) = CueAndContent("The ferry operator said in March that crossings would resume on Friday.");
        cue.ShouldBe("said");
    }

    [Fact]
    public void A_refusal_takes_its_speech_verb_into_the_cue()
    {
        var (cue, content) = CueAndContent("The owner of the club declined to say whether the stadium would open on time.");
        cue.ShouldBe("declined to say");
        content.ShouldBe("whether the stadium would open on time");
    }

    [Fact]
    public void A_refusal_to_do_something_other_than_speak_reports_nothing() =>
        new ClaimExtractor().Extract("The regional council refused to fund the second ferry.").SelectMany(c => c.Attributions).ShouldBeEmpty();

    [Fact]
    public void A_refusal_to_speak_is_the_cue_of_what_was_not_said()
    {
        var (cue, content) = CueAndContent("The harbour master refused to say whether the pier would reopen.");
        cue.ShouldBe("refused to say");
        content.ShouldBe("whether the pier would reopen");
    }

    [Fact]
    public void The_to_of_an_infinitive_belongs_to_a_cue_of_intent()
    {
        var claims = new ClaimExtractor().Extract("The mayor said on Monday that she plans to close two libraries next year.");
        var plan = claims.SelectMany(c => c.Attributions).Where(a => a.CueClass == CueClass.Intent).ShouldHaveSingleItem();
        plan.Cue.Text.ShouldBe("plans to");
    }

    [Fact]
    public void After_an_object_the_to_of_the_infinitive_stays_in_the_content()
    {
        var (cue, content) = CueAndContent("The regulator urged insurers to cover the new drug.");
        cue.ShouldBe("urged");
        content.ShouldBe("insurers to cover the new drug");
    }

    [Fact]
    public void A_phrasal_cue_keeps_its_preposition()
    {
        const string text = "Neighbours argued for a second bridge over the river.";
        var a = new ClaimExtractor().Extract(text).SelectMany(c => c.Attributions).ShouldHaveSingleItem();
        a.Cue.Text.ShouldBe("argued for");
        text.Substring(a.Content.Start, a.Content.Length).ShouldBe("a second bridge over the river");
    }
}

/// <summary>Cues of evaluation and belief with an object and its complement (sentences written for these tests).</summary>
public sealed class AttributionComplementTests
{
    private static IReadOnlyList<Attribution> AttributionsOf(string text) =>
        [.. new ClaimExtractor().Extract(text).SelectMany(c => c.Attributions)];

    [Fact]
    public void Calling_something_a_name_is_an_evaluation_with_the_object_and_its_complement_as_content()
    {
        const string text = "The mayor called the stadium plan “a gift to the owners.”";
        var a = AttributionsOf(text).ShouldHaveSingleItem();
        a.CueClass.ShouldBe(CueClass.Evaluation);
        text.Substring(a.Content.Start, a.Content.Length).ShouldStartWith("the stadium plan “a gift to the owners");
    }

    [Fact]
    public void Calling_someone_without_a_complement_reports_nothing() =>
        AttributionsOf("The union called the police.").ShouldBeEmpty();

    [Fact]
    public void An_organisation_as_it_holds_a_belief_with_an_infinitive_after_its_object()
    {
        const string text = "The port authority said traffic fell in May. It expects volumes to recover by the autumn.";
        var a = AttributionsOf(text).Single(x => x.CueClass == CueClass.Belief);
        a.Source.Text.ShouldBe("It");
        a.Source.Name.ShouldBe("port authority");
        text.Substring(a.Content.Start, a.Content.Length).ShouldBe("volumes to recover by the autumn");
    }
}
