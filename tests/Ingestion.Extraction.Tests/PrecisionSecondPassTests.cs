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

    // A story whose container holds the given furniture between its second and third paragraphs, or at its end.
    private static string Inside(string furniture) =>
        $"<html><body><article><p>{One}</p><p>{Two}</p>{furniture}<p>{Three}</p></article></body></html>";

    private static string AtEnd(string furniture) =>
        $"<html><body><article><p>{One}</p><p>{Two}</p><p>{Three}</p>{furniture}</article></body></html>";

    [Fact]
    public void Drops_a_related_list_whose_items_are_partly_linked()
    {
        var related = """
            <div class="list-title">More from the Courier</div>
            <ul>
            <li>Cider makers say <a href="/a">the glut is good news for them</a></li>
            <li>Why the valley's bees <a href="/b">had their best year since 2015</a></li>
            <li>A retired grower <a href="/c">plants a heritage orchard</a> of forgotten apples</li>
            <li>🍎 Taste test: <a href="/d">eight new varieties</a> from the research station</li>
            </ul>
            """;
        Body(AtEnd(related)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_list_in_the_story_with_a_link_in_each_item()
    {
        var list = """
            <p>The cooperative named three reasons for the record:</p>
            <ul>
            <li>no frost during blossom, according to <a href="/w">the weather service's records</a>;</li>
            <li>a wet June, which the growers' own <a href="/r">rain gauges</a> put at twice the usual;</li>
            <li>and fewer pests after the new <a href="/p">spraying rules</a> took effect.</li>
            </ul>
            """;
        Body(Inside(list)).Count.ShouldBe(7);
    }

    [Theory]
    [InlineData("<p>Photo courtesy of the Valley Growers' Cooperative</p>")]
    [InlineData("<p>Image via Orchard Research Station</p>")]
    [InlineData("<p>Photo by Marta Quill</p>")]
    [InlineData("<p>Packing-shed workers sort apples by size, photos © Marta Quill, 2024</p>")]
    public void Drops_photo_credits_and_captions(string caption)
    {
        Body(Inside(caption)).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("<p>Via NewsWireHub.info</p>")]
    [InlineData("<p>Filed under: Agriculture | Valley</p>")]
    [InlineData("<p>Tags: apples, harvest, cooperative</p>")]
    [InlineData("<p>Topics: Farming, Local economy</p>")]
    public void Drops_syndication_and_taxonomy_trailers(string trailer)
    {
        Body(AtEnd(trailer)).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("<p>Oct. 14, 2024Updated: Oct. 15, 2024 9:10 a.m.</p>")]
    [InlineData("<p>October 14, 2024 Updated 3:45 PM</p>")]
    public void Drops_update_lines_glued_to_dates(string line)
    {
        Body(Inside(line)).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("<p>Was this article helpful?</p>")]
    [InlineData("<p>Report an error</p>")]
    [InlineData("<p>Send Courier Feedback</p>")]
    [InlineData("<p>How can we improve?</p>")]
    [InlineData("<p>Please give an overall site rating:</p>")]
    public void Drops_feedback_forms(string prompt)
    {
        Body(AtEnd(prompt)).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Updated figures from the cooperative show the harvest was 12 percent above the old record.")]
    [InlineData("Tags on each crate record the orchard, the picker and the day.")]
    [InlineData("Photographers from three newspapers came to the packing sheds on the first morning.")]
    [InlineData("The growers asked the council to report an error in the survey of orchard land.")]
    public void Keeps_sentences_that_use_trailer_words(string sentence)
    {
        Body(Inside($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    [Fact]
    public void Drops_click_to_tweet_boxes()
    {
        // The box repeats a line of the story with its button's label glued on.
        var box = """<div class="tweet-box"><span>A frost-free spring is worth more than any subsidy.</span><a href="https://twitter.com/intent/tweet">Click To Tweet</a></div>""";
        Body(Inside(box)).ShouldBe([One, Two, Three]);
    }
}
