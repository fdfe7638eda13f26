namespace Ingestion.Extraction.Tests;

/// <summary>
/// Second pass at furniture inside article containers (issue 18, extraction precision): standfirsts under the
/// headline, captions and credits, partly-linked related lists, syndication and taxonomy trailers, update lines
/// glued to dates and feedback forms. Each test is a small page written for the class, with its own invented text.
/// </summary>
public sealed class PrecisionSecondPassTests
{
    private const string One = "The county's orchard growers picked a record apple harvest this autumn, after a mild spring spared the blossom from frost for the first time in four years.";
    private const string Two = "Packing sheds near the river ran double shifts through October, and two of them hired seasonal workers from the neighbouring valley to keep up.";
    private const string Three = "Prices paid at the farm gate fell slightly because of the glut, the growers' cooperative said, but total income was still expected to rise.";
    private const string Dek = "A frost-free spring and a warm September gave growers their biggest crop in a decade, though prices slipped.";

    private static IReadOnlyList<string> Body(string html) => new ArticleExtractor().Extract(html).Paragraphs;

    private static string Head(string description) =>
        $"""<title>Orchards pick a record harvest | Valley Courier</title><meta name="description" content="{description}"><meta property="og:description" content="{description}">""";

    // Readability takes a short paragraph that sits next to the story's container along with it.
    private static string StoryWithSibling(string top, string head = "") => $"""
        <html><head>{head}</head><body><div class="page"><h1>Orchards pick a record harvest</h1>{top}
        <div class="story"><p>{One}</p><p>{Two}</p><p>{Three}</p></div></div></body></html>
        """;

    // When the paragraphs are spread over sibling elements, Readability takes their parent, header and all.
    private static string StoryInParts(string top, string head = "") => $"""
        <html><head>{head}</head><body><article><header class="clearfix"><h1>Orchards pick a record harvest</h1>{top}</header>
        <div class="text-part"><p>{One}</p></div><div class="text-part"><p>{Two}</p></div><div class="text-part"><p>{Three}</p></div>
        </article></body></html>
        """;

    [Fact]
    public void Drops_a_standfirst_that_is_the_pages_description()
    {
        Body(StoryWithSibling($"""<p class="x7f2a">{Dek}</p>""", Head(Dek))).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_a_standfirst_heading_under_the_headline()
    {
        Body(StoryInParts($"<h3>{Dek}</h3>", Head(Dek))).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("""<p class="article-dek">{0}</p>""")]
    [InlineData("""<p class="c-entry-summary p-dek">{0}</p>""")]
    [InlineData("""<p class="strapline">{0}</p>""")]
    public void Drops_a_standfirst_named_so_by_its_class(string markup)
    {
        Body(StoryWithSibling(string.Format(markup, Dek))).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Drops_a_standfirst_wrapped_in_a_named_element()
    {
        Body(StoryInParts($"""<div class="standfirst"><p>{Dek}</p></div>""")).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_first_paragraph_that_the_description_copies()
    {
        // Many sites fill the description with the story's opening sentence: that sentence is the lede, not a dek.
        Body(StoryWithSibling("", Head(One))).ShouldBe([One, Two, Three]);
        Body(StoryInParts("", Head(One))).ShouldBe([One, Two, Three]);
        // A subheading after the lede does not set the lede apart from the paragraphs that follow.
        var withSubheading = $"""<html><head>{Head(One)}</head><body><div class="page"><h1>Orchards pick a record harvest</h1><div class="story"><p class="first-text">{One}</p><h3>Shifts at the sheds</h3><p>{Two}</p><p>{Three}</p></div></div></body></html>""";
        Body(withSubheading).ShouldBe([One, "Shifts at the sheds", Two, Three]);
    }

    [Fact]
    public void Keeps_the_body_when_its_wrapper_is_named_summary()
    {
        var html = $"""<html><body><article><div class="entry-summary"><p>{One}</p><p>{Two}</p><p>{Three}</p></div></article></body></html>""";
        Body(html).ShouldBe([One, Two, Three]);
    }
}
