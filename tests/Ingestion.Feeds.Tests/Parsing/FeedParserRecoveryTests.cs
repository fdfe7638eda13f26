using System.Diagnostics;
using System.Text;
using Ingestion.Feeds.Parsing;

namespace Ingestion.Feeds.Tests.Parsing;

public class FeedParserRecoveryTests
{
    private static ParsedFeed Parse(string document, string? contentType = null) =>
        new FeedParser().Parse(Encoding.UTF8.GetBytes(document), contentType);

    private static string Everything(ParsedFeed feed) =>
        string.Join("\n", new[] { feed.Title, feed.Link, feed.Description }
            .Concat(feed.Entries.SelectMany(e => new[] { e.Id, e.Title, e.Link, e.Summary, e.Content }))
            .Concat(feed.Entries.SelectMany(e => e.Authors.Select(a => a.Name))));

    [Fact]
    public void Well_formed_documents_say_so()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>Fine</title></channel></rss>");
        feed.WellFormed.ShouldBeTrue();
    }

    [Fact]
    public void Unescaped_ampersands_are_recovered()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>Smith & Sons</title>
            <item><title>Q&A with the mayor</title><link>http://n.example.com/?a=1&b=2</link></item>
            </channel></rss>
            """);

        feed.WellFormed.ShouldBeFalse();
        feed.Title.ShouldBe("Smith & Sons");
        feed.Entries[0].Title.ShouldBe("Q&A with the mayor");
        feed.Entries[0].Link.ShouldBe("http://n.example.com/?a=1&b=2");
    }

    [Fact]
    public void Html_entities_undefined_in_xml_are_decoded()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>Caf&eacute;&nbsp;News &mdash; today</title>
            <item><title>Price: 5&euro;</title><description>a&nbsp;b</description></item></channel></rss>
            """);

        feed.WellFormed.ShouldBeFalse();
        feed.Title.ShouldBe("Café News — today");
        feed.Entries[0].Title.ShouldBe("Price: 5€");
    }

    [Fact]
    public void Truncated_documents_keep_the_complete_items()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Cut off</title>
            <item><title>One</title><link>http://c.example.com/1</link></item>
            <item><title>Two</title><link>http://c.example.com/2</link></item>
            <item><title>Thr
            """);

        feed.WellFormed.ShouldBeFalse();
        feed.Title.ShouldBe("Cut off");
        feed.Entries.Count.ShouldBe(3);
        feed.Entries[1].Link.ShouldBe("http://c.example.com/2");
        feed.Entries[2].Title.ShouldBe("Thr");
    }

    [Fact]
    public void Junk_before_the_root_is_skipped()
    {
        var feed = Parse("Warning: mysql_connect() failed in /var/www/feed.php\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Still here</title></channel></rss>");
        feed.WellFormed.ShouldBeFalse();
        feed.Title.ShouldBe("Still here");
        feed.Format.ShouldBe("rss2.0");
    }

    [Fact]
    public void Leading_whitespace_before_the_declaration_is_harmless()
    {
        var feed = Parse("\n\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Spaced</title></channel></rss>");
        feed.Title.ShouldBe("Spaced");
        feed.WellFormed.ShouldBeTrue();
    }

    [Fact]
    public void Undeclared_well_known_prefixes_are_bound()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><item><title>t</title>
            <dc:creator>Ola Nordmann</dc:creator><content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded>
            </item></channel></rss>
            """);

        feed.WellFormed.ShouldBeFalse();
        feed.Entries[0].Authors.ShouldHaveSingleItem().Name.ShouldBe("Ola Nordmann");
        feed.Entries[0].Content.ShouldBe("<p>Body</p>");
    }

    [Fact]
    public void Unclosed_html_inside_a_description_does_not_swallow_the_next_item()
    {
        var feed = Parse("""
            <rss version="2.0"><channel>
            <item><title>A</title><description><p>one<br>two</description></item>
            <item><title>B</title></item>
            </channel></rss>
            """);

        feed.WellFormed.ShouldBeFalse();
        feed.Entries.Select(e => e.Title).ShouldBe(["A", "B"]);
        feed.Entries[0].Summary.ShouldNotBeNull().ShouldContain("two");
    }

    [Fact]
    public void An_unmatched_quote_ends_at_the_end_of_its_tag()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>Q</title>
            <item><title>One</title><link href="broken>http://q.example.com/1</link></item>
            <item><title>Two &</title></item>
            </channel></rss>
            """);
        feed.WellFormed.ShouldBeFalse();
        feed.Entries.Select(e => e.Title).ShouldBe(["One", "Two &"]);
        feed.Entries[0].Link.ShouldBe("http://q.example.com/1");
    }

    [Fact]
    public void Recovery_stays_linear_on_pathological_input()
    {
        var document = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<item a=\"x><title>t &amp", 20_000)) + "</channel></rss>";
        var watch = Stopwatch.StartNew();
        var feed = Parse(document);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        feed.WellFormed.ShouldBeFalse();
    }

    [Fact]
    public void Deep_nesting_is_flattened_not_recursed()
    {
        var deepXml = "<rss version=\"2.0\"><channel><item><title>Deep</title><description>"
            + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "bottom" + string.Concat(Enumerable.Repeat("</div>", 50_000))
            + "</description></item></channel></rss>";
        var wellFormedButDeep = Parse(deepXml);
        wellFormedButDeep.Entries.ShouldHaveSingleItem().Title.ShouldBe("Deep");
        wellFormedButDeep.WellFormed.ShouldBeFalse();

        var deepHtml = "<rss version=\"2.0\"><channel><item><description><![CDATA["
            + string.Concat(Enumerable.Repeat("<span>", 50_000)) + "bottom]]></description></item></channel></rss>";
        Parse(deepHtml).Entries[0].Summary.ShouldBe("bottom");
    }

    [Fact]
    public void Control_characters_are_dropped()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>Bad\u0001 byte\u000B here</title></channel></rss>");
        feed.WellFormed.ShouldBeFalse();
        feed.Title.ShouldBe("Bad byte here");
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"feed-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-7f3a9");
        try
        {
            var feed = Parse($"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> <!ENTITY % remote SYSTEM "file://{secret}"> %remote; ]>
                <rss version="2.0"><channel><title>Leak &xxe;</title>
                <item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
                """);

            Everything(feed).ShouldNotContain("TOP-SECRET-7f3a9");
            feed.Title.ShouldNotBeNull().ShouldStartWith("Leak");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Entity_expansion_bombs_are_not_expanded()
    {
        var lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var k = 1; k <= 9; k++)
        {
            lol.Append($"<!ENTITY lol{k} \"{string.Concat(Enumerable.Repeat($"&lol{k - 1};", 10)).Replace("&lol0;", "&lol;", StringComparison.Ordinal)}\">");
        }

        lol.Append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        var watch = Stopwatch.StartNew();
        var feed = Parse(lol.ToString());
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        (feed.Title ?? string.Empty).Length.ShouldBeLessThan(100);
    }

    [Fact]
    public void Sanitises_active_content_in_summaries()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><item><description><![CDATA[
              <p onmouseover="x()" class="lead">Hello <a href="javascript:alert(1)">link</a>
              <a href="https://ok.example.com/">ok</a></p>
              <script>alert(1)</script><style>p{}</style><iframe src="https://evil.example.com/"></iframe>
              <img src="data:text/html;base64,PHNjcmlwdD4=" alt="x"><span style="width: expression(alert(1))">s</span>
            ]]></description></item></channel></rss>
            """);

        var summary = feed.Entries[0].Summary.ShouldNotBeNull();
        summary.ShouldContain("<p class=\"lead\">Hello <a>link</a>");
        summary.ShouldContain("<a href=\"https://ok.example.com/\">ok</a>");
        summary.ShouldNotContain("onmouseover");
        summary.ShouldNotContain("javascript:");
        summary.ShouldNotContain("<script");
        summary.ShouldNotContain("alert");
        summary.ShouldNotContain("<style");
        summary.ShouldNotContain("iframe");
        summary.ShouldNotContain("data:text/html");
        summary.ShouldContain("<span>s</span>");
    }

    [Fact]
    public void Sanitising_unwraps_forms_and_drops_embedded_objects_but_keeps_the_text()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><item><description><![CDATA[<form action="/x"><p>In form</p></form><object data="x.swf"></object><svg><script>a()</script></svg>Tail]]></description></item></channel></rss>
            """);
        feed.Entries[0].Summary.ShouldBe("<p>In form</p>Tail");
    }

    [Fact]
    public void Latin1_declaration_is_read_as_windows_1252()
    {
        // The Windows-1252 bytes are written by hand: é, and the curly quotes ISO-8859-1 does not have.
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf# #quoted#</title></channel></rss>";
        var bytes = Encoding.ASCII.GetBytes(text);
        var hashes = text.Select((c, i) => (c, i)).Where(p => p.c == '#').Select(p => p.i).ToArray();
        bytes[hashes[0]] = 0xE9;
        bytes[hashes[1]] = 0x93;
        bytes[hashes[2]] = 0x94;

        var feed = new FeedParser().Parse(bytes);
        feed.Title.ShouldBe("Café \u201Cquoted\u201D");
        feed.WellFormed.ShouldBeTrue();
    }

    [Fact]
    public void Utf8_declared_but_legacy_bytes_fall_back_and_are_flagged()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>na#ve</title></channel></rss>");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xEF; // "ï" in Windows-1252, invalid alone in UTF-8
        var feed = new FeedParser().Parse(bytes);
        feed.Title.ShouldBe("naïve");
        feed.WellFormed.ShouldBeFalse();
    }

    [Fact]
    public void Byte_order_marks_and_utf16()
    {
        const string doc = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Ελληνικά</title></channel></rss>";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(doc)).ToArray();
        new FeedParser().Parse(utf16).Title.ShouldBe("Ελληνικά");

        var utf16BigEndianNoBom = Encoding.BigEndianUnicode.GetBytes(doc);
        new FeedParser().Parse(utf16BigEndianNoBom).Title.ShouldBe("Ελληνικά");

        var utf8Bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(doc.Replace("utf-16", "utf-8", StringComparison.Ordinal))).ToArray();
        var feed = new FeedParser().Parse(utf8Bom);
        feed.Title.ShouldBe("Ελληνικά");
        feed.WellFormed.ShouldBeTrue();
    }

    [Fact]
    public void Http_charset_overrides_the_declaration()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("iso-8859-7").GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Αθήνα</title></channel></rss>");
        new FeedParser().Parse(bytes, "application/rss+xml; charset=ISO-8859-7").Title.ShouldBe("Αθήνα");
    }

    [Fact]
    public void Relative_item_links_resolve_against_xml_base_and_are_otherwise_left_for_the_caller()
    {
        const string document = """
            <rss version="2.0"><channel><link>https://site.example.com/news/</link>
              <item><link>story-1.html</link></item>
              <item xml:base="https://other.example.com/a/"><link>../b/story-2.html</link></item>
              <item><link>/story-3.html</link></item>
            </channel></rss>
            """;

        // The channel link is the site's home page, not the feed's address: it is no base for relative links.
        Parse(document).Entries.Select(e => e.Link).ShouldBe(["story-1.html", "https://other.example.com/b/story-2.html", "/story-3.html"]);

        var located = new FeedParser().Parse(Encoding.UTF8.GetBytes(document), null, new Uri("https://cdn.example.net/feeds/rss.xml"));
        located.Entries.Select(e => e.Link).ShouldBe(
            ["https://cdn.example.net/feeds/story-1.html", "https://other.example.com/b/story-2.html", "https://cdn.example.net/story-3.html"]);
    }

    [Fact]
    public void Utf8_mislabelled_as_latin1_by_the_server_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Zürich – Genève</title></channel></rss>");
        var feed = new FeedParser().Parse(bytes, "text/xml; charset=ISO-8859-1");
        feed.Title.ShouldBe("Zürich – Genève");
        feed.WellFormed.ShouldBeTrue();
    }

    [Fact]
    public void Undeclared_legacy_bytes_are_read_as_windows_1252_and_flagged()
    {
        var bytes = Encoding.ASCII.GetBytes("<rss version=\"2.0\"><channel><title>#t#</title></channel></rss>");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0x84; // „ in Windows-1252
        bytes[Array.LastIndexOf(bytes, (byte)'#')] = 0x93; // “
        var feed = new FeedParser().Parse(bytes);
        feed.Title.ShouldBe("\u201Et\u201C");
        feed.WellFormed.ShouldBeFalse();
    }

    [Fact]
    public void Relative_references_resolve_against_the_document_url_when_it_is_known()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="blog/">
              <link href="./"/>
              <entry xml:base="2026/">
                <link href="post.html"/>
                <content type="html" xml:base="media/">&lt;img src="pic.jpg"&gt;</content>
              </entry>
            </feed>
            """);
        var feed = new FeedParser().Parse(bytes, "application/atom+xml", new Uri("https://host.example.com/feeds/main.xml"));

        feed.Link.ShouldBe("https://host.example.com/feeds/blog/");
        feed.Entries[0].Link.ShouldBe("https://host.example.com/feeds/blog/2026/post.html");
        feed.Entries[0].Content.ShouldBe("<img src=\"https://host.example.com/feeds/blog/2026/media/pic.jpg\">");
    }
}
