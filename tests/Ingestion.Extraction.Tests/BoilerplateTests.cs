namespace Ingestion.Extraction.Tests;

/// <summary>Single lines inside the article container: furniture goes, prose that resembles it stays.</summary>
public sealed class BoilerplateTests
{
    private const string Prose = "The regional assembly approved the new housing plan on Wednesday after a debate that ran late into the night, with members split over how many homes the valley could absorb.";

    private static IReadOnlyList<string> ParagraphsAround(string line) =>
        new ArticleExtractor().Extract($"<html><body><article><p>{Prose}</p><p>{Prose} Second.</p><p>{line}</p><p>{Prose} Third.</p></article></body></html>").Paragraphs;

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Share this article")]
    [InlineData("Advertisement")]
    [InlineData("READ MORE: Assembly leader faces confidence vote")]
    [InlineData("Sign up for our daily newsletter to get the top stories in your inbox.")]
    [InlineData("Published 11:26 pm EST, Tuesday, November 19, 2019")]
    [InlineData("| Updated: 10:43, Tue, Nov 19, 2019")]
    [InlineData("Nov. 20, 2019, 9:28 AM UTC")]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("The new estate on the east bank (Image: Getty)")]
    [InlineData("Image copyright Reuters")]
    [InlineData("Maria Lopez contributed reporting from Lisbon.")]
    [InlineData("(Reporting by Ana Lima; editing by Tom Reed)")]
    [InlineData("We may earn a commission if you buy something through links in this article.")]
    [InlineData("<a href=\"/x\">ASSEMBLY LEADER FACES CONFIDENCE VOTE AFTER HOUSING ROW</a>")]
    public void Drops_furniture_lines(string line)
    {
        ParagraphsAround(line).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("Updated: Police have confirmed that two people were taken to hospital.")]
    [InlineData("By Friday, the committee is expected to publish its amendments.")]
    [InlineData("Share prices of the three largest builders rose 4 percent after the vote.")]
    [InlineData("Comments from residents were mixed.")]
    [InlineData("<a href=\"/deal\">Get it on Amazon for $39.99</a>")]
    public void Keeps_prose_that_resembles_furniture(string line)
    {
        ParagraphsAround(line).Count.ShouldBe(4);
    }

    [Fact]
    public void Drops_captions_but_not_wrappers_flagged_as_having_none()
    {
        var html = $"""
            <html><body><article>
            <div class="list-item no_caption"><h2>Rents rose faster than wages in every district of the valley last year.</h2><p>{Prose}</p></div>
            <div class="media"><img src="a.jpg"><span class="imgCaption">Members of the assembly during the vote</span></div>
            <p>{Prose} Second.</p></article></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe(
            ["Rents rose faster than wages in every district of the valley last year.", Prose, Prose + " Second."]);
    }

    [Fact]
    public void Drops_lists_of_links_but_keeps_lists_of_prose()
    {
        var html = $"""
            <html><body><article><p>{Prose}</p><p>{Prose} Second.</p>
            <ul><li>Waiting lists grew in every district last year.</li><li>Rents rose faster than wages.</li></ul>
            <ul><li><a href="/a">Assembly leader faces confidence vote</a></li><li><a href="/b">Valley towns plan new tram line</a></li></ul>
            <p>{Prose} Third.</p></article></body></html>
            """;

        new ArticleExtractor().Extract(html).Paragraphs.ShouldBe(
            [Prose, Prose + " Second.", "Waiting lists grew in every district last year.", "Rents rose faster than wages.", Prose + " Third."]);
    }
}
