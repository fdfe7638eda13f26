using Ingestion.Contracts;
using Ingestion.Pipeline.Consumers;
using Ingestion.TestSupport;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.Pipeline.Tests;

/// <summary>
/// <c>Ingestion:ClaimMessages=PerArticle</c>: an article's claims cross the broker in one message per stage
/// instead of one per claim, and end up stored exactly as the per-claim messages store them.
/// </summary>
public sealed class PerArticleClaimMessagesTests
{
    private static KeyValuePair<string, string?>[] RunOnceOverSamples(ClaimMessages mode) =>
    [
        new("Ingestion:Roles", "poller,articles,enricher,store"),
        new("Ingestion:RunOnce", "true"),
        new("Ingestion:ClaimMessages", mode.ToString()),
        new("Ingestion:Feeds:0", "samples/feeds/world-news.rss.xml"),
        new("Ingestion:Feeds:1", "samples/feeds/analysis.atom.xml"),
        new("Ingestion:Feeds:2", "samples/feeds/briefings.fulltext.rss.xml"),
        new("Fetch:LocalRoots:0", "samples"),
    ];

    private static readonly KeyValuePair<string, string?>[] PerArticle = [new("Ingestion:ClaimMessages", "PerArticle")];

    [Fact]
    public async Task The_samples_are_stored_the_same_whichever_way_the_claims_travel()
    {
        using var perClaimDatabase = new SqliteDatabase();
        using var perArticleDatabase = new SqliteDatabase();
        await using (var perClaim = await PipelineTestHost.StartAsync(settings: RunOnceOverSamples(ClaimMessages.PerClaim), database: perClaimDatabase))
        {
            await WaitUntilDrained(perClaim.Monitor);
            (await perClaim.Harness.Published.Any<ArticleClaimsExtracted>()).ShouldBeFalse();
        }

        await using (var perArticle = await PipelineTestHost.StartAsync(settings: RunOnceOverSamples(ClaimMessages.PerArticle), database: perArticleDatabase))
        {
            await WaitUntilDrained(perArticle.Monitor);
            perArticle.Monitor.Failed.ShouldBe(0);
            perArticle.Monitor.ClaimsStored.ShouldBe(perArticle.Monitor.ClaimsExtracted);
            perArticle.Monitor.ClaimsExtracted.ShouldBeGreaterThan(20);

            // One message per article and stage; none per claim except the ClaimStored events subscribers rely on.
            var harness = perArticle.Harness;
            harness.Published.Select<ArticleClaimsExtracted>().Count().ShouldBe(4);
            harness.Published.Select<ArticleClaimsEnriched>().Count().ShouldBe(4);
            (await harness.Published.Any<ClaimExtracted>()).ShouldBeFalse();
            (await harness.Published.Any<ClaimEnriched>()).ShouldBeFalse();
            harness.Published.Select<ClaimStored>().Count().ShouldBe((int)perArticle.Monitor.ClaimsExtracted);
            var extracted = harness.Published.Select<ArticleClaimsExtracted>().Select(m => m.Context.Message).ToList();
            extracted.ShouldAllBe(m => m.Claims.Select(c => c.Ordinal).SequenceEqual(Enumerable.Range(0, m.Claims.Count)));
        }

        var expected = await StoredClaims(perClaimDatabase);
        var actual = await StoredClaims(perArticleDatabase);
        actual.Count.ShouldBe(expected.Count);
        actual.ShouldBe(expected);
    }

