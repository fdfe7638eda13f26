namespace Ingestion.Extraction.Tests;

/// <summary>
/// Classes of furniture that sit inside article containers (issue 18, extraction precision): each test is a small
/// page written for the class, with its own invented text.
/// </summary>
public sealed class PrecisionClassTests
{
    private const string One = "The harbour board agreed on Monday to dredge the northern channel before the autumn storms, after two cargo ships ran aground there in a single week.";
    private const string Two = "Pilots had warned for months that silt from the river mouth was narrowing the approach, and the board's engineers said the work would take about six weeks.";
    private const string Three = "The dredging will be paid for from the port's reserve fund, a spokesman said, so harbour dues will not rise this year.";

    private static IReadOnlyList<string> Body(string html) => new ArticleExtractor().Extract(html).Paragraphs;

    private static string Page(string inside, string head = "") =>
        $"<html><head>{head}</head><body><article><p>{One}</p><p>{Two}</p>{inside}<p>{Three}</p></article></body></html>";

    [Theory]
    [InlineData("Subscribe to the Harbour Gazette and get every story from the waterfront.")]
    [InlineData("Sign up for the Tideline newsletter, delivered to your inbox every Friday.")]
    [InlineData("Download the Gazette app for breaking alerts on your phone.")]
    [InlineData("Support independent local journalism: make a gift today.")]
    [InlineData("Become a member and read without limits.")]
    [InlineData("Listen to our Waterfront Weekly podcast on Apple Podcasts.")]
    [InlineData("You have reached your limit of free articles this month.")]
    [InlineData("Already a subscriber? Log in here.")]
    [InlineData("If you enjoyed this article, consider joining our members' club.")]
    [InlineData("Join our reader forums to talk about the port.")]
    [InlineData("Sign In")]
    [InlineData("BREAKING NEWS")]
    public void Drops_reader_prompts(string prompt)
    {
        Body(Page($"<p>{prompt}</p>")).ShouldBe([One, Two, Three]);
    }

    [Theory]
    [InlineData("Subscribers to the port's mailing list were told of the closure a day earlier.")]
    [InlineData("Members of the board said the app used by pilots had shown the silt building up.")]
    [InlineData("Breaking news of the grounding reached the board during its morning session.")]
    public void Keeps_sentences_that_use_prompt_words(string sentence)
    {
        Body(Page($"<p>{sentence}</p>")).ShouldBe([One, Two, sentence, Three]);
    }

    [Fact]
    public void Drops_teaser_lists_of_headlines_with_summaries()
    {
        var teasers = """
            <h3>Elsewhere on the coast</h3>
            <h4><a href="/a">Ferry operator adds a late sailing to the islands</a></h4>
            <p>The extra crossing runs on weekdays from June until the end of August.</p>
            <h4><a href="/b">Lighthouse keepers' cottages to become a museum</a></h4>
            <p>The county bought the row of cottages last spring for a little under a million.</p>
            """;
        Body(Page(teasers)).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_alternating_buttons_and_sentences()
    {
        // Product pages alternate short buttons ("Next", "Learn more") with sentences: no headlines, no teasers.
        var blurbs = """
            <p><a href="#1">Learn more</a></p><p>The new crane lifts twice the weight of the old one and uses half the power.</p>
            <p><a href="#2">Next</a></p><p>Its cab is heated, so operators can work through the winter without breaks.</p>
            """;
        var body = Body(Page(blurbs));
        body.ShouldContain("The new crane lifts twice the weight of the old one and uses half the power.");
        body.ShouldContain("Its cab is heated, so operators can work through the winter without breaks.");
    }

    [Fact]
    public void Drops_a_first_paragraph_that_repeats_the_title()
    {
        var html = $"<html><head><title>Harbour board orders dredging of northern channel | Harbour Gazette</title></head><body><article><p>Harbour board orders dredging of northern channel</p><p>{One}</p><p>{Two}</p><p>{Three}</p></article></body></html>";
        Body(html).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_first_paragraph_that_only_starts_like_the_title()
    {
        var html = $"<html><head><title>Harbour board orders dredging</title></head><body><article><p>Harbour board orders dredging of the channel, and pilots welcome the decision.</p><p>{One}</p><p>{Two}</p></article></body></html>";
        Body(html).Count.ShouldBe(3);
    }

    [Fact]
    public void Drops_about_company_sections_of_press_releases()
    {
        var about = """
            <p>About Larkspur Marine Systems</p>
            <p>Larkspur Marine Systems builds sensors for ports and shipping lanes. Founded in 2009, Larkspur employs 240 people in four countries.</p>
            """;
        var html = $"<html><body><article><p>{One}</p><p>{Two}</p><p>{Three}</p>{about}</article></body></html>";
        Body(html).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_about_headings_that_start_a_section_of_the_story()
    {
        var section = "<p>About the channel</p><p>The northern channel was first dug in 1887 and has been deepened three times since.</p>";
        var html = $"<html><body><article><p>{One}</p><p>{Two}</p><p>{Three}</p>{section}</article></body></html>";
        Body(html).Count.ShouldBe(5);
    }

    [Fact]
    public void Drops_a_closing_author_bio()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board orders dredging","author":{"@type":"Person","name":"Tessa Marlowe"}}</script>""";
        var html = $"<html><head>{head}</head><body><article><p>{One}</p><p>{Two}</p><p>{Three}</p><p>Tessa Marlowe is a senior reporter covering shipping and the coast. She joined the Gazette in 2015.</p></article></body></html>";
        Body(html).ShouldBe([One, Two, Three]);
    }

    [Fact]
    public void Keeps_a_closing_paragraph_about_someone_else()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board orders dredging","author":{"@type":"Person","name":"Tessa Marlowe"}}</script>""";
        const string last = "Gareth Pryce is a harbour pilot who has guided ships into the port for 22 years.";
        var html = $"<html><head>{head}</head><body><article><p>{One}</p><p>{Two}</p><p>{Three}</p><p>{last}</p></article></body></html>";
        Body(html).ShouldBe([One, Two, Three, last]);
    }

    [Fact]
    public void Drops_pop_up_profile_cards()
    {
        var card = """<div class="author-popover"><p>Tessa Marlowe</p><p>Shipping reporter</p><p>Follows the port, the fleet and the weather.</p><a href="/staff/tm">View profile</a></div>""";
        Body(Page(card)).ShouldBe([One, Two, Three]);
    }
}
