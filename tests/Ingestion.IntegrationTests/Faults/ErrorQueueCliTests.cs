using System.Text.Json;
using Ingestion.Cli.Tests;
using Ingestion.IntegrationTests.Servers;
using Xunit.Abstractions;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// The operator's path after a fault, with the real CLI against the real broker: some articles fault because
/// their pages are missing (a site was down), `ingest errors list` shows them with their reason, the pages come
/// back, and `ingest errors replay` moves them (a limited number first) back to their queue, where they are
/// consumed. Proves: faulted messages are kept, visible and recoverable, and replay neither loses nor
/// duplicates: the end state is the complete corpus, once each, with the error queues empty.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ErrorQueueCliTests(RabbitMqServer broker, PostgresServer postgres, FaultCorpus corpus, ITestOutputHelper output)
{
    [Fact]
    public async Task Faulted_articles_are_listed_with_their_reason_and_replayed_into_the_pipeline()
    {
        using var scenario = await FaultScenario.CreateAsync(broker, postgres, corpus, output);
        var brokerUri = BrokerUri();
        var inlineClaims = corpus.ExpectedClaimIds.Except(corpus.PageClaimIds).ToHashSet(StringComparer.Ordinal);
        var inlineArticles = corpus.ExpectedArticleIds.Where(a => !corpus.ClaimIdsByArticle[a].Overlaps(corpus.PageClaimIds)).ToHashSet(StringComparer.Ordinal);

        using (corpus.HidePages())
        {
            scenario.StartWorker();
            await scenario.WaitForCompletionAsync(inlineClaims, inlineArticles);
            await scenario.WaitUntilAsync("the page articles faulted", async () => await scenario.QueueDepthAsync("articles_error") == FaultCorpus.PageArticles);
        }

        await scenario.AssertCompleteAsync(inlineClaims, inlineArticles, new Dictionary<string, uint> { ["articles_error"] = FaultCorpus.PageArticles });

        var list = await IngestProcess.RunAsync(null, "errors", "list", "--broker", brokerUri);
        list.ExitCode.ShouldBe(1, "some error queue holds messages: " + list.StandardError);
        var articlesError = list.Lines.Single(l => l.GetProperty("queue").GetString() == "articles_error");
        articlesError.GetProperty("messages").GetInt32().ShouldBe(FaultCorpus.PageArticles);
        var items = articlesError.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(FaultCorpus.PageArticles);
        items.ShouldAllBe(i => i.GetProperty("reason").GetString() == "fault");
        // The reason is the root cause MassTransit records: the page's folder was missing.
        items.ShouldAllBe(i => i.GetProperty("exceptionType").GetString() == typeof(DirectoryNotFoundException).FullName);
        items.ShouldAllBe(i => i.GetProperty("exceptionMessage").GetString()!.Contains(corpus.PagesFolder, StringComparison.Ordinal));
        items.ShouldAllBe(i => i.GetProperty("messageType").GetString() == "urn:message:Ingestion.Contracts:ArticleDiscovered");
        list.Lines.Where(l => l.GetProperty("queue").GetString() != "articles_error").ShouldAllBe(l => l.GetProperty("messages").GetInt32() == 0);

        // The pages are back (the using above restored them): replay two of the three first.
        var partial = await IngestProcess.RunAsync(null, "errors", "replay", "--broker", brokerUri, "--queue", "articles", "--max", "2");
        partial.ExitCode.ShouldBe(0, partial.StandardError);
        var replayed = partial.Lines.ShouldHaveSingleItem();
        replayed.GetProperty("queue").GetString().ShouldBe("articles_error");
        replayed.GetProperty("to").GetString().ShouldBe("articles");
        replayed.GetProperty("replayed").GetInt32().ShouldBe(2);

        // The one left behind names the article whose claims are the only ones still missing.
        var left = (await scenario.PeekAsync("articles_error")).ShouldHaveSingleItem();
        var leftArticle = JsonDocument.Parse(left.Body).RootElement.GetProperty("message").GetProperty("articleId").GetString()!;
        var allButLeft = corpus.ExpectedClaimIds.Except(corpus.ClaimIdsByArticle[leftArticle]).ToHashSet(StringComparer.Ordinal);
        var articlesButLeft = corpus.ExpectedArticleIds.Where(a => a != leftArticle).ToHashSet(StringComparer.Ordinal);
        await scenario.WaitForCompletionAsync(allButLeft, articlesButLeft);
        await scenario.AssertCompleteAsync(allButLeft, articlesButLeft, new Dictionary<string, uint> { ["articles_error"] = 1 });

        var rest = await IngestProcess.RunAsync(null, "errors", "replay", "--broker", brokerUri);
        rest.ExitCode.ShouldBe(0, rest.StandardError);
        rest.Lines.Single(l => l.GetProperty("queue").GetString() == "articles_error").GetProperty("replayed").GetInt32().ShouldBe(1);
        rest.Lines.Where(l => l.GetProperty("queue").GetString() != "articles_error").ShouldAllBe(l => l.GetProperty("replayed").GetInt32() == 0);

        await scenario.WaitForCompletionAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        await scenario.AssertCompleteAsync(corpus.ExpectedClaimIds, corpus.ExpectedArticleIds);
        var after = await IngestProcess.RunAsync(null, "errors", "list", "--broker", brokerUri);
        after.ExitCode.ShouldBe(0, "every error queue is empty after the replay");
    }

    [Fact]
    public async Task A_replay_with_nowhere_to_go_fails_and_keeps_the_message()
    {
        // An error queue whose endpoint (and so its exchange) no longer exists, e.g. a renamed consumer.
        var endpoint = $"retired-{Guid.NewGuid():N}";
        await using var connection = await broker.CreateConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(endpoint + "_error", durable: true, exclusive: false, autoDelete: false);
        try
        {
            await RawMessages.PublishAsync(broker, endpoint + "_error", [(RawMessages.Garbage(3), null, Guid.NewGuid().ToString())]);

            var replay = await IngestProcess.RunAsync(null, "errors", "replay", "--broker", BrokerUri(), "--queue", endpoint);

            replay.ExitCode.ShouldBe(1);
            var line = replay.Lines.ShouldHaveSingleItem();
            line.GetProperty("replayed").GetInt32().ShouldBe(0);
            line.GetProperty("error").GetString().ShouldNotBeNullOrEmpty();
            (await broker.GetMessageCountAsync(endpoint + "_error")).ShouldBe(1u, "the message that could not be replayed stays in the error queue");
        }
        finally
        {
            await channel.QueueDeleteAsync(endpoint + "_error", ifUnused: false, ifEmpty: false);
        }
    }

    private string BrokerUri() =>
        $"amqp://{Uri.EscapeDataString(broker.Username)}:{Uri.EscapeDataString(broker.Password)}@{broker.Host}:{broker.Port}/";
}
