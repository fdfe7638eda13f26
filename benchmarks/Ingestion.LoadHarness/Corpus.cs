using System.Globalization;
using System.Net;
using System.Text;

namespace Ingestion.LoadHarness;

/// <summary>
/// A synthetic news corpus: N article pages with attributed sentences, quotes, places, dates and numbers, each
/// distinct (so every claim id is distinct), and one RSS feed listing them. Written from templates, not copied.
/// Each run gets its own edition number in the text: a run on a database that kept an earlier run's rows would
/// otherwise find every page to be a copy of an article already stored and measure no claims at all.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Cities = ["Kingsport", "Eastmouth", "Northgate", "Sirte", "Misrata", "Berlin", "Manchester", "Tripoli"];
    private static readonly string[] People = ["Margaret Osei", "Daniel Whitcombe", "Helen Marsh", "Rafael Duarte", "Clara Benn", "Joseph Adeyemi"];
    private static readonly string[] Roles = ["council leader", "chief economist", "union secretary", "agriculture minister", "port director"];
    private static readonly string[] Outlets = ["NBC News", "The Independent", "CNN", "Reuters", "The Coastal Ledger"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];

    public static string Write(string folder, int articles)
    {
        var edition = Random.Shared.Next(1_000, 1_000_000);
        var pages = Directory.CreateDirectory(Path.Combine(folder, "pages")).FullName;
        var items = new StringBuilder();
        for (var i = 0; i < articles; i++)
        {
            var name = $"article-{i:D6}.html";
            File.WriteAllText(Path.Combine(pages, name), Page(i, edition), Encoding.UTF8);
            items.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Load test story {i}</title><link>../pages/{name}</link><guid isPermaLink="false">load-{i}</guid>
                <pubDate>Tue, 10 Jun 2025 07:15:00 GMT</pubDate><description>Story {i}</description></item>

                """);
        }

        var feeds = Directory.CreateDirectory(Path.Combine(folder, "feeds")).FullName;
        var feed = Path.Combine(feeds, "load.rss.xml");
        File.WriteAllText(feed, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Load Test News</title><link>https://load.example/</link><description>Synthetic corpus</description>
            {items}</channel></rss>
            """, Encoding.UTF8);
        return feed;
    }

    private static string Page(int i, int edition)
    {
        string Pick(string[] values, int salt) => values[(i * 7 + salt) % values.Length];
        var city = Pick(Cities, 0);
        var person = Pick(People, 1);
        var other = Pick(People, 4);
        var role = Pick(Roles, 2);
        var outlet = Pick(Outlets, 3);
        var month = Pick(Months, 5);
        var year = 2015 + i % 10;
        var paragraphs = new[]
        {
            $"The city council of {city} voted {20 + i % 13} to {i % 11} on Thursday to approve plan number {edition}-{i}, a £{10 + i % 90} million programme of flood defences and road repairs.",
            $"According to {outlet}, work on plan {i} will begin in {month} {year} and last at least {2 + i % 5} years.",
            $"{char.ToUpperInvariant(role[0])}{role[1..]} {person} said the decision was \"the most important vote this chamber has taken on case {i}.\"",
            $"\"We cannot ask {1000 + i} families to wait another winter,\" {person} told reporters outside the town hall.",
            $"{other}, an opposition councillor, warned that the cost of plan {i} could rise by more than {5 + i % 30} percent.",
            $"Officials said about {100 + i % 400} homes near {city} had flooded in {month} {year - 1}.",
            $"The council must now seek consent from the regional planning authority for scheme {i}.",
        };
        var body = string.Join("\n", paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {i} | Load Test News</title>
            <meta property="og:site_name" content="Load Test News"></head>
            <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <article><h1>Council approves plan {i} for {city}</h1><p class="byline">By Staff Reporter</p>
            {body}
            </article><div class="share">Share This</div><section><h3>Leave a Reply</h3></section></body></html>
            """;
    }
}
