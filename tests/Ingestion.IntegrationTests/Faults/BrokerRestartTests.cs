using Ingestion.IntegrationTests.Servers;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// RabbitMQ stopped and started again (same node, same data) while the worker is in the middle of the corpus.
/// Proves: the durable quorum queues keep their messages across the restart, the worker's bus reconnects by
/// itself, messages that were unacknowledged when the connection dropped are delivered again, and the idempotent
/// store absorbs those redeliveries: every claim ends up stored, once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class BrokerRestartTests(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
{
    [PrivateServerFact(RabbitMqServer.EnvironmentVariable)]
    public async Task The_worker_reconnects_after_a_broker_restart_and_stores_every_claim_exactly_once()
    {
        using var scenario = await FaultScenario.CreateAsync(broker, postgres, corpus, output);
        scenario.StartWorker();
        await scenario.WaitForStoredClaimsAsync(1);

        var storedBeforeStop = await scenario.StoredClaimCountAsync();
        await broker.StopAsync();
        output.WriteLine($"broker stopped, {storedBeforeStop} of {corpus.ExpectedClaimIds.Count} claims stored before the stop, {await scenario.StoredClaimCountAsync()} after");
        storedBeforeStop.ShouldBeLessThan(corpus.ExpectedClaimIds.Count, "the restart must land mid-stream for the test to prove anything");
        await broker.StartAsync();
        output.WriteLine($"broker restarted in {broker.LastStartupDuration.TotalSeconds:F1} s");

        await scenario.WaitForCompletionAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        await scenario.AssertCompleteAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
    }
}
