namespace Ingestion.Extraction.Tests;

/// <summary>
/// The per-thread parser (<see cref="HtmlParsing"/>) and the span lookups of <see cref="RawNesting"/>: reusing
/// one parser must give every call a document of its own, on any thread, and extraction through it must read
/// the same article every time.
/// </summary>
public sealed class SharedParsingTests
{
    private const string Orchard = "The cooperative pressed its first cider from the hillside orchard on Tuesday, three years after the frost killed half its trees.";
    private const string Buyers = "Members said two shops in the market town had already agreed to stock the bottles, and a third was tasting samples this week.";
    private const string Apples = "The growers planted old varieties that flower late, so a cold spell in April no longer costs them the whole harvest in one night.";

    [Fact]
    public void Two_parses_on_one_thread_give_separate_documents()
    {
        var first = HtmlParsing.Parse("<html><body><p id=\"a\">Quay wall repaired</p></body></html>");
        var second = HtmlParsing.Parse("<html><body><p id=\"b\">Ferry timetable restored</p></body></html>");

        first.ShouldNotBeSameAs(second);
        first.Body!.TextContent.ShouldBe("Quay wall repaired");
        second.Body!.TextContent.ShouldBe("Ferry timetable restored");

        // Changing one document leaves the other, and the next parse, alone.
        first.Body.InnerHtml = "";
        second.Body.TextContent.ShouldBe("Ferry timetable restored");
        HtmlParsing.Parse("<p>Harbour reopened</p>").Body!.TextContent.ShouldBe("Harbour reopened");
    }

    [Fact]
    public void Scripts_are_not_run_and_noscript_content_is_read_as_markup()
    {
        // Scripting off: the parser reads <noscript> as elements, which is what the page shows without scripts.
        var document = HtmlParsing.Parse("<html><body><noscript><p>Lock gates closed for repairs</p></noscript></body></html>");

        document.QuerySelector("noscript p")!.TextContent.ShouldBe("Lock gates closed for repairs");
    }

    [Fact]
    public void Extraction_reads_the_same_article_on_every_call_and_every_thread()
    {
        var html = $"<html><head><title>Cider returns to the valley</title></head><body><article><h1>Cider returns to the valley</h1><p>{Orchard}</p><p>{Buyers}</p><p>{Apples}</p></article></body></html>";
        var extractor = new ArticleExtractor();
        var expected = extractor.Extract(html).Text;

        extractor.Extract(html).Text.ShouldBe(expected);
        var onOtherThreads = Enumerable.Range(0, 8).AsParallel().Select(_ => extractor.Extract(html).Text).ToList();

        onOtherThreads.ShouldAllBe(text => text == expected);
        expected.ShouldContain(Orchard);
        expected.ShouldContain(Apples);
    }

    [Fact]
    public void Raw_nesting_matches_tag_names_in_any_case()
    {
        // Past the limit, unclosed start tags are dropped whatever their case, and a raw-text element written in
        // capitals ("<SCRIPT>") still hides the '<' inside it from the depth count.
        var deep = string.Concat(Enumerable.Repeat("<DIV>", 6)) + string.Concat(Enumerable.Repeat("<Span>", 4)) + "canal<SCRIPT>if (a <b) {}</SCRIPT>";

        var limited = RawNesting.Limit(deep, 8);

        limited.ShouldBe(string.Concat(Enumerable.Repeat("<DIV>", 6)) + "<Span><Span>canal<SCRIPT>if (a <b) {}</SCRIPT>");
    }

    [Fact]
    public void Raw_nesting_leaves_elements_that_do_not_nest_uncounted_in_any_case()
    {
        // <P>, <LI> and <BR> close implicitly or hold nothing, so a long run of them is no depth at all.
        var flat = string.Concat(Enumerable.Repeat("<P>lock<BR><LI>weir", 20));

        RawNesting.Limit(flat, 4).ShouldBe(flat);
    }
}
