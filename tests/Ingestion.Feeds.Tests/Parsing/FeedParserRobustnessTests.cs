using System.Text;
using Ingestion.Feeds.Parsing;

namespace Ingestion.Feeds.Tests.Parsing;

/// <summary>Whatever the bytes, the parser returns a feed or throws <see cref="FeedParseException"/>: nothing else.</summary>
public class FeedParserRobustnessTests
{
    private const string Sample = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Sample &amp; co</title><link>https://s.example.com/</link>
        <item><title>First</title><link>/a</link><dc:creator>Ana (ana@s.example.com)</dc:creator>
        <description><![CDATA[<p>Hi <b>there</b></p>]]></description><pubDate>Tue, 17 Mar 2015 14:05:09 GMT</pubDate></item>
        <item><title>Second &lt;i&gt;it&lt;/i&gt;</title><content:encoded>&lt;div&gt;x&lt;/div&gt;</content:encoded></item>
        </channel></rss>
        """;

    private const string AtomSample = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example.com/"><title type="html">A &amp;amp; B</title>
        <entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">T <b>x</b></div></title>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>c</p></div></content><updated>2015-03-17T14:05:09Z</updated></entry></feed>
        """;

    private static void ParsesOrRefuses(byte[] bytes)
    {
        try
        {
            new FeedParser().Parse(bytes);
        }
        catch (FeedParseException)
        {
        }
    }

    [Theory]
    [InlineData(Sample)]
    [InlineData(AtomSample)]
    public void Every_truncation_parses_or_is_refused(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        for (var length = 0; length <= bytes.Length; length++)
        {
            ParsesOrRefuses(bytes[..length]);
        }
    }

    [Fact]
    public void Truncation_keeps_what_was_complete()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        var cut = Sample.IndexOf("<item><title>Second", StringComparison.Ordinal);
        var feed = new FeedParser().Parse(bytes[..cut]);
        feed.WellFormed.ShouldBeFalse();
        feed.Entries.ShouldHaveSingleItem().Title.ShouldBe("First");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_corruption_parses_or_is_refused(int seed)
    {
        var random = new Random(seed);
        var alphabet = "<>&;/=\"'![]?:# \u00e9\u0001x".ToCharArray();
        foreach (var document in new[] { Sample, AtomSample })
        {
            for (var round = 0; round < 150; round++)
            {
                var chars = document.ToCharArray();
                for (var k = 0; k < 1 + random.Next(6); k++)
                {
                    chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                }

                ParsesOrRefuses(Encoding.UTF8.GetBytes(chars));
            }
        }
    }

    [Fact]
    public void Random_bytes_parse_or_are_refused()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            if (round % 2 == 0)
            {
                bytes[0] = (byte)'<';
            }

            ParsesOrRefuses(bytes);
        }
    }
}
