using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

public sealed class ClaimKindTests
{
    private static ExtractedClaim Single(string text) => new ClaimExtractor().Extract(text).ShouldHaveSingleItem();

    [Theory]
    [InlineData("The government should cut taxes now.")]
    [InlineData("Western governments must act before the winter.")]
    [InlineData("Regulators need to close the loophole.")]
    [InlineData("After the vote, lawmakers ought to listen to voters.")]
    [InlineData("It is essential that the talks resume.")]
    public void Author_modal_of_obligation_is_prescriptive(string text) =>
        Single(text).Kind.ShouldBe(ClaimKind.Prescriptive);

    [Theory]
    [InlineData("Investors who should have known better lost millions.")]
    [InlineData("The suspects must have left before dawn.")]
    [InlineData("Officials said that the army must withdraw.")]
    [InlineData("The need to rebuild is clear.")]
    public void Modal_outside_the_authors_main_clause_is_not_prescriptive(string text) =>
        Single(text).Kind.ShouldNotBe(ClaimKind.Prescriptive);

    [Fact]
    public void Should_as_a_condition_is_not_prescriptive_but_is_hedged()
    {
        var claim = Single("Should the talks fail, the army could return to the capital.");
        claim.Kind.ShouldBe(ClaimKind.Claim);
        claim.Hedged.ShouldBeTrue();
    }

    [Fact]
    public void Question() => Single("Why did the council wait so long?").Kind.ShouldBe(ClaimKind.Question);

    [Fact]
    public void A_quoted_question_in_a_reported_sentence_is_a_claim() =>
        Single("“Why now?” the senator asked reporters.").Kind.ShouldNotBe(ClaimKind.Question);

    [Theory]
    [InlineData("The reform may be proving effective.")]
    [InlineData("The decision was, frankly, absurd.")]
    [InlineData("Unfortunately, the plan arrived too late.")]
    [InlineData("We believe the ruling is wrong.")]
    public void Evaluations_by_the_author_are_opinions(string text) =>
        Single(text).Kind.ShouldBe(ClaimKind.Opinion);

    [Theory]
    [InlineData("The rebels' forces were crucial in taking the city.")]
    [InlineData("The bridge reopened on Monday.")]
    public void Checkable_statements_are_claims(string text) =>
        Single(text).Kind.ShouldBe(ClaimKind.Claim);

    [Theory]
    [InlineData("The strikes allegedly killed 12 civilians.", true)]
    [InlineData("The virus might spread further.", true)]
    [InlineData("The minister reportedly resigned.", true)]
    [InlineData("If the dam breaks, the valley would flood.", true)]
    [InlineData("The group apparently moved south.", true)]
    [InlineData("He said he would resign in March.", false)]
    [InlineData("A spokesperson could not be reached.", false)]
    [InlineData("The militants can regroup quickly.", false)]
    [InlineData("Police reported that two people were injured.", false)]
    [InlineData("The festival opens in May.", false)]
    public void Hedging(string text, bool hedged) => Single(text).Hedged.ShouldBe(hedged);
}
