using Ingestion.Contracts;
using Ingestion.IntegrationTests.Servers;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// Poison messages put straight into the worker's queues while the good corpus flows: bytes that are no message
/// at all, and well-formed messages that can never succeed (a claim with negative offsets, an article whose page
/// does not exist). Proves: each bad message is set aside once, in its endpoint's error queue with the exception
/// that explains it, without retries and without holding up the queue: every good claim still arrives, once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class PoisonMessageTests(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
{
    [Fact]
    public async Task Poison_messages_land_in_the_error_queues_with_their_reason_and_do_not_block_the_good_ones()
    {
        using var scenario = await FaultScenario.CreateAsync(broker, postgres, corpus, output);
        scenario.StartWorker();
        await scenario.WaitForStoredClaimsAsync(1);

        await RawMessages.PublishAsync(broker, "articles",
        [
            (RawMessages.Garbage(1), null, Guid.NewGuid().ToString()),
            (RawMessages.Garbage(2), RawMessages.EnvelopeContentType, Guid.NewGuid().ToString()),
        ]);
        await RawMessages.PublishEnvelopesAsync(broker, "articles", [MissingPage()]);
        await RawMessages.PublishEnvelopesAsync(broker, "claims-enrich", [ClaimWithNegativeOffsets()]);

        await scenario.WaitForCompletionAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        await scenario.WaitUntilAsync("the poison messages set aside", async () =>
            await scenario.QueueDepthAsync("articles_error") == 3 && await scenario.QueueDepthAsync("claims-enrich_error") == 1);
        await scenario.AssertCompleteAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds,
            new Dictionary<string, uint> { ["articles_error"] = 3, ["claims-enrich_error"] = 1 });

        var articleFaults = await scenario.PeekAsync("articles_error");
        foreach (var fault in articleFaults)
        {
            output.WriteLine($"articles_error: {fault.Headers.GetValueOrDefault("MT-Fault-ExceptionType")}: {fault.Headers.GetValueOrDefault("MT-Fault-Message")}");
        }

        articleFaults.ShouldAllBe(m => m.Headers.ContainsKey("MT-Fault-ExceptionType") && m.Headers.ContainsKey("MT-Fault-Message"));
        articleFaults.ShouldAllBe(m => m.Headers["MT-Reason"] == "fault");
        // MassTransit 8 faults unreadable bytes into _error (not _skipped, which is for messages no consumer
        // takes); the header names the root cause under its SerializationException: the JSON reader's.
        articleFaults.Count(m => m.Headers["MT-Fault-ExceptionType"].StartsWith("System.Text.Json.", StringComparison.Ordinal)).ShouldBe(2);
        // MassTransit's fault headers name the root cause: here the missing file under the fetcher's FetchException.
        var missingPage = articleFaults.Single(m => m.Headers["MT-Fault-Message"].Contains("no-such-page.html", StringComparison.Ordinal));
        missingPage.Headers["MT-Fault-ExceptionType"].ShouldBe(typeof(FileNotFoundException).FullName);

        var claimFault = (await scenario.PeekAsync("claims-enrich_error")).ShouldHaveSingleItem();
        claimFault.Headers["MT-Fault-ExceptionType"].ShouldEndWith("InvalidMessageException");
        claimFault.Headers["MT-Fault-Message"].ShouldContain("negative offsets");
        // Permanent faults are not retried: the claim faulted on its first attempt.
        claimFault.Headers.GetValueOrDefault("MT-Fault-RetryCount", "0").ShouldBe("0");
    }

    private ArticleDiscovered MissingPage() => new()
    {
        ArticleId = "poison-missing-page",
        FeedUrl = new Uri(corpus.FeedPath).AbsoluteUri,
        EntryId = "poison-missing-page",
        Url = new Uri(Path.Combine(corpus.PagesFolder, "no-such-page.html")).AbsoluteUri,
        Title = "A page that was never written",
        DiscoveredAt = DateTimeOffset.UtcNow,
    };

    private static ClaimExtracted ClaimWithNegativeOffsets() => new()
    {
        ClaimId = "poison-claim",
        ArticleId = "poison-article",
        ContentHash = "0000",
        Ordinal = 0,
        ClaimCount = 1,
        Paragraph = 0,
        Text = "The council said the bridge would reopen in May.",
        Start = -40,
        Length = 48,
        Kind = ClaimKind.Claim,
        Hedged = false,
    };
}
