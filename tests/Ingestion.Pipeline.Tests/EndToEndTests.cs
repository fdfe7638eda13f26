using Ingestion.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Ingestion.Pipeline.Tests;

/// <summary>The whole in-memory pipeline over the bundled sample feeds: poll, ingest, enrich, store.</summary>
public sealed class EndToEndTests
{
    private static readonly KeyValuePair<string, string?>[] RunOnceOverSamples =
    [
        new("Ingestion:Roles", "poller,articles,enricher,store"),
        new("Ingestion:RunOnce", "true"),
        new("Ingestion:Feeds:0", "samples/feeds/world-news.rss.xml"),
        new("Ingestion:Feeds:1", "samples/feeds/analysis.atom.xml"),
        new("Ingestion:Feeds:2", "samples/feeds/briefings.fulltext.rss.xml"),
        new("Fetch:LocalRoots:0", "samples"),
    ];

    [Fact]
    public async Task The_samples_flow_through_every_stage_and_a_second_run_stores_no_duplicates()
    {
        using var database = new SqliteDatabase();
        int claimsAfterFirstRun;
        await using (var first = await PipelineTestHost.StartAsync(settings: RunOnceOverSamples, database: database))
        {
            await WaitUntilDrained(first.Monitor);

            // Four distinct articles: the seed page is linked by two feeds and ingested once.
            first.Monitor.ArticlesDiscovered.ShouldBe(4);
            first.Monitor.ArticlesIngested.ShouldBe(4);
            first.Monitor.Failed.ShouldBe(0);
            first.Monitor.ClaimsStored.ShouldBe(first.Monitor.ClaimsExtracted);

            await using var db = database.CreateDbContext();
            (await db.Articles.CountAsync()).ShouldBe(4);
            var seed = await db.Articles.SingleAsync(a => a.Title!.StartsWith("ISIS Seeks to Regroup"));
            var seedClaims = await db.Claims.Where(c => c.ArticleId == seed.ArticleId).ToListAsync();
            seedClaims.Count.ShouldBeGreaterThanOrEqualTo(20);
            seedClaims.ShouldNotContain(c => c.Text.Contains("Leave a Reply") || c.Text.Contains("Share This"));
            seedClaims.ShouldContain(c => c.Kind == "prescriptive");
            (await db.Claims.SelectMany(c => c.Attributions).AnyAsync(a => a.SourceName == "NBC News")).ShouldBeTrue();
            (await db.Claims.SelectMany(c => c.Places).AnyAsync(p => p.Name == "Sirte" && p.Country == "LY")).ShouldBeTrue();
            claimsAfterFirstRun = await db.Claims.CountAsync();
            claimsAfterFirstRun.ShouldBe((int)first.Monitor.ClaimsExtracted);
        }

        await using (var second = await PipelineTestHost.StartAsync(settings: RunOnceOverSamples, database: database))
        {
            await WaitUntilDrained(second.Monitor);

            second.Monitor.ArticlesDiscovered.ShouldBe(0);
            await using var db = database.CreateDbContext();
            (await db.Claims.CountAsync()).ShouldBe(claimsAfterFirstRun);
            (await db.Articles.CountAsync()).ShouldBe(4);
        }
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
