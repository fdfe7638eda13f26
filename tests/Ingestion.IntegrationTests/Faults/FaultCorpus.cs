using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Ingestion.Worker.Tests;
using Microsoft.Data.Sqlite;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// A generated local news feed big enough for a fault to land in the middle of its processing: full-text items
/// (content:encoded, nothing to fetch) and a few items whose article is a local HTML page. The expected result is
/// not written down by hand: it is what one run of the embedded default (in-memory transport, SQLite, the same
/// worker binary and analyzer) stores for this feed, computed once per test collection.
/// </summary>
public sealed class FaultCorpus : IAsyncLifetime
{
    public const int InlineArticles = 40;
    public const int PageArticles = 3;
    private const string PagesFolderName = "pages";

    private static readonly string[] People = ["Maria Okafor", "Daniel Brandt", "Leila Haddad", "Tomas Novak", "Grace Mensah", "Ivan Petrov", "Sofia Lindgren", "Rahul Mehta"];
    private static readonly string[] Organisations = ["Regional Water Authority", "Ministry of Health", "National Statistics Office", "Port Workers Union", "Chamber of Commerce", "Red Crescent", "Transport Agency", "Education Council"];
    private static readonly string[] Cities = ["Eastmouth", "Karvik", "Port Selby", "Nordholm", "Almara", "Tesh", "Brightwater", "Valmont"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
    private static readonly string[] Projects = ["bridge", "hospital wing", "desalination plant", "rail link", "school", "flood barrier", "tram line", "harbour wall"];
    private static readonly string[] Goods = ["bread", "diesel", "rice", "cooking gas", "rent", "electricity", "cement", "medicine"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingestion-fault-corpus-");

    /// <summary>The feed file (absolute path) to configure as the worker's only feed.</summary>
    public string FeedPath => Path.Combine(_folder.FullName, "news.rss.xml");

    /// <summary>The folder of the page items' HTML pages.</summary>
    public string PagesFolder => Path.Combine(_folder.FullName, PagesFolderName);

    /// <summary>The folder everything of the corpus lives in; a worker may read files under it.</summary>
    public string Folder => _folder.FullName;

    /// <summary>The inline items, to publish again as duplicates (same content, same ids).</summary>
    public IReadOnlyList<CorpusItem> Items { get; private set; } = [];

    public IReadOnlySet<string> ExpectedClaimIds { get; private set; } = new HashSet<string>();

    public IReadOnlySet<string> ExpectedArticleIds { get; private set; } = new HashSet<string>();

    /// <summary>Claim ids of the page items only (what is missing while the pages are).</summary>
    public IReadOnlySet<string> PageClaimIds { get; private set; } = new HashSet<string>();

    /// <summary>The expected claim ids of each article.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ClaimIdsByArticle { get; private set; } = new Dictionary<string, IReadOnlySet<string>>();

    public async Task InitializeAsync()
    {
        Items = Enumerable.Range(0, InlineArticles).Select(Item).ToList();
        Directory.CreateDirectory(PagesFolder);
        var pages = Enumerable.Range(InlineArticles, PageArticles).Select(Item).ToList();
        foreach (var page in pages)
        {
            await File.WriteAllTextAsync(Path.Combine(PagesFolder, page.PageFileName!), PageHtml(page));
        }

        await File.WriteAllTextAsync(FeedPath, Rss(Items.Concat(pages)));
        await ComputeExpectedAsync();
    }

    public Task DisposeAsync()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    /// <summary>The worker environment that reads this corpus as its only feed (the bundled sample feeds off).</summary>
    public Dictionary<string, string> FeedSettings() => new(StringComparer.Ordinal)
    {
        ["Ingestion__Feeds__0"] = FeedPath,
        ["Ingestion__Feeds__1"] = "",
        ["Ingestion__Feeds__2"] = "",
    };

    /// <summary>Hides the pages (as if the site were down) until the returned handle is disposed.</summary>
    public IDisposable HidePages()
    {
        var hidden = PagesFolder + ".hidden";
        Directory.Move(PagesFolder, hidden);
        return new Restore(() => Directory.Move(hidden, PagesFolder));
    }

    private async Task ComputeExpectedAsync()
    {
        var embedded = Directory.CreateDirectory(Path.Combine(_folder.FullName, "embedded")).FullName;
        var run = await WorkerProcess.RunAsync(embedded, FeedSettings(), "--once");
        run.ExitCode.ShouldBe(0, run.StandardError.Length > 3000 ? run.StandardError[^3000..] : run.StandardError);
        run.StandardOutput.ShouldContain("failed=0");
        var database = Path.Combine(embedded, "data", "ingestion.db");
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        ExpectedClaimIds = Strings(connection, "SELECT ClaimId FROM claims").ToHashSet(StringComparer.Ordinal);
        ExpectedArticleIds = Strings(connection, "SELECT ArticleId FROM articles").ToHashSet(StringComparer.Ordinal);
        ClaimIdsByArticle = Strings(connection, "SELECT ArticleId || ' ' || ClaimId FROM claims")
            .Select(pair => pair.Split(' '))
            .GroupBy(pair => pair[0], pair => pair[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlySet<string> (g) => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        PageClaimIds = Strings(connection, "SELECT c.ClaimId FROM claims c JOIN articles a ON a.ArticleId = c.ArticleId WHERE a.Url LIKE 'file:%'")
            .ToHashSet(StringComparer.Ordinal);

        // The corpus is only useful if every article yields claims: otherwise a lost article could go unnoticed.
        ExpectedArticleIds.Count.ShouldBe(InlineArticles + PageArticles,
            $"{run.StandardOutput}\nstored: {string.Join(", ", Strings(connection, "SELECT Url FROM articles ORDER BY Url"))}\n{(run.StandardError.Length > 4000 ? run.StandardError[^4000..] : run.StandardError)}");
        Strings(connection, "SELECT ArticleId FROM articles WHERE ArticleId NOT IN (SELECT ArticleId FROM claims)").ShouldBeEmpty();
        PageClaimIds.Count.ShouldBeGreaterThan(0);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static CorpusItem Item(int index)
    {
        string Pick(string[] values, int salt) => values[(index * 7 + salt * 3) % values.Length];
        var city = Pick(Cities, 0);
        var project = Pick(Projects, 1);
        var paragraphs = new[]
        {
            $"{Pick(People, 2)}, a spokesperson for the {Pick(Organisations, 3)}, said {12 + index * 3} families had been moved out of low-lying streets in {city} since {Pick(Months, 4)}.",
            $"According to the {Pick(Organisations, 5)}, the price of {Pick(Goods, 6)} in {city} rose by {3 + index % 9} percent in {Pick(Months, 7)}, the steepest increase in {2 + index % 5} years.",
            $"\"We expect the work on the {project} to be finished within {4 + index % 11} weeks,\" {Pick(People, 8)} told reporters on {Pick(Days, 9)}.",
            $"Officials in {city} said the council would vote on a {project} budget of {20 + index} million dollars next {Pick(Days, 10)}.",
            $"{Pick(People, 11)} said the {Pick(Organisations, 12)} had opened {2 + index % 6} new offices across the region, adding that {40 + index} staff had been hired.",
            $"A report published by the {Pick(Organisations, 13)} found that {10 + index % 30} percent of households in {city} lacked a reliable water supply, and warned that the figure could rise.",
            $"The {project} in {city} was first proposed in {1990 + index % 30}, and construction has been delayed several times by disputes over land.",
        };
        var slug = $"story-{index:D2}";
        var isPage = index >= InlineArticles;
        return new CorpusItem(
            Title: $"{city} {project} update number {index}",
            Link: isPage ? $"{PagesFolderName}/{slug}.html" : $"https://news.example.org/2026/11/{slug}",
            PageFileName: isPage ? $"{slug}.html" : null,
            Published: new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero).AddHours(index * 5),
            Author: Pick(People, 14),
            Html: string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n")));
    }

    private static string Rss(IEnumerable<CorpusItem> items)
    {
        var rss = new StringBuilder("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Fault Corpus Regional News</title>
                <link>https://news.example.org/</link>
                <description>Generated regional news for the fault tests</description>
                <language>en</language>

            """);
        foreach (var item in items)
        {
            rss.Append(CultureInfo.InvariantCulture, $"""
                    <item>
                      <title>{SecurityElement.Escape(item.Title)}</title>
                      <link>{SecurityElement.Escape(item.Link)}</link>
                      <guid isPermaLink="false">{SecurityElement.Escape(item.Link)}</guid>
                      <pubDate>{item.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>
                      <dc:creator>{SecurityElement.Escape(item.Author)}</dc:creator>
                      <description>{SecurityElement.Escape(item.Title)}.</description>

                """);
            if (item.PageFileName is null)
            {
                rss.Append(CultureInfo.InvariantCulture, $"      <content:encoded><![CDATA[{item.Html}]]></content:encoded>\n");
            }

            rss.Append("    </item>\n");
        }

        rss.Append("  </channel>\n</rss>\n");
        return rss.ToString();
    }

    private static string PageHtml(CorpusItem item) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(item.Title)}</title>
        <meta name="author" content="{WebUtility.HtmlEncode(item.Author)}">
        <meta property="article:published_time" content="{item.Published:yyyy-MM-ddTHH:mm:ssZ}"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/regional">Regional</a></nav>
        <article>
        <h1>{WebUtility.HtmlEncode(item.Title)}</h1>
        <p class="byline">By {WebUtility.HtmlEncode(item.Author)}</p>
        {item.Html}
        </article>
        <footer>Fault Corpus Regional News</footer>
        </body>
        </html>
        """;

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}

/// <summary>One article of the corpus: inline (full text in the feed) or a page (a local HTML file).</summary>
public sealed record CorpusItem(string Title, string Link, string? PageFileName, DateTimeOffset Published, string Author, string Html);
