using Ingestion.Contracts;
using Ingestion.IntegrationTests.Servers;
using Ingestion.Pipeline;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// At-least-once delivery made visible: every article of the corpus arrives several times (the poller's
/// announcement plus the same ArticleDiscovered published again, as a producer retrying after a lost confirm
/// would), so each of its claims is extracted, enriched and stored several times, concurrently. Proves: the
/// content-derived ids and the upserts make the effect exactly-once: every claim and article stored once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DuplicateDeliveryTests(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
{
    private const int ExtraCopies = 3;

    [Fact]
    public async Task Each_claim_is_stored_once_however_often_its_article_is_delivered()
    {
        using var scenario = await FaultScenario.CreateAsync(broker, postgres, corpus, output);
        scenario.StartWorker();
        await scenario.WaitUntilAsync("the worker's queues declared", async () =>
        {
            // A queue that is missing makes this throw (404), which the wait treats as "not yet".
            await broker.GetMessageCountAsync("articles");
            return true;
        });

        var feedUrl = new Uri(corpus.FeedPath).AbsoluteUri;
        var duplicates = Enumerable.Range(0, ExtraCopies).SelectMany(_ => corpus.Items.Select(item => Announcement(item, feedUrl))).ToList();
        await RawMessages.PublishEnvelopesAsync(broker, "articles", duplicates);
        output.WriteLine($"published {duplicates.Count} duplicate announcements");

        await scenario.WaitForCompletionAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        await scenario.AssertCompleteAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
    }

    /// <summary>The announcement the poller makes for an item: the same id (from the canonical link) and content.</summary>
    private static ArticleDiscovered Announcement(CorpusItem item, string feedUrl) => new()
    {
        ArticleId = FeedPollingService.ArticleIdOfLink(new Uri(item.Link)),
        FeedUrl = feedUrl,
        EntryId = item.Link,
        Url = item.Link,
        Title = item.Title,
        PublishedAt = item.Published,
        Authors = [item.Author],
        FeedTitle = "Fault Corpus Regional News",
        Content = item.Html,
        Summary = item.Title + ".",
        DiscoveredAt = DateTimeOffset.UtcNow,
    };
}
