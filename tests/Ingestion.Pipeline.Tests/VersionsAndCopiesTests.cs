using System.Security;
using Ingestion.Contracts;
using Ingestion.Storage;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Pipeline.Tests;

/// <summary>
/// Feeds polled through the real pipeline (poll, ingest, enrich, store): one article reachable under two URLs is
/// stored once, an edited entry becomes the article's next version, an unchanged entry is not published again.
/// </summary>
public sealed class VersionsAndCopiesTests : IDisposable
{
    private const string Strike = "Dock workers at the port of Eastmouth voted on Monday to extend their strike for at least seven more days, leaving about 40 container ships waiting at anchor off the coast.";
    private const string Ballot = "The Transport and Dock Workers Union said 86 percent of its members had backed the extension in a ballot that closed at noon on Monday.";
    private const string BallotCorrected = "The Transport and Dock Workers Union said 91 percent of its members had backed the extension in a ballot that closed at noon on Monday.";
    private const string Cost = "According to the regional chamber of commerce, the stoppage is costing local exporters about $12 million a day in delayed shipments.";
    private const string Talks = "Port managers said on Tuesday that talks with the union would resume on Thursday at the offices of the regional mediator.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("versions-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Rss(params string[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Times</title>
        <link>https://news.example/</link><description>Port news</description>
        {string.Join("\n", items)}
        </channel></rss>
        """;

    private static string LinkItem(string id, string link, string summary = "Dock workers vote to stay out.") =>
        $"<item><title>Port workers extend strike</title><link>{link}</link><guid isPermaLink=\"false\">{id}</guid>"
        + $"<pubDate>Tue, 10 Jun 2025 07:15:00 GMT</pubDate><description>{SecurityElement.Escape(summary)}</description></item>";

    private static string FullTextItem(string id, params string[] paragraphs) =>
        $"<item><title>Port workers extend strike</title><guid isPermaLink=\"false\">{id}</guid>"
        + "<pubDate>Tue, 10 Jun 2025 07:15:00 GMT</pubDate>"
        + $"<content:encoded><![CDATA[{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}]]></content:encoded></item>";

    private Uri WriteFeed(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return new Uri(path);
    }

    private Task<PipelineTestHost> StartAsync(StubHttpHandler? http = null) =>
        PipelineTestHost.StartAsync(http, settings:
        [
            new("Fetch:LocalRoots:0", _folder.FullName),
            // The full-text entries here are short news items, not teasers.
            new("Ingestion:MinInlineContentChars", "100"),
        ]);

    private static async Task<PollOutcome> PollAndSettle(PipelineTestHost host, Uri feed)
    {
        PollOutcome outcome;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<FeedPollingService>().PollAsync(feed, CancellationToken.None);
        }

        // Settled: every announced article handled, every claim stored, every article row written.
        var monitor = host.Monitor;
        await Eventually(() => Task.FromResult(
            monitor.ArticlesIngested + monitor.ArticlesSkipped + monitor.ArticlesFailed >= monitor.ArticlesDiscovered
            && monitor.ClaimsStored + monitor.ClaimsFailed >= monitor.ClaimsExtracted
            && host.Harness.Consumed.Select<ArticleIngested>().Count() >= host.Harness.Published.Select<ArticleIngested>().Count()), monitor.Summary());
        monitor.Failed.ShouldBe(0);
        return outcome;
    }

    private static async Task Eventually(Func<Task<bool>> condition, string because)
    {
        for (var i = 0; i < 600 && !await condition(); i++)
        {
            await Task.Delay(50);
        }

        (await condition()).ShouldBeTrue(because);
    }

    private static List<T> Published<T>(PipelineTestHost host)
        where T : class =>
        host.Harness.Published.Select<T>().Select(m => m.Context.Message).ToList();

    [Fact]
    public async Task One_article_linked_by_two_feeds_under_two_urls_is_stored_once()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Html(Articles.PageHtml));
        await using var host = await StartAsync(http);
        var original = WriteFeed("harbour.xml", Rss(LinkItem("h-1", "https://news.example/2025/06/10/port-strike")));
        var syndicated = WriteFeed("wire.xml", Rss(LinkItem("w-1", "https://partner.example/wire/harbour-times/port-strike")));

        await PollAndSettle(host, original);
        await PollAndSettle(host, syndicated);

        // Two ids announced (the URLs differ), one text ingested.
        Published<ArticleDiscovered>(host).Select(d => d.ArticleId).Distinct().Count().ShouldBe(2);
        var ingested = Published<ArticleIngested>(host).ShouldHaveSingleItem();
        Published<ClaimExtracted>(host).Count.ShouldBe(ingested.ClaimCount);
        await using var db = host.Database.CreateDbContext();
        (await db.Articles.CountAsync()).ShouldBe(1);
        (await db.Claims.CountAsync()).ShouldBe(ingested.ClaimCount);
        (await db.Claims.AllAsync(c => c.ArticleId == ingested.ArticleId)).ShouldBeTrue();
        var alias = await db.ArticleAliases.SingleAsync();
        (alias.ArticleId, alias.Url, alias.Reason).ShouldBe((ingested.ArticleId, "https://partner.example/wire/harbour-times/port-strike", ArticleVersionStore.ContentReason));
    }

    [Fact]
    public async Task A_page_whose_canonical_url_is_an_article_already_stored_is_not_stored_again()
    {
        // The AMP copy carries an extra line, so its text (and hash) differs; its rel=canonical names the article.
        var amp = Articles.PageHtml
            .Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"><link rel=\"canonical\" href=\"https://news.example/port-strike?utm_source=amp\">")
            .Replace("</article>", "<p>Reporting by Ana Lindqvist; additional reporting by the Harbour Times newsroom staff in Eastmouth.</p></article>");
        var http = new StubHttpHandler((_, request) => StubHttpHandler.Html(request.RequestUri!.AbsolutePath.StartsWith("/amp/", StringComparison.Ordinal) ? amp : Articles.PageHtml));
        await using var host = await StartAsync(http);
        var site = WriteFeed("site.xml", Rss(LinkItem("s-1", "https://news.example/port-strike")));
        var aggregator = WriteFeed("aggregator.xml", Rss(LinkItem("a-1", "https://news.example/amp/port-strike")));

        await PollAndSettle(host, site);
        await PollAndSettle(host, aggregator);

        var ingested = Published<ArticleIngested>(host).ShouldHaveSingleItem();
        ingested.Url.ShouldBe("https://news.example/port-strike");
        await using var db = host.Database.CreateDbContext();
        (await db.Claims.AllAsync(c => c.ArticleId == ingested.ArticleId)).ShouldBeTrue();
        (await db.ArticleAliases.SingleAsync()).Reason.ShouldBe(ArticleVersionStore.CanonicalReason);
    }

    [Fact]
    public async Task An_edited_entry_is_stored_as_version_two_keeping_unchanged_claims_and_superseding_dropped_ones()
    {
        await using var host = await StartAsync();
        var feed = WriteFeed("full.xml", Rss(FullTextItem("story-1", Strike, Ballot, Cost)));
        await PollAndSettle(host, feed);
        var first = Published<ClaimExtracted>(host);
        first.Select(c => c.Text).ShouldBe([Strike, Ballot, Cost], ignoreOrder: true);

        // The outlet corrects a figure, drops a paragraph and adds one.
        WriteFeed("full.xml", Rss(FullTextItem("story-1", Strike, BallotCorrected, Talks)));
        var outcome = await PollAndSettle(host, feed);

        outcome.Published.ShouldBe(1);
        var versions = Published<ArticleIngested>(host);
        versions.Select(v => v.Version).ShouldBe([1, 2]);
        versions[1].ArticleId.ShouldBe(versions[0].ArticleId);
        await using var db = host.Database.CreateDbContext();
        (await db.ArticleVersions.CountAsync()).ShouldBe(2);
        var article = await db.Articles.SingleAsync();
        (article.Version, article.ContentHash).ShouldBe((2, versions[1].ContentHash));

        var claims = await db.Claims.ToListAsync();
        claims.Where(c => c.SupersededAt is null).Select(c => c.Text).ShouldBe([Strike, BallotCorrected, Talks], ignoreOrder: true);
        claims.Where(c => c.SupersededAt is not null).Select(c => c.Text).ShouldBe([Ballot, Cost], ignoreOrder: true);
        // The unchanged sentence kept its id; everything current points into the new text.
        claims.Single(c => c.Text == Strike).ClaimId.ShouldBe(first.Single(c => c.Text == Strike).ClaimId);
        claims.Where(c => c.SupersededAt is null).ShouldAllBe(c => c.ContentHash == versions[1].ContentHash);
    }

    [Fact]
    public async Task An_entry_polled_again_unchanged_is_not_published_again()
    {
        await using var host = await StartAsync();
        var feed = WriteFeed("full.xml", Rss(FullTextItem("story-1", Strike, Ballot, Cost)));
        await PollAndSettle(host, feed);
        var claims = Published<ClaimExtracted>(host).Count;

        // Rewritten byte for byte the same: a feed server without validators answers 200 every time.
        WriteFeed("full.xml", Rss(FullTextItem("story-1", Strike, Ballot, Cost)));
        var again = await PollAndSettle(host, feed);

        again.Published.ShouldBe(0);
        Published<ArticleDiscovered>(host).Count.ShouldBe(1);
        Published<ArticleIngested>(host).Count.ShouldBe(1);
        Published<ClaimExtracted>(host).Count.ShouldBe(claims);
    }

    [Fact]
    public async Task Entries_seen_before_fingerprints_were_kept_are_not_announced_again_until_they_change()
    {
        await using var host = await StartAsync();
        var feed = WriteFeed("full.xml", Rss(FullTextItem("story-1", Strike, Ballot, Cost)));
        // A row written before the upgrade: seen, no fingerprint.
        await host.Services.GetRequiredService<FeedStateStore>().MarkSeenAsync(feed.AbsoluteUri, [new SeenEntry("story-1", "article-from-before")], CancellationToken.None);

        var afterUpgrade = await PollAndSettle(host, feed);
        WriteFeed("full.xml", Rss(FullTextItem("story-1", Strike, BallotCorrected)));
        var afterEdit = await PollAndSettle(host, feed);

        afterUpgrade.Published.ShouldBe(0);
        afterEdit.Published.ShouldBe(1);
        Published<ClaimExtracted>(host).Select(c => c.Text).ShouldBe([Strike, BallotCorrected], ignoreOrder: true);
    }

    [Fact]
    public async Task An_entry_whose_feed_summary_changed_but_whose_page_did_not_publishes_no_claims_again()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Html(Articles.PageHtml));
        await using var host = await StartAsync(http);
        var feed = WriteFeed("links.xml", Rss(LinkItem("l-1", "https://news.example/port-strike")));
        await PollAndSettle(host, feed);
        var claims = Published<ClaimExtracted>(host).Count;

        WriteFeed("links.xml", Rss(LinkItem("l-1", "https://news.example/port-strike", summary: "Dock workers vote to stay out; 40 ships wait.")));
        var again = await PollAndSettle(host, feed);

        // Announced again and the page fetched again, but the text is the stored version: nothing new to publish.
        again.Published.ShouldBe(1);
        http.Calls.ShouldBe(2);
        Published<ArticleIngested>(host).Count.ShouldBe(1);
        Published<ClaimExtracted>(host).Count.ShouldBe(claims);
        await using var db = host.Database.CreateDbContext();
        (await db.ArticleVersions.CountAsync()).ShouldBe(1);
    }
}
