using System.Text.Json.Nodes;

namespace Ingestion.Evaluation.Tests;

/// <summary>The scorers' rules as ported to C#, on inputs small enough to work out by hand.</summary>
public class EvalMetricTests
{
    [Fact]
    public void Identical_texts_score_one()
    {
        var score = ShingleMetric.Page("The council voted on Tuesday night.", "The council voted on Tuesday night.");
        score.ShouldBe(new Prf(1, 1, 1));
    }

    [Fact]
    public void One_changed_word_at_the_end_loses_one_shingle_on_each_side()
    {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x) -> tp 1, fp 1, fn 1.
        var score = ShingleMetric.Page("a b c d e", "a b c d x");
        score.Precision.ShouldBe(0.5);
        score.Recall.ShouldBe(0.5);
        score.F1.ShouldBe(0.5);
    }

    [Fact]
    public void Shingles_are_a_multiset()
    {
        // gold "a b c d a b c d": abcd x2, bcda, cdab, dabc (5); predicted "a b c d": abcd x1 -> tp 1, fp 0, fn 4.
        var score = ShingleMetric.Page("a b c d a b c d", "a b c d");
        score.Precision.ShouldBe(1.0);
        score.Recall.ShouldBe(0.2, 1e-12);
        score.F1.ShouldBe(2 * 1.0 * 0.2 / 1.2, 1e-12);
    }

    [Fact]
    public void Fewer_than_four_tokens_make_one_shingle_of_all_of_them()
    {
        ShingleMetric.Shingles("breaking news").Count.ShouldBe(1);
        ShingleMetric.Page("breaking news", "breaking news").F1.ShouldBe(1.0);
        ShingleMetric.Page("breaking news", "breaking story").F1.ShouldBe(0.0);
        ShingleMetric.Shingles("  ... ").ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_averages_precision_only_over_pages_that_predicted_something()
    {
        // Page 1 predicted nothing: recall 0, no precision. Page 2 is perfect: 1 and 1.
        // P = 1/1 = 1, R = (0 + 1) / 2 = 0.5, F1 = 2 * 0.5 / 1.5.
        var score = ShingleMetric.Corpus([("one two three four five", ""), ("six seven eight nine", "six seven eight nine")]);
        score.Precision.ShouldBe(1.0);
        score.Recall.ShouldBe(0.5);
        score.F1.ShouldBe(2.0 / 3.0, 1e-12);
    }

    [Fact]
    public void Word_tokens_follow_python_unicode_rules()
    {
        // Python's \w: letters and all numbers and '_', but neither combining marks nor other connector punctuation.
        PyText.WordTokens("Hindi हिन्दी e\u0301te a\u203fb x_y ½ Ⅻ")
            .ShouldBe(["Hindi", "ह", "न", "द", "e", "te", "a", "b", "x_y", "½", "Ⅻ"]);
        PyText.WordTokens("emoji 😀 then 𝐁old").ShouldBe(["emoji", "then", "𝐁old"]);
    }

    [Fact]
    public void Whitespace_and_case_rules_match_python()
    {
        PyText.NormWs("  Jane\u00a0\u00a0Doe\u001c\n").ShouldBe("Jane Doe");
        PyText.Strip("\u2003 text \u3000").ShouldBe("text");
        PyText.CaseFold("Straße").ShouldBe(PyText.CaseFold("STRASSE"));
        ReadabilityEvalSet.SameText("  By JANE   Doe", "by jane doe").ShouldBeTrue();
        ReadabilityEvalSet.SameText("Jane Doe", "John Doe").ShouldBeFalse();
    }

    [Fact]
    public void Percentages_and_floats_print_as_the_scorers_print_them()
    {
        PyText.Pct(2, 3).ShouldBe("66.67%");
        PyText.Pct(0, 0).ShouldBe("n/a");
        PyText.Fmt(0.98765).ShouldBe("0.988");
    }

    [Theory]
    [InlineData("2017-09-12T10:00:00+02:00", "2017-09-12T08:00:00Z")]
    [InlineData("2017-09-12", "2017-09-12T00:00:00Z")]
    [InlineData("2017-09-12 08:00:00.123Z", "2017-09-12T08:00:00Z")]
    [InlineData("Tue, 12 Sep 2017 10:00:00 +0200", "2017-09-12T08:00:00Z")]
    [InlineData("Sun, 31 Dec 2017 23:00:00 EST", "2018-01-01T04:00:00Z")]
    [InlineData("12 Sep 17 08:00 GMT", "2017-09-12T08:00:00Z")]
    [InlineData("2017-13-01", null)]
    [InlineData("not a date", null)]
    [InlineData("", null)]
    public void Dates_are_read_as_evalcommon_reads_them(string input, string? expected) =>
        PyDates.Iso(PyDates.ParseInstant(input)).ShouldBe(expected);

    [Fact]
    public void Published_dates_match_on_the_written_day_or_the_utc_day()
    {
        // Late evening in New York is already the next day in UTC: either day counts.
        ReadabilityEvalSet.SameDay("2017-09-13T03:30:00Z", "2017-09-12T23:30:00-04:00").ShouldBeTrue();
        ReadabilityEvalSet.SameDay("2017-09-14T03:30:00Z", "2017-09-12T23:30:00-04:00").ShouldBeFalse();
        ReadabilityEvalSet.SameDay("", "2017-09-12").ShouldBeFalse();
    }

    [Fact]
    public void Html_compares_by_tags_attributes_and_text_not_by_spelling()
    {
        PyHtml.Canon("<P ID=x class='a'>Fish &amp; chips</P>").ShouldBe(PyHtml.Canon("<p class=\"a\" id=\"x\">Fish &amp;   chips</p>"));
        PyHtml.Canon("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hi</p></div>").ShouldBe(PyHtml.Canon("<p>Hi</p>"));
        PyHtml.Canon("line<br/>break").ShouldBe(PyHtml.Canon("line<br>break"));
        PyHtml.Canon("<b>bold</b>").ShouldNotBe(PyHtml.Canon("<i>bold</i>"));
        // Two sibling divs are not one wrapper: nothing is dropped.
        PyHtml.Canon("<div>a</div><div>b</div>").Count.ShouldBe(6);
        PyHtml.ToText("<p>Tom &amp; Jerry&nbsp;<i>live</i></p>").ShouldBe("Tom & Jerry live");
        PyHtml.Escape("<b> & </b>").ShouldBe("&lt;b&gt; &amp; &lt;/b&gt;");
    }

    [Fact]
    public void A_feedparser_author_with_an_email_becomes_two_checks()
    {
        var c = new JsonObject { ["format"] = "rss2.0", ["xml"] = "<rss><channel><item><author>x</author></item></channel></rss>" };
        var check = new JsonObject
        {
            ["path"] = new JsonArray("entries", 0, "author"), ["op"] = "==", ["value"] = "Jane Doe (jane@example.com)",
        };
        var (skip, checks) = FeedEvalSet.Map(c, new Lazy<System.Xml.Linq.XElement?>(() => null), check);
        skip.ShouldBeNull();
        checks.Select(m => m.Label).ShouldBe(["entries[0].authors[0].name", "entries[0].authors[0].email"]);

        var output = JsonNode.Parse("""{"entries":[{"authors":[{"name":"Jane  Doe","email":"jane@example.com"}]}]}""")!.AsObject();
        checks.Select(m => FeedEvalSet.Evaluate(output, m).Ok).ShouldBe([true, true]);
        var wrong = JsonNode.Parse("""{"entries":[{"authors":[{"name":"Jane Doe (jane@example.com)"}]}]}""")!.AsObject();
        FeedEvalSet.Evaluate(wrong, checks[0]).Ok.ShouldBeFalse();
    }

    [Fact]
    public void Feedparser_checks_with_no_equivalent_are_skipped()
    {
        var c = new JsonObject { ["format"] = "atom1.0" };
        var check = new JsonObject { ["path"] = new JsonArray("entries", 0, "guidislink"), ["op"] = "==", ["value"] = false };
        FeedEvalSet.Map(c, new Lazy<System.Xml.Linq.XElement?>(() => null), check).Skip.ShouldBe("guidislink: no equivalent");
    }
}
