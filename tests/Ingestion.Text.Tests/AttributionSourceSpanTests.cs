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

/// <summary>A cue's participle after a comma reports for the first attribution's source (sentences written for these tests).</summary>
public sealed class TrailingParticipleTests
{
    [Theory]
    [InlineData("The growers' association has sued to halt the dredging, arguing that the silt will smother the oyster beds.", "arguing", "the silt will smother the oyster beds")]
    [InlineData("The auditor says the new rota has not cut costs, noting that overtime rose in every ward last year.", "noting", "overtime rose in every ward last year")]
    [InlineData("The league chair said the clubs must “calm things down,” warning that another brawl would cost them points.", "warning", "another brawl would cost them points")]
    public void The_participle_is_an_attribution_of_its_own_sharing_the_first_source(string text, string cue, string content)
    {
        var all = new ClaimExtractor().Extract(text).SelectMany(c => c.Attributions).ToList();
        var first = all.First(a => a.Source.Length > 0);
        var participle = all.Single(a => a.Cue.Text == cue);
        text.Substring(participle.Content.Start, participle.Content.Length).ShouldBe(content);
        participle.Source.Length.ShouldBe(0);
        participle.Source.Name.ShouldBe(first.Source.Name);
        (first.Content.Start + first.Content.Length).ShouldBeLessThan(participle.Cue.Start);
    }

    [Fact]
    public void A_participle_with_no_attribution_before_it_reports_nothing()
    {
        var all = new ClaimExtractor().Extract("The river rose overnight, flooding the lower town.").SelectMany(c => c.Attributions);
        all.ShouldBeEmpty();
    }
}

/// <summary>A fronted "Asked" is the asker's question, not the answerer's (sentences written for these tests).</summary>
public sealed class AskedQuestionTests
{
    private static IReadOnlyList<Attribution> AttributionsOf(string text) =>
        [.. new ClaimExtractor().Extract(text).SelectMany(c => c.Attributions)];

    [Fact]
    public void Asked_by_someone_is_that_ones_question()
    {
        var asked = AttributionsOf("Asked by reporters whether the bridge would reopen in May, she said it would.").Single(a => a.Cue.Text == "Asked");
        asked.Source.Text.ShouldBe("reporters");
        asked.CueClass.ShouldBe(CueClass.Question);
    }

    [Fact]
    public void Asked_with_no_asker_has_no_source_and_is_not_the_answerers()
    {
        var all = AttributionsOf("Asked whether the bridge would reopen, the mayor said she hoped so.");
        all.Where(a => a.Cue.Text == "Asked").ShouldAllBe(a => a.Source.Length == 0 && a.Source.Type == SourceType.None);
        all.ShouldContain(a => a.Cue.Text == "said" && a.Source.Text == "the mayor");
    }

    [Fact]
    public void A_request_for_anonymity_reports_nothing()
    {
        var all = AttributionsOf("A council official, who asked not to be named, said the bridge would reopen in May.");
        all.ShouldNotContain(a => a.Cue.Text.Contains("asked"));
        all.ShouldContain(a => a.Cue.Text == "said");
    }
}

/// <summary>An asker named as the subject keeps the question (sentences written for this test).</summary>
public sealed class AskedBySubjectTests
{
    [Theory]
    [InlineData("The auditor asked if the new pier had been finished on time.")]
    [InlineData("The auditor asked how much the new pier had cost the town.")]
    [InlineData("The auditor asked whether the new pier had been finished on time.")]
    public void A_subject_that_asks_is_the_source_of_its_question(string sentence)
    {
        var asked = new ClaimExtractor().Extract(sentence)
            .SelectMany(c => c.Attributions).Single(a => a.Cue.Text == "asked");
        asked.Source.Text.ShouldContain("auditor");
    }
}
