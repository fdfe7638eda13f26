using System.Globalization;
using System.Net;
using System.Text;

namespace Ingestion.Benchmarks;

/// <summary>
/// Long news pages written from templates (not copied): attributed claims, quotes, people introduced then
/// named by surname, organisations with acronyms, places (some relative to a town), dates and quantities,
/// so that every enrichment stage has work in every paragraph. Deterministic for a given paragraph count.
/// </summary>
internal static class SyntheticArticle
{
    private static readonly string[] People =
        ["Margaret Osei", "Daniel Whitcombe", "Helen Marsh", "Rafael Duarte", "Clara Benn", "Joseph Adeyemi", "Yusuf Karimov", "Ingrid Solberg"];

    private static readonly string[] Roles = ["council leader", "chief economist", "union secretary", "agriculture minister", "port director", "analyst"];

    private static readonly (string Name, string Acronym)[] Organisations =
    [
        ("World Food Programme", "WFP"), ("International Organization for Migration", "IOM"),
        ("European Central Bank", "ECB"), ("National Farmers Union", "NFU"),
    ];

    private static readonly string[] Cities = ["Tripoli", "Misrata", "Benghazi", "Sirte", "Tunis", "Cairo", "Rome", "Berlin", "Manchester", "Lagos"];
    private static readonly string[] Countries = ["Libya", "Tunisia", "Egypt", "Italy", "Germany", "Nigeria"];
    private static readonly string[] Demonyms = ["Libyan", "Tunisian", "Egyptian", "Italian", "German", "Nigerian"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];
    private static readonly string[] Outlets = ["Reuters", "the BBC", "Al Jazeera", "The Guardian"];

    public static string Html(int paragraphs)
    {
        var body = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            body.Append("<p>").Append(WebUtility.HtmlEncode(Paragraph(i))).Append("</p>\n");
        }

        return $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Regional report | Benchmark News</title>
            <meta property="og:site_name" content="Benchmark News"><meta property="article:published_time" content="2024-06-11T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Aid, ports and harvests across the region</h1><p class="byline">By Staff Reporter</p>
            {body}</article><footer>Share this story</footer></body></html>
            """;
    }

    private static string Paragraph(int i)
    {
        string Pick(string[] values, int salt) => values[((i * 7) + salt) % values.Length];
        var person = Pick(People, 1);
        var surname = person[(person.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var role = Pick(Roles, 2);
        var (organisation, acronym) = Organisations[i % Organisations.Length];
        var city = Pick(Cities, 3);
        var country = Pick(Countries, 4);
        var demonym = Pick(Demonyms, 5);
        var month = Pick(Months, 6);
        var outlet = Pick(Outlets, 7);
        var year = 2015 + (i % 9);
        var invariant = CultureInfo.InvariantCulture;
        return (i % 4) switch
        {
            0 => string.Create(invariant, $"The {organisation} ({acronym}) said on Tuesday that at least {120 + i} families had left {city} since {month} {year}, and that it needed ${3 + (i % 20)} million to feed them."),
            1 => string.Create(invariant, $"{char.ToUpperInvariant(role[0])}{role[1..]} {person} told {outlet} that {demonym} officials expected prices to rise by about {4 + (i % 11)} percent this year. {surname} added that the {acronym} would send {2 + (i % 9)} convoys."),
            2 => string.Create(invariant, $"Fighting broke out {40 + (i % 160)} miles southeast of {city} last week, according to a statement from the government of {country}, which blamed armed groups for the deaths of {5 + (i % 30)} civilians."),
            _ => string.Create(invariant, $"\"We cannot ask {1000 + i} farmers to wait another winter,\" {surname} said in {city} on {month} {1 + (i % 28)}, {year}, adding that {country} had imported {200 + i} tonnes of wheat."),
        };
    }
}
