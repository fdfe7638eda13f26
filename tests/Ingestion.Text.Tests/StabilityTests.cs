
namespace Ingestion.Text.Tests;

public sealed class StabilityTests
{
    [Fact]
    public void Same_text_gives_the_same_claims_and_offsets()
    {
        var first = new ClaimExtractor().Extract(Fixtures.SeedArticle);
        var second = new ClaimExtractor().Extract(Fixtures.SeedArticle);

        second.Count.ShouldBe(first.Count);
        for (var i = 0; i < first.Count; i++)
        {
            (second[i].Start, second[i].Length, second[i].Kind, second[i].Hedged).ShouldBe((first[i].Start, first[i].Length, first[i].Kind, first[i].Hedged));
            second[i].Attributions.SequenceEqual(first[i].Attributions).ShouldBeTrue();
        }
    }

    [Fact]
    public void One_extractor_is_safe_to_share_between_threads()
    {
        var extractor = new ClaimExtractor();
        var expected = extractor.Extract(Fixtures.SeedArticle).Select(c => (c.Start, c.Length)).ToList();
        Parallel.For(0, 16, _ => extractor.Extract(Fixtures.SeedArticle).Select(c => (c.Start, c.Length)).ShouldBe(expected));
    }

    [Fact]
    public void Pathological_punctuation_does_not_blow_up()
    {
        var text = string.Concat(Enumerable.Repeat("a. . . . ! ? “ ” ( ) [ ] Mr. U.S. 1. ", 2_000));
        new SentenceSegmenter().Segment(text).ShouldNotBeEmpty();
        ShouldHoldInText(new ClaimExtractor().Extract(text), text);
    }

    // Speed is measured in benchmarks/Ingestion.Benchmarks, not asserted here; these texts are shapes that broke
    // span arithmetic in the parse-based attribution finder (empty quotes, a cue with nothing after it, a colon
    // with no label, dashes with nothing between, one sentence of thousands of words).
    [Theory]
    [InlineData("“”")]
    [InlineData("''")]
    [InlineData("'' ''")]
    [InlineData(": x")]
    [InlineData("— —")]
    [InlineData("Reportedly.")]
    [InlineData("reportedly")]
    [InlineData("Q:")]
    [InlineData("Q: A:")]
    [InlineData("SMITH:")]
    [InlineData("He said")]
    [InlineData("He said that")]
    [InlineData("said.")]
    [InlineData("According to")]
    [InlineData("“He said,” she said, “”")]
    [InlineData("The minister, who said,")]
    [InlineData("— Jane Doe")]
    [InlineData("WARSAW (Wire) —")]
    public void Degenerate_text_gives_claims_inside_the_text(string text) =>
        ShouldHoldInText(new ClaimExtractor().Extract(text), text);

    [Fact]
    public void A_sentence_of_thousands_of_words_gives_claims_inside_the_text()
    {
        var text = "Officials said that " + string.Join(", and ", Enumerable.Repeat("the minister told reporters the plan would cost $5 million according to the ministry", 200)) + ".";
        var claims = new ClaimExtractor().Extract(text);
        ShouldHoldInText(claims, text);
        claims.ShouldNotBeEmpty();
    }

    private static void ShouldHoldInText(IReadOnlyList<ExtractedClaim> claims, string text)
    {
        foreach (var claim in claims)
        {
            claim.Start.ShouldBeGreaterThanOrEqualTo(0);
            (claim.Start + claim.Length).ShouldBeLessThanOrEqualTo(text.Length);
            foreach (var attribution in claim.Attributions)
            {
                var spans = new (int Start, int Length)?[]
                {
                    (attribution.Cue.Start, attribution.Cue.Length),
                    (attribution.Content.Start, attribution.Content.Length),
                    (attribution.Source.Start, attribution.Source.Length),
                    attribution.Role is { } role ? (role.Start, role.Length) : null,
                    attribution.Via is { } via ? (via.Start, via.Length) : null,
                };
                foreach (var span in spans.OfType<(int Start, int Length)>())
                {
                    span.Start.ShouldBeGreaterThanOrEqualTo(0);
                    span.Length.ShouldBeGreaterThanOrEqualTo(0);
                    (span.Start + span.Length).ShouldBeLessThanOrEqualTo(text.Length);
                }
            }
        }
    }
}
