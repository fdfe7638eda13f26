namespace Ingestion.Extraction.Tests;

/// <summary>
/// A furniture word in the class of a link or a span inside a sentence names the link's style (a glossary
/// pop-up, a related-story link), not a block of furniture: the words stay in the body. The same names on
/// blocks, and links that stand outside any sentence, are still furniture.
/// </summary>
public sealed class InlineFurnitureNameTests
{
    private const string Opening = "The harbour board voted on Tuesday to dredge the eastern channel before the spring tides, ending a dispute that had lasted three seasons.";
    private const string Closing = "Work is due to start in March, and the board expects the channel to reopen to the larger ferries by the end of the summer.";

    private static IReadOnlyList<string> Body(string middle) => new ArticleExtractor().Extract($"""
        <html><head><title>Harbour board backs dredging | Coast Gazette</title></head><body>
        <article><h1>Harbour board backs dredging</h1><p>{Opening}</p>{middle}<p>{Closing}</p></article>
        </body></html>
        """).Paragraphs;

    [Theory]
    [InlineData("""<p>Fishermen said the <a href="javascript:void(0)" class="popup">silted channel</a> had cost them two hours on every trip out of the harbour this year.</p>""", "Fishermen said the silted channel had cost them two hours on every trip out of the harbour this year.")]
    [InlineData("""<p>The skipper, who asked not to be named, said the delays were <span class="tooltip">"ruinous"</span> for the smaller boats that fish the outer banks.</p>""", "The skipper, who asked not to be named, said the delays were \"ruinous\" for the smaller boats that fish the outer banks.")]
    [InlineData("""<p>The board first discussed the plan at a meeting in 2021, as <a href="/harbour-plan" class="related-link">an earlier report</a> described in some detail.</p>""", "The board first discussed the plan at a meeting in 2021, as an earlier report described in some detail.")]
    public void Keeps_a_styled_link_or_word_inside_a_sentence(string paragraph, string expected)
    {
        Body(paragraph).ShouldBe([Opening, expected, Closing]);
    }

    [Fact]
    public void Keeps_a_glossary_link_whose_class_attribute_runs_over_two_lines()
    {
        // Hand-written pages wrap long attributes; the class is then "popup" and a line break.
        Body("<p>Fishermen said the <a href=\"javascript:void(0)\" onclick=\"return note('A channel is silted when mud settles in it.')\" class=\"popup\n    \">silted channel</a> had cost them two hours on every trip.</p>")
            .ShouldBe([Opening, "Fishermen said the silted channel had cost them two hours on every trip.", Closing]);
    }

    [Fact]
    public void Keeps_a_paragraph_that_is_one_glossary_pop_up_link()
    {
        const string Quote = "\"We have waited long enough for this channel to be cleared,\" said the harbour master, who has argued for the dredging since 2019.";
        Body($"""<p><a href="javascript:void(0)" class="popup">{Quote}</a></p>""").ShouldBe([Opening, Quote, Closing]);
    }

    [Fact]
    public void Keeps_a_link_that_ends_the_sentence_the_words_before_it_began()
    {
        Body("""<p>The vote followed a long campaign by the owners of the <a href="javascript:void(0)" class="popup">smaller trawlers.</a></p>""")
            .ShouldBe([Opening, "The vote followed a long campaign by the owners of the smaller trawlers.", Closing]);
    }

    [Fact]
    public void Still_drops_a_pop_up_card_block()
    {
        Body("""<div class="author-popup"><p>Mara Quill covers ports and shipping for the Gazette. Write to her with tips and corrections.</p></div>""")
            .ShouldBe([Opening, Closing]);
    }

    [Fact]
    public void Still_drops_a_related_link_after_a_finished_sentence()
    {
        Body("""<p>The board meets again next month. <a href="/more" class="related-link">Council rejects new marina</a></p>""")
            .ShouldBe([Opening, "The board meets again next month.", Closing]);
    }

    [Fact]
    public void Still_drops_share_links_between_separators()
    {
        Body("""<p>Share: <a href="/s/fb" class="share-link">Facebook</a> | <a href="/s/x" class="share-link">X</a></p>""")
            .ShouldBe([Opening, Closing]);
    }
}
