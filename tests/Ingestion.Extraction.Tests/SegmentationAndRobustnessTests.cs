using System.Text;

namespace Ingestion.Extraction.Tests;

public sealed class SegmentationAndRobustnessTests
{
    private const string Lead = "The committee published its final report on Thursday after eighteen months of hearings, interviews and site visits across the region.";
    private const string Second = "Its authors said the findings should shape the next budget, and urged ministers to act on them before the end of the parliamentary session.";

    [Fact]
    public void Makes_one_paragraph_per_block_element_with_whitespace_collapsed()
    {
        var html = $"""
            <html><body><article>
            <p>{Lead}</p>
            <p>   {Second.Replace(" ", "  \n\t ", StringComparison.Ordinal)}   </p>
            <h2>Main findings</h2>
            <ul><li>Waiting times rose in every district.</li><li>Staffing fell by 8 percent.</li></ul>
            <blockquote>We cannot wait another year, the chair told reporters.</blockquote>
            <p></p><p>&nbsp;</p>
            <pre>line one
            line two</pre>
            <p>First line of an address<br>Second line of an address</p>
            </article></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe(
        [
            Lead, Second, "Main findings", "Waiting times rose in every district.", "Staffing fell by 8 percent.",
            "We cannot wait another year, the chair told reporters.", "line one", "line two",
            "First line of an address", "Second line of an address",
        ]);
    }

    [Fact]
    public void Makes_one_paragraph_per_table_row()
    {
        var html = $"""
            <html><body><article><p>{Lead}</p><p>{Second}</p>
            <table><tr><th>District</th><th>Waiting time</th></tr><tr><td>North</td><td>14 weeks</td></tr><tr><td>South</td><td>9 weeks</td></tr></table>
            </article></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe([Lead, Second, "District Waiting time", "North 14 weeks", "South 9 weeks"]);
    }

    [Fact]
    public void Keeps_right_to_left_text_intact()
    {
        const string arabic = "أعلنت وزارة الصحة يوم الاثنين عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، في إطار خطة لتحسين الخدمات الطبية.";
        var html = $"""<html lang="ar" dir="rtl"><head><title>الصحة</title></head><body><article>{string.Concat(Enumerable.Repeat($"<p>{arabic}</p>", 4))}</article></body></html>""";

        var article = new ArticleExtractor().Extract(html);

        article.Paragraphs.ShouldAllBe(p => p == arabic);
        article.Paragraphs.Count.ShouldBe(4);
        article.Language.ShouldBe("ar");
    }

    [Fact]
    public void Keeps_cjk_text_without_spaces_intact()
    {
        const string japanese = "気象庁は二十日、関東地方で記録的な大雨となるおそれがあるとして、土砂災害や河川の氾濫に厳重な警戒を呼びかけた。";
        var html = $"""<html lang="ja"><body><div class="article-body">{string.Concat(Enumerable.Repeat($"<p>{japanese}</p>", 6))}</div></body></html>""";

        var article = new ArticleExtractor().Extract(html);

        article.Paragraphs.Count.ShouldBe(6);
        article.Paragraphs.ShouldAllBe(p => p == japanese);
    }

    [Fact]
    public void Survives_extremely_deep_nesting()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>").Append(Lead).Append("</p>");
        html.Append("</body></html>");

        var article = new ArticleExtractor().Extract(html.ToString());

        article.Text.ShouldContain("eighteen months of hearings");
    }

    [Fact]
    public void Extracts_the_body_of_a_huge_script_heavy_page()
    {
        var html = new StringBuilder("<html><head>");
        for (var i = 0; i < 2_000; i++)
        {
            html.Append("<script>var x").Append(i).Append(" = '").Append('a', 2_000).Append("';</script>");
        }

        html.Append("</head><body><article>");
        for (var i = 0; i < 3_000; i++)
        {
            html.Append("<div class=\"item\"><p>").Append(Lead).Append("</p></div>");
        }

        html.Append("</article></body></html>");
        // How long it takes is measured in benchmarks/Ingestion.Benchmarks; here, that it finishes with the body.
        var article = new ArticleExtractor().Extract(html.ToString());

        article.Paragraphs.ShouldNotBeEmpty();
        article.Paragraphs.ShouldAllBe(p => !p.Contains("var x"));
    }

    [Fact]
    public void Cuts_input_beyond_the_size_cap()
    {
        var html = "<html><body><article><p>" + Lead + "</p><p>" + new string('x', ArticleExtractor.MaxHtmlChars) + "</p><p>" + Second + "</p></article></body></html>";

        var article = new ArticleExtractor().Extract(html);

        article.Text.ShouldNotContain(Second);
    }

    [Fact]
    public void Returns_an_empty_body_for_an_empty_page()
    {
        var article = new ArticleExtractor().Extract("");

        article.Paragraphs.ShouldBeEmpty();
        article.Text.ShouldBe("");
    }
}
