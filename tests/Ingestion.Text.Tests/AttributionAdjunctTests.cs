using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>A phrase of place or time between a cue and its "that" is the cue's adjunct, not content. Sentences written for these tests.</summary>
public sealed class AttributionAdjunctTests
{
    private static (string Text, Attribution Only) One(string sentence)
    {
        var text = "Harbour inquiry\n\n" + sentence;
        var claim = new ClaimExtractor().Extract(text).Single(c => c.Text == sentence);
        return (text, claim.Attributions.ShouldHaveSingleItem());
    }

    [Theory]
    [InlineData("Whitfield said outside court that her client would plead not guilty.", "her client would plead not guilty")]
    [InlineData("The ferry operator said across its social media channels that sailings would resume.", "sailings would resume")]
    [InlineData("Councillor Ames wrote in the council’s weekly bulletin that the pier would reopen.", "the pier would reopen")]
    [InlineData("The engineer said after the inspection that the crane was safe.", "the crane was safe")]
    public void The_content_starts_after_that(string sentence, string content)
    {
        var (text, a) = One(sentence);
        text.Substring(a.Content.Start, a.Content.Length).ShouldBe(content);
    }

    [Fact]
    public void A_clause_without_that_keeps_its_words()
    {
        // Guard: with no "that" within the phrase, nothing is skipped.
        var (text, a) = One("The harbour master said inside the terminal the queues were shorter than last year.");
        text.Substring(a.Content.Start, a.Content.Length).ShouldStartWith("inside the terminal");
    }
}
