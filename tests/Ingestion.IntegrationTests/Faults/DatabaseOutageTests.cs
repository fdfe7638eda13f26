using Ingestion.IntegrationTests.Servers;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// PostgreSQL stopped (sessions cut, connections refused) for a while in the middle of the corpus, then started.
/// Proves: database faults are classified transient and retried (the scenario configures about half a minute of
/// retries, longer than the outage), the stages that do not need the database keep going, the pooled
/// connections that died with the server are replaced, and nothing is lost or stored twice: the end state is the
/// complete set, with every error queue empty, so no message needed a manual replay.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DatabaseOutageTests(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(12);

    [PrivateServerFact(PostgresServer.EnvironmentVariable)]
    public async Task Store_retries_carry_the_pipeline_through_a_database_outage_without_loss_or_duplicates()
    {
        using var scenario = await FaultScenario.CreateAsync(broker, postgres, corpus, output);
        scenario.StartWorker();
        await scenario.WaitForStoredClaimsAsync(1);

        var storedBeforeOutage = await scenario.StoredClaimCountAsync();
        await postgres.StopAsync();
        output.WriteLine($"database stopped with {storedBeforeOutage} of {corpus.ExpectedClaimIds.Count} claims stored");
        storedBeforeOutage.ShouldBeLessThan(corpus.ExpectedClaimIds.Count, "the outage must land mid-stream for the test to prove anything");
        await Task.Delay(Outage);
        await postgres.StartAsync();

        await scenario.WaitForCompletionAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        // No expected dead letters: with the configured retries, not one message may have given up.
        await scenario.AssertCompleteAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
    }
}
