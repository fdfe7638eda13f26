using Ingestion.Contracts;

namespace Ingestion.Text.Tests;

/// <summary>
/// The source span as the news attribution corpora mark it: the whole noun phrase of the subject, no more
/// (sentences written for these tests).
/// </summary>
public sealed class AttributionSourceSpanTests
{
    private static Attribution OnlyAttribution(string text) =>
        new ClaimExtractor().Extract(text).SelectMany(c => c.Attributions).ShouldHaveSingleItem();

    [Theory]
    [InlineData("Luis Ortega of the Clean Air Coalition said the plant should close.")]
    [InlineData("“The plant must close,” said Luis Ortega of the Clean Air Coalition.")]
    public void A_name_with_its_organisation_is_the_source_as_written_and_the_name_is_canonical(string text)
    {
        var a = OnlyAttribution(text);
        a.Source.Text.ShouldBe("Luis Ortega of the Clean Air Coalition");
        a.Source.Name.ShouldBe("Luis Ortega");
        a.Source.Type.ShouldBe(SourceType.Person);
    }

    [Fact]
    public void A_fronted_adverbial_is_not_part_of_the_source()
    {
        var a = OnlyAttribution("In a long interview on Sunday the minister said the merger would be called off.");
        a.Source.Text.ShouldBe("the minister");
        a.Cue.Text.ShouldBe("said");
    }

    [Fact]
    public void A_clause_of_the_subject_before_a_participle_cue_is_not_part_of_the_source()
    {
        var a = OnlyAttribution("The union filed a complaint with the regulator on Monday, alleging that the plant had cut safety checks.");
        a.Source.Text.ShouldBe("The union");
        a.Source.Name.ShouldNotContain("complaint");
        a.Cue.Text.ShouldBe("alleging");
    }
}
