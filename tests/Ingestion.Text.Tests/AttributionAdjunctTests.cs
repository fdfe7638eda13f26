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

/// <summary>A trailing "telling X (that) ..." names its audience; a verb with a particle the cue list does not pair is no cue. Sentences written for these tests.</summary>
public sealed class AttributionTellingAndParticleTests
{
    private static ExtractedClaim One(string sentence, out string text)
    {
        text = "Harbour inquiry\n\n" + sentence;
        return new ClaimExtractor().Extract(text).Single(c => c.Text == sentence);
    }

    [Theory]
    [InlineData("The minister defended the plan, telling parliament that it would save money.", "parliament", "it would save money")]
    [InlineData("The coach praised the squad, telling the club’s supporters that the best was still to come.", "the club’s supporters", "the best was still to come")]
    public void Telling_names_its_audience(string sentence, string audience, string content)
    {
        var claim = One(sentence, out var text);
        var telling = claim.Attributions.Single(a => a.Cue.Text == "telling");
        telling.Via!.Text.ShouldBe(audience);
        text.Substring(telling.Content.Start, telling.Content.Length).ShouldBe(content);
    }

    [Theory]
    [InlineData("The union called off the strike on Friday.")]
    [InlineData("The ferry company called off all sailings after the storm warning.")]
    [InlineData("The dockers called off their walkout, arguing that the offer met their demands.")]
    [InlineData("The union called off the strike, arguing that members had won enough.")]
    public void A_verb_with_another_particle_is_no_cue(string sentence)
    {
        One(sentence, out _).Attributions.ShouldNotContain(a => a.Cue.Text.StartsWith("called", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paired_particle_is_still_a_cue()
    {
        // Guard: "pointed out" is in the cue list with its particle.
        var claim = One("The inspector pointed out that the railings were loose.", out var text);
        var a = claim.Attributions.ShouldHaveSingleItem();
        a.Cue.Text.ShouldBe("pointed out");
        text.Substring(a.Content.Start, a.Content.Length).ShouldBe("the railings were loose");
    }
}
