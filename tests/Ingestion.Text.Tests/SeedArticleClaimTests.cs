using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>The seed article (shared/seed, hand-annotated) as the anchor case for claims and attribution.</summary>
public sealed class SeedArticleClaimTests
{
    private static readonly Lazy<IReadOnlyList<ExtractedClaim>> SeedClaims = new(() => new ClaimExtractor().Extract(Fixtures.SeedArticle));

    private static IReadOnlyList<ExtractedClaim> Claims => SeedClaims.Value;

    private static ExtractedClaim ClaimStarting(string prefix) =>
        Claims.Single(c => c.Text.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Every_body_sentence_is_a_claim_and_nothing_else_is()
    {
        Claims.Count.ShouldBe(24);
        Claims[0].Text.ShouldStartWith("Following territorial losses in cities such as Mosul and Raqqa");
        Claims[^1].Text.ShouldStartWith("European leaders must also be wary");
        Claims.Select(c => c.Ordinal).ShouldBe(Enumerable.Range(0, 24));
    }

    [Theory]
    [InlineData("International News2018Middle East")]
    [InlineData("ISIS Seeks to Regroup in Libya")]
    [InlineData("By Catherine Doolan")]
    [InlineData("Staff Writer")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published")]
    [InlineData("Required fields are marked")]
    [InlineData("This site uses Akismet")]
    [InlineData("Share This")]
    public void Boilerplate_and_header_lines_are_not_claims(string line) =>
        Claims.ShouldNotContain(c => c.Text.Contains(line, StringComparison.Ordinal));

    [Fact]
    public void Claim_offsets_point_at_their_text()
    {
        foreach (var claim in Claims)
        {
            Fixtures.SeedArticle.Substring(claim.Start, claim.Length).ShouldBe(claim.Text);
        }
    }

    [Fact]
    public void The_three_must_sentences_are_prescriptive_and_one_hedged_evaluation_is_opinion()
    {
        Claims.Where(c => c.Kind == ClaimKind.Prescriptive).Select(c => c.Text[..20]).ShouldBe(
            ["To combat the growin", "The Trump administra", "European leaders mus"]);
        var opinion = Claims.Single(c => c.Kind == ClaimKind.Opinion);
        opinion.Text.ShouldContain("may already be proving to be successful");
        opinion.Hedged.ShouldBeTrue();
        Claims.Count(c => c.Kind == ClaimKind.Claim).ShouldBe(20);
    }

    [Fact]
    public void Hedged_are_the_may_alleged_and_if_would_claims_only()
    {
        Claims.Where(c => c.Hedged).Select(c => c.Text[..10]).ShouldBe(
            ["ISIS’ tran", "CNN \u00A0repor", "Aaron Zeli", "These trou"]);
    }

    [Fact]
    public void Author_statements_have_no_attribution()
    {
        ClaimStarting("Libya has been in a state").Attributions.ShouldBeEmpty();
        ClaimStarting("Ghasri’s forces were crucial").Attributions.ShouldBeEmpty();
        ClaimStarting("These strikes were the first attacks").Attributions.ShouldBeEmpty();
        Claims.Count(c => c.Attributions.Count > 0).ShouldBe(10);
    }

    [Fact]
    public void According_to_an_outlet()
    {
        var a = ClaimStarting("According to NBC News").Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("NBC News");
        a.Source.Type.ShouldBe(SourceType.Outlet);
        a.Cue.Text.ShouldBe("According to");
        a.Quote.ShouldBe(QuoteType.Indirect);
        Fixtures.SeedArticle.Substring(a.Content.Start, a.Content.Length).ShouldStartWith("the U.S. military launched");
    }

    [Fact]
    public void Role_before_the_name_and_the_outlet_told()
    {
        var a = ClaimStarting("Terrorism analyst Robert Young Pelton").Attributions.ShouldHaveSingleItem();
        a.Source.Name.ShouldBe("Robert Young Pelton");
        a.Source.Type.ShouldBe(SourceType.Person);
        a.Role!.Text.ShouldBe("Terrorism analyst");
        a.Via!.Text.ShouldBe("Fox News");
        a.Cue.Text.ShouldBe("told");
        a.Quote.ShouldBe(QuoteType.Mixed); // a quoted clause, then the author's paraphrase
    }

    [Fact]
    public void Title_stays_in_the_source_as_written_but_not_in_the_name_and_the_apposition_is_the_role()
    {
        var a = ClaimStarting("Colonel Ahmed Almesmari").Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("Colonel Ahmed Almesmari");
        a.Source.Name.ShouldBe("Ahmed Almesmari");
        a.Role!.Text.ShouldBe("spokesperson for the Libyan National Army");
        a.Via!.Text.ShouldBe("Fox News");
        a.Quote.ShouldBe(QuoteType.Indirect); // "told Fox News that, ISIS first moved ..." has no quotation marks
    }

    [Fact]
    public void A_surname_gets_the_fullest_name_in_the_article()
    {
        var a = ClaimStarting("Almesmari has also stated").Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("Almesmari");
        a.Source.Name.ShouldBe("Ahmed Almesmari");
        a.Cue.Text.ShouldBe("has also stated");
    }

    [Fact]
    public void Nested_chain_outlet_then_group()
    {
        var chain = ClaimStarting("According to The Independent").Attributions;
        chain.Count.ShouldBe(2);
        chain[0].Source.Text.ShouldBe("The Independent");
        chain[0].Source.Type.ShouldBe(SourceType.Outlet);
        chain[1].Source.Text.ShouldBe("military forces of the UN backed Government of National Accord");
        chain[1].Source.Type.ShouldBe(SourceType.Group);
        chain[1].Cue.Text.ShouldBe("are reporting");
    }

    [Fact]
    public void Nested_chain_with_auxiliary_cues()
    {
        var chain = ClaimStarting("CNN \u00A0reports").Attributions;
        chain.Count.ShouldBe(2);
        chain[0].Source.Text.ShouldBe("CNN");
        chain[0].Cue.Text.ShouldBe("reports");
        chain[1].Source.Text.ShouldBe("Libyan security forces in Tripoli");
        chain[1].Source.Type.ShouldBe(SourceType.Group);
        chain[1].Cue.Text.ShouldBe("have alleged");
    }

    [Fact]
    public void Direct_quotes_after_stated_that()
    {
        var ghasri = ClaimStarting("Mohamed Ghasri").Attributions.ShouldHaveSingleItem();
        ghasri.Role!.Text.ShouldBe("a senior commander of the Misrata-based al-Bunyan al-Masrous forces");
        ghasri.Quote.ShouldBe(QuoteType.Direct);

        var zelin = ClaimStarting("Aaron Zelin").Attributions.ShouldHaveSingleItem();
        zelin.Source.Name.ShouldBe("Aaron Zelin");
        zelin.Role!.Text.ShouldBe("an expert on jihad in north Africa and member of the Washington Institute");
        zelin.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void Group_with_adverb_before_the_auxiliary()
    {
        var a = ClaimStarting("German officials").Attributions.ShouldHaveSingleItem();
        a.Source.Text.ShouldBe("German officials");
        a.Source.Type.ShouldBe(SourceType.Group);
        // The verb group whole, its adverb too, as the news attribution corpora mark cues (the seed's own gold keeps "have reported").
        a.Cue.Text.ShouldBe("also have reported");
    }

    [Fact]
    public void Speaker_named_as_an_example_of_the_object_of_led()
    {
        var a = ClaimStarting("These troubling developments").Attributions.ShouldHaveSingleItem();
        a.Source.Name.ShouldBe("Thomas D. Waldhauser");
        a.Source.Type.ShouldBe(SourceType.Person);
        a.Role!.Text.ShouldBe("the head of the US Africa Command");
        a.Cue.Text.ShouldBe("state");
        a.Via!.Text.ShouldBe("CNN");
        a.Quote.ShouldBe(QuoteType.Direct);
    }

    [Fact]
    public void Reads_title_byline_and_section()
    {
        var meta = PlainTextArticle.Read(Fixtures.SeedArticle);
        meta.Title.ShouldBe("ISIS Seeks to Regroup in Libya Following Major Setbacks in Iraq and Syria");
        meta.Byline.ShouldBe("Catherine Doolan");
        meta.Authors.ShouldBe(["Catherine Doolan"]);
        meta.Section.ShouldBe("International News / Middle East");
    }
}