    [Fact]
    public async Task An_invalid_claim_faults_its_article_message_at_once_naming_the_claim_and_counts_every_claim_failed()
    {
        await using var host = await PipelineTestHost.StartAsync(settings: PerArticle);
        var article = Article("a1", "The harbour reopened on Monday.", " ", "Ferries resumed their crossings.");

        await host.Harness.Bus.Publish(article);

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ArticleClaimsExtracted>>().Any());
        var fault = host.Harness.Published.Select<Fault<ArticleClaimsExtracted>>().Single().Context.Message;
        fault.Exceptions.Single().ExceptionType.ShouldContain(nameof(InvalidMessageException));
        fault.Exceptions.Single().Message.ShouldContain("claim 1 ('a1-c1'): no text");
        await PipelineTestHost.WaitUntil(() => host.Monitor.ClaimsFailed == 3);
        host.Harness.GetConsumerHarness<EnrichClaimConsumer>().Consumed.Select<ArticleClaimsExtracted>().Count().ShouldBe(1);
        (await host.Harness.Published.Any<ArticleClaimsEnriched>()).ShouldBeFalse();
    }

    [Theory]
    [InlineData(StoredEvents.PerClaim)]
    [InlineData(StoredEvents.PerArticle)]
    public async Task An_article_message_delivered_twice_stores_each_claim_once_and_announces_it_created_once(StoredEvents storedEvents)
    {
        await using var host = await PipelineTestHost.StartAsync(settings: [.. PerArticle, new("Ingestion:StoredEvents", storedEvents.ToString())]);
        var article = Article("a1", "The council approved the barrier in Kingsport in September 2017.", "Work is due to start in March.");

        await host.Harness.Bus.Publish(article);
        await host.Harness.Bus.Publish(article);

        await PipelineTestHost.WaitUntil(() => host.Monitor.ClaimsStored == 4);
        await using var db = host.Database.CreateDbContext();
        var claims = await db.Claims.OrderBy(c => c.Ordinal).ToListAsync();
        claims.Select(c => c.ClaimId).ShouldBe(["a1-c0", "a1-c1"]);
        claims[0].Times.ShouldContain(t => t.Value == "2017-09");
        (await host.Harness.Published.Any<Fault<ArticleClaimsEnriched>>()).ShouldBeFalse();
        if (storedEvents == StoredEvents.PerClaim)
        {
            host.Harness.Published.Select<ClaimStored>().Count(s => s.Context.Message.Created).ShouldBe(2);
            (await host.Harness.Published.Any<ArticleClaimsStored>()).ShouldBeFalse();
            return;
        }

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ArticleClaimsStored>().Any());
        // The two deliveries share a batch (one event) or not (two events, the second with nothing created).
        var announced = host.Harness.Published.Select<ArticleClaimsStored>().SelectMany(m => m.Context.Message.Claims).ToList();
        announced.Where(c => c.Created).Select(c => c.ClaimId).ShouldBe(["a1-c0", "a1-c1"]);
        announced.Count.ShouldBeOneOf(2, 4);
        (await host.Harness.Published.Any<ClaimStored>()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_per_claim_message_is_still_enriched_and_stored_where_articles_travel_whole()
    {
        // A replayed message from an error queue, or one from a replica still on per-claim messages.
        await using var host = await PipelineTestHost.StartAsync(settings: PerArticle);

        await host.Harness.Bus.Publish(Claims.Extracted("c1", text: "The U.S. military launched six airstrikes near Sirte in September 2017."));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ClaimStored>().Any());
        (await host.Harness.Published.Any<ClaimEnriched>()).ShouldBeTrue();
        (await host.Harness.Published.Any<ArticleClaimsEnriched>()).ShouldBeFalse();
        await using var db = host.Database.CreateDbContext();
        (await db.Claims.SingleAsync()).Places.ShouldContain(p => p.Name == "Sirte");
    }

    [Fact]
    public async Task A_database_that_stays_unavailable_faults_the_article_message_and_counts_its_claims_failed()
    {
        var down = new EnrichAndStoreConsumerTests.FailingWriteInterceptor("claims", failures: int.MaxValue, () => new SqliteException("disk I/O error", 10));
        await using var host = await PipelineTestHost.StartAsync(settings: PerArticle, dbInterceptor: down);

        await host.Harness.Bus.Publish(Article("a1", "The council approved the barrier.", "The mayor signed the order."));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ArticleClaimsEnriched>>().Any());
        down.Attempts.ShouldBe(4); // the first try and 3 retries (Ingestion:Retry:Limit in the test host)
        await PipelineTestHost.WaitUntil(() => host.Monitor.ClaimsFailed == 2);
        (await host.Harness.Published.Any<ClaimStored>()).ShouldBeFalse();
    }

    private static readonly KeyValuePair<string, string?>[] PerArticleStoredEvents =
        [new("Ingestion:ClaimMessages", "PerArticle"), new("Ingestion:StoredEvents", "PerArticle")];

    [Fact]
    public async Task Stored_events_per_article_announce_every_stored_claim_once_in_text_order_and_no_claim_stored_events()
    {
        await using var host = await PipelineTestHost.StartAsync(
            settings: [.. RunOnceOverSamples(ClaimMessages.PerArticle), new("Ingestion:StoredEvents", "PerArticle")]);
        await WaitUntilDrained(host.Monitor);
        host.Monitor.Failed.ShouldBe(0);
        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ArticleClaimsStored>().Count() == 4);

        (await host.Harness.Published.Any<ClaimStored>()).ShouldBeFalse();
        var extracted = host.Harness.Published.Select<ArticleClaimsExtracted>().Select(m => m.Context.Message)
            .ToDictionary(m => m.ArticleId);
        var stored = host.Harness.Published.Select<ArticleClaimsStored>().Select(m => m.Context.Message).ToList();
        stored.Select(s => s.ArticleId).ShouldBe(extracted.Keys, ignoreOrder: true);
        foreach (var article in stored)
        {
            article.Claims.Select(c => c.ClaimId).ShouldBe(extracted[article.ArticleId].Claims.Select(c => c.ClaimId));
            article.ContentHash.ShouldBe(extracted[article.ArticleId].ContentHash);
            article.Claims.ShouldAllBe(c => c.Created);
        }

        stored.Sum(s => s.Claims.Count).ShouldBe((int)host.Monitor.ClaimsExtracted);
    }

    [Fact]
    public async Task A_per_claim_message_still_gets_its_claim_stored_event_when_stored_events_are_per_article()
    {
        await using var host = await PipelineTestHost.StartAsync(settings: PerArticleStoredEvents);

        await host.Harness.Bus.Publish(Claims.Extracted("c1", text: "The harbour in Kingsport reopened on Monday."));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ClaimStored>().Any());
        host.Harness.Published.Select<ClaimStored>().Single().Context.Message.ClaimId.ShouldBe("c1");
        (await host.Harness.Published.Any<ArticleClaimsStored>()).ShouldBeFalse();
    }

    /// <summary>An article message whose claims are the given sentences, one after another in the text.</summary>
    private static ArticleClaimsExtracted Article(string articleId, params string[] sentences)
    {
        var claims = new List<ArticleClaim>();
        var start = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            claims.Add(new ArticleClaim
            {
                ClaimId = $"{articleId}-c{i}",
                Ordinal = i,
                Paragraph = 0,
                Text = sentences[i],
                Start = start,
                Length = sentences[i].Length,
                Kind = ClaimKind.Claim,
                Hedged = false,
            });
            start += sentences[i].Length + 1;
        }

        return new ArticleClaimsExtracted
        {
            ArticleId = articleId,
            ArticleUrl = $"https://news.example/{articleId}",
            ArticleTitle = "Harbour news",
            Outlet = "News Example",
            PublishedAt = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero),
            ContentHash = $"hash-{articleId}",
            Claims = claims,
        };
    }

    /// <summary>Every stored claim with its rows, as comparable text (the times of storing and enriching left out).</summary>
    private static async Task<List<string>> StoredClaims(SqliteDatabase database)
    {
        await using var db = database.CreateDbContext();
        var claims = await db.Claims.AsNoTracking().ToListAsync();
        return claims.OrderBy(c => c.ClaimId, StringComparer.Ordinal).Select(c => string.Join(" | ",
            c.ClaimId, c.ArticleId, c.ArticleUrl, c.Outlet, c.PublishedAt, c.ContentHash, c.Ordinal, c.Paragraph, c.Text, c.Start, c.Length, c.Kind, c.Hedged,
            string.Join(";", c.Attributions.OrderBy(a => a.Level).Select(a => $"{a.SourceName}/{a.SourceType}/{a.Cue}/{a.ContentStart}/{a.Quote}")),
            string.Join(";", c.Entities.OrderBy(e => e.Position).Select(e => $"{e.Text}/{e.Type}/{e.Name}")),
            string.Join(";", c.Places.OrderBy(p => p.Position).Select(p => $"{p.Name}/{p.Country}/{p.Lat}/{p.Lon}")),
            string.Join(";", c.Times.OrderBy(t => t.Position).Select(t => $"{t.Text}/{t.Value}")),
            string.Join(";", c.Quantities.OrderBy(q => q.Position).Select(q => $"{q.Text}/{q.Value}/{q.Unit}")))).ToList();
    }

    private static async Task WaitUntilDrained(PipelineMonitor monitor)
    {
        for (var i = 0; i < 1200 && !monitor.IsDrained; i++)
        {
            await Task.Delay(50);
        }

        monitor.IsDrained.ShouldBeTrue(monitor.Summary());
    }
}
