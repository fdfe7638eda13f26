using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>
/// An attribution nested in another's content ends with that content: it does not run on over the words that
/// report it ("..., two officials said"). Sentences written for these tests.
/// </summary>
public sealed class AttributionNestedContentTests
{
    private static (string Text, ExtractedClaim Claim) One(string sentence) => SentenceClaims.Of(sentence, "Harbour works resume");

    private static string ContentOf(string text, Attribution a) => text.Substring(a.Content.Start, a.Content.Length);

    [Theory]
    [InlineData("The ferry is expected to sail again on Friday, two port officials said.", "are expected to|is expected to", "sail again on Friday")]
    [InlineData("The bridge is likely to reopen before the holidays, according to the county engineer.", "is likely to", "reopen before the holidays")]
    [InlineData("The strike is expected to end this week, union sources told the radio station.", "is expected to", "end this week")]
    public void A_nested_content_ends_before_the_trailing_report(string sentence, string innerCues, string innerContent)
    {
        var (text, claim) = One(sentence);
        var inner = claim.Attributions.Where(a => innerCues.Split('|').Contains(a.Cue.Text)).ToList();
        if (inner.Count == 0)
        {
            // The sentence may read with no nested attribution at all; then the outer one alone must hold the clause.
            claim.Attributions.ShouldHaveSingleItem().Cue.Start.ShouldBeGreaterThan(sentence.IndexOf(',', StringComparison.Ordinal));
            return;
        }

        var nested = inner.ShouldHaveSingleItem();
        ContentOf(text, nested).ShouldEndWith(innerContent);
        foreach (var outer in claim.Attributions.Where(a => !ReferenceEquals(a, nested)))
        {
            (nested.Content.Start + nested.Content.Length).ShouldBeLessThanOrEqualTo(outer.Cue.Start);
            if (outer.Source.Length > 0)
            {
                (nested.Content.Start + nested.Content.Length).ShouldBeLessThanOrEqualTo(outer.Source.Start);
            }
        }
    }

    [Fact]
    public void The_first_example_has_its_nested_attribution()
    {
        // Guards the theory above from passing on its fallback alone: this shape is read with the nested cue today.
        var (text, claim) = One("Talks are expected to resume on Monday, three people familiar with the plan said.");
        var nested = claim.Attributions.Single(a => a.Cue.Text == "are expected to");
        ContentOf(text, nested).ShouldBe("resume on Monday");
        claim.Attributions.Single(a => a.Cue.Text == "said").Source.Text.ShouldBe("three people familiar with the plan");
    }

    [Fact]
    public void A_nested_report_inside_a_reported_clause_keeps_its_whole_content()
    {
        // The outer content holds the inner one completely: nothing to end.
        var (text, claim) = One("The minister said the regulator had found that the tanks leaked for years.");
        var found = claim.Attributions.Single(a => a.Cue.Text.Contains("found", StringComparison.Ordinal));
        ContentOf(text, found).ShouldBe("the tanks leaked for years");
    }
}
