using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>
/// A quotation whose speaker is a written message ("“...,” the banner read."), and which speaker a quotation with
/// no speaker of its own goes on: short articles written for these tests.
/// </summary>
public sealed class AttributionQuotedMessageTests
{
    private static IReadOnlyList<ExtractedClaim> Extract(params string[] paragraphs) =>
        new ClaimExtractor().Extract(string.Join("\n\n", paragraphs));

    private static string ContentOf(string text, Attribution a) => text.Substring(a.Content.Start, a.Content.Length);

    [Theory]
    [InlineData("“Closed until further notice,” the sign read.", "the sign")]
    [InlineData("“We are still here,” the hand-painted banner read.", "the hand-painted banner")]
    [InlineData("“Thank you for 40 years,” a plaque outside the station reads.", "a plaque outside the station")]
    [InlineData("“The decision is final,” the letter read in part.", "the letter")]
    public void A_written_message_reads_its_quotation(string sentence, string source)
    {
        var text = string.Join("\n\n", "Harbour council meets again on Monday.", sentence);
        var claim = Extract("Harbour council meets again on Monday.", sentence)[1];
        var a = claim.Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe(source);
        a.Cue.Text.ShouldStartWith("read");
        a.CueClass.ShouldBe(CueClass.Speech);
        a.Quote.ShouldBe(QuoteType.Direct);
        ContentOf(text, a).ShouldStartWith("“");
    }

    [Fact]
    public void A_message_read_after_a_reported_finding_is_not_the_finding()
    {
        var claims = Extract(
            "In a statement, the residents’ group said the council’s own survey had shown the damage in March.",
            "“This was avoidable,” the statement read.");
        var a = claims[1].Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("the statement");
        a.Cue.Text.ShouldBe("read");
    }

    [Fact]
    public void A_bare_quotation_goes_on_the_reporter_not_on_the_finding_it_reported()
    {
        var claims = Extract(
            "In a statement, the residents’ group said the council’s own survey had shown the damage in March.",
            "“We warned them again and again.”");
        var speaker = claims[1].Attributions.ShouldHaveSingleItem();
        speaker.Source.Text.ShouldBe("the residents’ group");
        speaker.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void A_bare_quotation_after_a_speaker_nested_in_speech_goes_on_the_inner_speaker()
    {
        // Speech inside speech keeps the innermost speaker: only a finding of a document gives way.
        var claims = Extract(
            "The broadcaster reported that the mayor had told the council the budget was short.",
            "“We cannot pay for all of it,” he added.");
        claims[1].Attributions.ShouldHaveSingleItem().Cue.Text.ShouldBe("added");
    }

    [Theory]
    [InlineData("“It was a long night,” the coach read from his notes.")]
    [InlineData("“Read the room,” the senator said.")]
    public void Read_is_not_a_cue_without_a_written_message(string sentence)
    {
        var claims = Extract(sentence);
        claims[0].Attributions.ShouldAllBe(a => a.Cue.Text != "read");
    }
}
