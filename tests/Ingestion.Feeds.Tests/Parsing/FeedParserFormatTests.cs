using System.Text;
using Ingestion.Feeds.Parsing;

namespace Ingestion.Feeds.Tests.Parsing;

public class FeedParserFormatTests
{
    private static ParsedFeed Parse(string document, string? contentType = null, Uri? location = null) =>
        new FeedParser().Parse(Encoding.UTF8.GetBytes(document), contentType, location);

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi, int s) => new(y, mo, d, h, mi, s, TimeSpan.Zero);

    [Fact]
    public void Rss20_channel_and_item_fields_with_common_extensions()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Gazette</title>
                <link>https://gazette.example.org/</link>
                <description>News from the &lt;b&gt;harbour&lt;/b&gt;</description>
                <language>en-gb</language>
                <lastBuildDate>Mon, 02 Mar 2026 09:15:00 +0100</lastBuildDate>
                <ttl>30</ttl>
                <managingEditor>desk@gazette.example.org (News Desk)</managingEditor>
                <item>
                  <title>Ferry timetable changes</title>
                  <link>https://gazette.example.org/2026/03/ferry</link>
                  <guid isPermaLink="false">gazette-4411</guid>
                  <pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
                  <description><![CDATA[<p>The <em>morning</em> ferry moves.</p>]]></description>
                  <content:encoded><![CDATA[<p>Full story about the ferry.</p><script>track()</script>]]></content:encoded>
                  <dc:creator>Maria Lopez</dc:creator>
                  <category>Transport</category>
                  <category>Local</category>
                </item>
              </channel>
            </rss>
            """);

        feed.Format.ShouldBe("rss2.0");
        feed.WellFormed.ShouldBeTrue();
        feed.Title.ShouldBe("Harbour Gazette");
        feed.Link.ShouldBe("https://gazette.example.org/");
        feed.Description.ShouldBe("News from the harbour");
        feed.Language.ShouldBe("en-gb");
        feed.Updated.ShouldBe(Utc(2026, 3, 2, 8, 15, 0));
        feed.TimeToLive.ShouldBe(TimeSpan.FromMinutes(30));
        feed.Authors.ShouldHaveSingleItem().ShouldBe(new FeedAuthor("News Desk", "desk@gazette.example.org", null));

        var item = feed.Entries.ShouldHaveSingleItem();
        item.Id.ShouldBe("gazette-4411");
        item.Title.ShouldBe("Ferry timetable changes");
        item.Link.ShouldBe("https://gazette.example.org/2026/03/ferry");
        item.Published.ShouldBe(Utc(2026, 3, 2, 8, 0, 0));
        item.Summary.ShouldBe("<p>The <em>morning</em> ferry moves.</p>");
        item.Content.ShouldBe("<p>Full story about the ferry.</p>");
        item.Authors.ShouldHaveSingleItem().Name.ShouldBe("Maria Lopez");
        item.Categories.ShouldBe(["Transport", "Local"]);
    }

    [Fact]
    public void Rss_guid_is_the_link_only_when_it_is_a_permalink()
    {
        var feed = Parse("""
            <rss version="2.0"><channel>
              <item><guid>https://a.example.com/story-1</guid></item>
              <item><guid isPermaLink="false">https://a.example.com/story-2</guid></item>
              <item><link>https://a.example.com/story-3</link><guid isPermaLink="true">https://a.example.com/p?id=3</guid></item>
            </channel></rss>
            """);

        feed.Entries[0].Link.ShouldBe("https://a.example.com/story-1");
        feed.Entries[1].Link.ShouldBeNull();
        feed.Entries[1].Id.ShouldBe("https://a.example.com/story-2");
        feed.Entries[2].Link.ShouldBe("https://a.example.com/story-3");
    }

    [Fact]
    public void Rss091_with_the_netscape_doctype_is_read_without_fetching_the_dtd()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Ana&apos;s notes</title><language>pt</language>
              <item><title>2 &lt; 3</title><link>http://notes.example.net/1</link><description>plain words</description></item>
            </channel></rss>
            """);

        feed.Format.ShouldBe("rss0.91");
        feed.WellFormed.ShouldBeTrue();
        feed.Title.ShouldBe("Ana's notes");
        feed.Language.ShouldBe("pt");
        feed.Entries[0].Title.ShouldBe("2 < 3");
        feed.Entries[0].Summary.ShouldBe("plain words");
    }

    [Theory]
    [InlineData("0.92", "rss0.92")]
    [InlineData("2.0.1", "rss2.0")]
    [InlineData("0.94", "rss0.94")]
    public void Rss_versions(string version, string format) =>
        Parse($"""<rss version="{version}"><channel><title>t</title></channel></rss>""").Format.ShouldBe(format);

    [Fact]
    public void Rss10_rdf_items_sit_beside_the_channel_and_use_dublin_core()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://weather.example.com/rss">
                <title>Weather Office</title><link>http://weather.example.com/</link><description>Forecasts</description>
                <dc:language>de</dc:language>
                <items><rdf:Seq><rdf:li resource="http://weather.example.com/w/88"/></rdf:Seq></items>
              </channel>
              <item rdf:about="http://weather.example.com/w/88">
                <title>Storm warning</title><link>http://weather.example.com/w/88</link>
                <dc:date>2026-01-14T06:30:00+01:00</dc:date>
                <dc:creator>Forecast Team</dc:creator>
                <dc:subject>Alerts</dc:subject>
              </item>
            </rdf:RDF>
            """);

        feed.Format.ShouldBe("rss1.0");
        feed.Language.ShouldBe("de");
        var item = feed.Entries.ShouldHaveSingleItem();
        item.Id.ShouldBe("http://weather.example.com/w/88");
        item.Title.ShouldBe("Storm warning");
        item.Updated.ShouldBe(Utc(2026, 1, 14, 5, 30, 0));
        item.Published.ShouldBe(Utc(2026, 1, 14, 5, 30, 0));
        item.Authors.ShouldHaveSingleItem().Name.ShouldBe("Forecast Team");
        item.Categories.ShouldBe(["Alerts"]);
    }

    [Fact]
    public void Rss090_is_recognised_by_its_namespace()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Old Site</title><link>http://old.example.com/</link></channel>
              <item><title>First</title><link>http://old.example.com/1</link></item>
              <item><title>Second</title><link>http://old.example.com/2</link></item>
            </rdf:RDF>
            """);

        feed.Format.ShouldBe("rss0.90");
        feed.Title.ShouldBe("Old Site");
        feed.Entries.Select(e => e.Title).ShouldBe(["First", "Second"]);
    }

    [Fact]
    public void Atom10_text_constructs_links_authors_and_dates()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://blog.example.fr/">
              <title type="html">Carnet &amp;lt;3</title>
              <subtitle>Notes</subtitle>
              <link rel="self" href="https://blog.example.fr/atom.xml"/>
              <link href="https://blog.example.fr/"/>
              <updated>2026-02-01T10:00:00Z</updated>
              <author><name>Claire Martin</name><email>claire@blog.example.fr</email></author>
              <entry>
                <id>tag:blog.example.fr,2026:1</id>
                <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Un <b>titre</b></div></title>
                <link rel="enclosure" href="https://cdn.example.fr/a.mp3"/>
                <link rel="alternate" type="text/html" href="posts/1.html"/>
                <published>2026-01-31T18:00:00+01:00</published>
                <updated>2026-02-01T09:00:00+01:00</updated>
                <summary type="text">Less &lt;than&gt; more</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Voir <a href="images/x.png">ceci</a></p></div></content>
                <category term="voyage" label="Voyage"/>
              </entry>
              <entry>
                <title>Second</title>
                <author><name>Invité</name><uri>/invites/1</uri></author>
                <content type="html">&lt;p onclick="steal()"&gt;Bonjour&lt;/p&gt;</content>
              </entry>
            </feed>
            """);

        feed.Format.ShouldBe("atom1.0");
        feed.Title.ShouldBe("Carnet <3");
        feed.Description.ShouldBe("Notes");
        feed.Link.ShouldBe("https://blog.example.fr/");
        feed.Language.ShouldBe("fr");
        feed.Updated.ShouldBe(Utc(2026, 2, 1, 10, 0, 0));

        var first = feed.Entries[0];
        first.Id.ShouldBe("tag:blog.example.fr,2026:1");
        first.Title.ShouldBe("Un titre");
        first.Link.ShouldBe("https://blog.example.fr/posts/1.html");
        first.Published.ShouldBe(Utc(2026, 1, 31, 17, 0, 0));
        first.Updated.ShouldBe(Utc(2026, 2, 1, 8, 0, 0));
        first.Summary.ShouldBe("Less &lt;than&gt; more");
        first.Content.ShouldBe("<p>Voir <a href=\"https://blog.example.fr/images/x.png\">ceci</a></p>");
        first.Categories.ShouldBe(["voyage"]);
        // Atom 1.0: an entry without authors takes the feed's.
        first.Authors.ShouldHaveSingleItem().ShouldBe(new FeedAuthor("Claire Martin", "claire@blog.example.fr", null));

        var second = feed.Entries[1];
        second.Authors.ShouldHaveSingleItem().ShouldBe(new FeedAuthor("Invité", null, "https://blog.example.fr/invites/1"));
        second.Content.ShouldBe("<p>Bonjour</p>");
        // HTML content doubles as the summary when there is none, as feedparser does.
        second.Summary.ShouldBe("<p>Bonjour</p>");
    }

    [Fact]
    public void Atom03_modes_dates_and_link_text()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("<p>Decoded <i>body</i></p>"));
        var feed = Parse($"""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Draft Era</title>
              <tagline>Before the RFC</tagline>
              <modified>2005-06-01T12:00:00Z</modified>
              <entry>
                <title>Escaped</title>
                <link rel="alternate" type="text/html">http://draft.example.com/1</link>
                <issued>2005-05-30T08:00:00-04:00</issued>
                <modified>2005-05-31T08:00:00Z</modified>
                <author><name>Sam</name><url>http://sam.example.com/</url></author>
                <summary type="text/html" mode="escaped">&lt;b&gt;Bold&lt;/b&gt; claim</summary>
                <content type="text/html" mode="base64">{encoded}</content>
              </entry>
            </feed>
            """);

        feed.Format.ShouldBe("atom0.3");
        feed.Description.ShouldBe("Before the RFC");
        feed.Updated.ShouldBe(Utc(2005, 6, 1, 12, 0, 0));
        var entry = feed.Entries.ShouldHaveSingleItem();
        entry.Link.ShouldBe("http://draft.example.com/1");
        entry.Published.ShouldBe(Utc(2005, 5, 30, 12, 0, 0));
        entry.Updated.ShouldBe(Utc(2005, 5, 31, 8, 0, 0));
        entry.Authors.ShouldHaveSingleItem().ShouldBe(new FeedAuthor("Sam", null, "http://sam.example.com/"));
        entry.Summary.ShouldBe("<b>Bold</b> claim");
        entry.Content.ShouldBe("<p>Decoded <i>body</i></p>");
    }

    [Fact]
    public void Json_feed_11()
    {
        var feed = Parse("""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Lab Log",
              "home_page_url": "https://lab.example.io/",
              "description": "Experiments",
              "language": "en-US",
              "authors": [{ "name": "Dr. Ada", "url": "https://lab.example.io/ada" }],
              "items": [
                {
                  "id": "42",
                  "url": "/posts/42",
                  "title": "Results &amp; caveats",
                  "content_html": "<p>It worked<img src=x onerror=alert(1)></p>",
                  "summary": "It worked",
                  "date_published": "2026-03-01T12:00:00-05:00",
                  "date_modified": "2026-03-02T00:00:00Z",
                  "tags": ["physics", "results"]
                },
                { "id": 43, "content_text": "plain <text>" }
              ]
            }
            """, "application/feed+json", new Uri("https://lab.example.io/feed.json"));

        feed.Format.ShouldBe("jsonfeed1.1");
        feed.Title.ShouldBe("Lab Log");
        feed.Link.ShouldBe("https://lab.example.io/");
        feed.Language.ShouldBe("en-US");
        feed.Authors.ShouldHaveSingleItem().Name.ShouldBe("Dr. Ada");
        var first = feed.Entries[0];
        first.Id.ShouldBe("42");
        first.Link.ShouldBe("https://lab.example.io/posts/42");
        first.Published.ShouldBe(Utc(2026, 3, 1, 17, 0, 0));
        first.Updated.ShouldBe(Utc(2026, 3, 2, 0, 0, 0));
        first.Content.ShouldBe("<p>It worked<img src=\"https://lab.example.io/x\"></p>");
        first.Summary.ShouldBe("It worked");
        first.Categories.ShouldBe(["physics", "results"]);
        feed.Entries[1].Id.ShouldBe("43");
        feed.Entries[1].Content.ShouldBe("plain &lt;text&gt;");
    }

    [Fact]
    public void Json_feed_10_single_author()
    {
        var feed = Parse("""{"version":"https://jsonfeed.org/version/1","title":"Old JSON","author":{"name":"Kim"},"items":[{"id":"a","title":"t"}]}""");
        feed.Format.ShouldBe("jsonfeed1.0");
        feed.Authors.ShouldHaveSingleItem().Name.ShouldBe("Kim");
        feed.Entries.ShouldHaveSingleItem().Title.ShouldBe("t");
    }

    [Fact]
    public void Media_rss_and_itunes_fill_gaps()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel><title>Clips</title>
                <item>
                  <media:group><media:title>Clip one</media:title><media:description>A short clip</media:description></media:group>
                  <itunes:author>Studio Nine</itunes:author>
                  <guid isPermaLink="false">clip-1</guid>
                </item>
              </channel>
            </rss>
            """);

        var item = feed.Entries.ShouldHaveSingleItem();
        item.Title.ShouldBe("Clip one");
        item.Summary.ShouldBe("A short clip");
        item.Authors.ShouldHaveSingleItem().Name.ShouldBe("Studio Nine");
    }

    [Fact]
    public void Atom_prefers_the_alternate_web_page_over_other_alternates_and_other_relations()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
              <link rel="self" href="https://x.example.com/entry.atom"/>
              <link rel="alternate" type="application/json" href="https://x.example.com/entry.json"/>
              <link rel="alternate" type="text/html" href="https://x.example.com/entry"/>
            </entry><entry><link rel="enclosure" href="https://x.example.com/a.mp3"/></entry></feed>
            """);
        feed.Entries[0].Link.ShouldBe("https://x.example.com/entry");
        feed.Entries[1].Link.ShouldBeNull();
    }

    [Fact]
    public void FeedBurner_original_links_replace_the_redirector()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><item>
              <link>http://feeds.example.com/~r/site/~3/abc/</link>
              <feedburner:origLink>https://site.example.com/2026/story</feedburner:origLink>
            </item></channel></rss>
            """);
        feed.Entries.ShouldHaveSingleItem().Link.ShouldBe("https://site.example.com/2026/story");
    }

    [Theory]
    [InlineData("Jane Roe (jane@example.com)", "Jane Roe", "jane@example.com")]
    [InlineData("jane@example.com (Jane Roe)", "Jane Roe", "jane@example.com")]
    [InlineData("Jane Roe &lt;jane@example.com&gt;", "Jane Roe", "jane@example.com")]
    [InlineData("jane@example.com", null, "jane@example.com")]
    [InlineData("Jane Roe", "Jane Roe", null)]
    public void Rss_author_forms(string author, string? name, string? email)
    {
        var feed = Parse($"<rss version=\"2.0\"><channel><item><author>{author}</author></item></channel></rss>");
        var parsed = feed.Entries.ShouldHaveSingleItem().Authors.ShouldHaveSingleItem();
        parsed.Name.ShouldBe(name);
        parsed.Email.ShouldBe(email);
    }

    [Fact]
    public void Rss_titles_that_are_escaped_html_become_text()
    {
        var feed = Parse("""
            <rss version="2.0"><channel>
              <item><title>AT&amp;amp;T results</title></item>
              <item><title>&lt;b&gt;Breaking&lt;/b&gt;: vote</title></item>
              <item><title>Use &lt;video&gt; tags?</title></item>
            </channel></rss>
            """);

        feed.Entries[0].Title.ShouldBe("AT&T results");
        feed.Entries[1].Title.ShouldBe("Breaking: vote");
        // No end tag and no entity: the brackets are the author's words.
        feed.Entries[2].Title.ShouldBe("Use <video> tags?");
    }

    [Fact]
    public void Rss_item_with_summary_and_description_keeps_both()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><item><summary>Short</summary><description>Longer text</description></item></channel></rss>");
        var item = feed.Entries.ShouldHaveSingleItem();
        item.Summary.ShouldBe("Short");
        item.Content.ShouldBe("Longer text");
    }

    [Fact]
    public void Not_a_feed_is_refused()
    {
        Should.Throw<FeedParseException>(() => Parse("<!DOCTYPE html><html><head><title>Home</title></head><body><p>hi</body></html>"));
        Should.Throw<FeedParseException>(() => Parse("""{"name": "package.json", "version": "1.0.0"}"""));
        Should.Throw<FeedParseException>(() => Parse("   "));
        Should.Throw<FeedParseException>(() => new FeedParser().Parse([]));
        Should.Throw<FeedParseException>(() => Parse("just some words"));
    }

    [Fact]
    public void Parsing_is_thread_safe()
    {
        var document = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>A &amp; B</title><description>&lt;p&gt;x &lt;a href="/y"&gt;y&lt;/a&gt;&lt;/p&gt;</description><pubDate>Tue, 17 Mar 2015 14:05:09 EST</pubDate></item>
            </channel></rss>
            """);
        var parser = new FeedParser();
        var expected = parser.Parse(document).Entries[0];
        var results = new FeedEntry[64];
        Parallel.For(0, results.Length, k => results[k] = parser.Parse(document).Entries[0]);
        results.ShouldAllBe(r => r.Title == expected.Title && r.Summary == expected.Summary && r.Published == expected.Published);
    }
}
