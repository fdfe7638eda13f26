using Ingestion.IntegrationTests.Servers;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// A worker killed with SIGKILL mid-stream (no shutdown, batches half-stored, messages unacknowledged) and a new
/// worker started on the same broker and database: the unacknowledged messages come back and the idempotent
/// store absorbs what the dead worker had already written, so the result is the complete set, once each.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class WorkerCrashTests(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
{
    [Fact]
    public async Task A_worker_killed_mid_stream_and_replaced_stores_every_claim_exactly_once()
    {
        using var scenario = await FaultScenario.CreateAsync(broker, postgres, corpus, output);
        var first = scenario.StartWorker();
        // The feed's entries must be marked seen before the kill: a poll cut short keeps its feed lease for
        // five minutes (the lease of a crashed replica expires, by design), which this test would wait out.
        await scenario.WaitUntilAsync("the feed's entries recorded", async () =>
            await scenario.CountAsync("SELECT COUNT(*) FROM feed_entries") == FaultCorpus.InlineArticles + FaultCorpus.PageArticles);
        await scenario.WaitForStoredClaimsAsync(1);

        first.Kill();
        var storedAtKill = await scenario.StoredClaimCountAsync();
        output.WriteLine($"killed the worker with {storedAtKill} of {corpus.ExpectedClaimIds.Count} claims stored");
        storedAtKill.ShouldBeLessThan(corpus.ExpectedClaimIds.Count, "the kill must land mid-stream for the test to prove anything");

        scenario.StartWorker();
        await scenario.WaitForCompletionAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        await scenario.AssertCompleteAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
    }
}
