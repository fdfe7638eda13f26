using System.Data.Common;
using Ingestion.Contracts;
using Ingestion.Pipeline.Consumers;
using Ingestion.TestSupport;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ingestion.Pipeline.Tests;

public sealed class EnrichAndStoreConsumerTests
{
    [Fact]
    public async Task An_extracted_claim_is_enriched_and_published()
    {
        await using var host = await PipelineTestHost.StartAsync();
        var claim = Claims.Extracted("c1", text: "The U.S. military launched six airstrikes near Sirte in September 2017.");

        await host.Harness.Bus.Publish(claim);

        await PipelineTestHost.WaitUntil(() => host.Harness.GetConsumerHarness<EnrichClaimConsumer>().Consumed.Select<ClaimExtracted>().Any());
        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ClaimEnriched>().Any());
        var enriched = host.Harness.Published.Select<ClaimEnriched>().Single().Context.Message;
        enriched.Claim.ClaimId.ShouldBe("c1");
        enriched.Places.ShouldContain(p => p.Name == "Sirte");
        enriched.Times.ShouldContain(t => t.Value == "2017-09");
    }

    [Fact]
    public async Task An_invalid_claim_faults_at_once_in_the_enricher_without_retries()
    {
        await using var host = await PipelineTestHost.StartAsync();

        await host.Harness.Bus.Publish(Claims.Extracted("c1", text: " "));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ClaimExtracted>>().Any());
        var fault = host.Harness.Published.Select<Fault<ClaimExtracted>>().Single().Context.Message;
        fault.Exceptions.Single().ExceptionType.ShouldContain(nameof(InvalidMessageException));
        (await host.Harness.Published.Any<ClaimEnriched>()).ShouldBeFalse();
    }

    [Fact]
    public async Task Enriched_claims_are_stored_once_each_even_when_delivered_twice()
    {
        await using var host = await PipelineTestHost.StartAsync();

        await host.Harness.Bus.PublishBatch([Claims.Enriched("c1"), Claims.Enriched("c2", ordinal: 1), Claims.Enriched("c1")]);

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ClaimStored>().Count() >= 2 && host.Monitor.ClaimsStored >= 3);
        await using var db = host.Database.CreateDbContext();
        (await db.Claims.CountAsync()).ShouldBe(2);
        (await host.Harness.Published.Any<Fault<ClaimEnriched>>()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_busy_database_is_retried_and_the_batch_stored_exactly_once()
    {
        var busy = new FailingWriteInterceptor("claims", failures: 2, () => new SqliteException("database is locked", 5));
        await using var host = await PipelineTestHost.StartAsync(dbInterceptor: busy);

        await host.Harness.Bus.Publish(Claims.Enriched("c1"));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ClaimStored>().Any());
        busy.Attempts.ShouldBe(3);
        await using var db = host.Database.CreateDbContext();
        (await db.Claims.CountAsync()).ShouldBe(1);
        (await host.Harness.Published.Any<Fault<ClaimEnriched>>()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_database_that_stays_unavailable_faults_the_claims_into_the_error_queue_after_the_retries()
    {
        var down = new FailingWriteInterceptor("claims", failures: int.MaxValue, () => new SqliteException("disk I/O error", 10));
        await using var host = await PipelineTestHost.StartAsync(dbInterceptor: down);

        await host.Harness.Bus.Publish(Claims.Enriched("c1"));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ClaimEnriched>>().Any());
        down.Attempts.ShouldBe(4); // the first try and 3 retries (Ingestion:Retry:Limit in the test host)
        (await host.Harness.Published.Any<ClaimStored>()).ShouldBeFalse();
        await PipelineTestHost.WaitUntil(() => host.Monitor.ClaimsFailed == 1);
    }

    [Fact]
    public async Task An_ingested_article_is_stored_and_a_redelivery_keeps_one_row()
    {
        var busy = new FailingWriteInterceptor("articles", failures: 1, () => new SqliteException("database is locked", 5));
        await using var host = await PipelineTestHost.StartAsync(dbInterceptor: busy);
        var article = new ArticleIngested
        {
            ArticleId = "a1", Url = "https://news.example/a", Title = "Port strike", ContentHash = "h1", Text = "Some text.",
            ClaimCount = 1, IngestedAt = DateTimeOffset.UnixEpoch,
        };

        await host.Harness.Bus.Publish(article);
        await host.Harness.Bus.Publish(article);

        await PipelineTestHost.WaitUntil(() => host.Monitor.ArticlesStored == 2);
        await using var db = host.Database.CreateDbContext();
        (await db.Articles.SingleAsync()).Title.ShouldBe("Port strike");
        (await host.Harness.Published.Any<Fault<ArticleIngested>>()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_database_that_stays_unavailable_faults_each_article_of_the_batch_and_counts_it_failed()
    {
        var down = new FailingWriteInterceptor("articles", failures: int.MaxValue, () => new SqliteException("disk I/O error", 10));
        await using var host = await PipelineTestHost.StartAsync(dbInterceptor: down);
        var article = new ArticleIngested
        {
            ArticleId = "a1", Url = "https://news.example/a", Title = "Port strike", ContentHash = "h1", Text = "Some text.",
            ClaimCount = 1, IngestedAt = DateTimeOffset.UnixEpoch,
        };

        await host.Harness.Bus.Publish(article);
        await host.Harness.Bus.Publish(article with { ArticleId = "a2", Url = "https://news.example/b" });

        await PipelineTestHost.WaitUntil(() => host.Monitor.ArticleStoresFailed == 2);
        host.Harness.Published.Select<Fault<ArticleIngested>>().Select(f => f.Context.Message.Message.ArticleId)
            .ShouldBe(["a1", "a2"], ignoreOrder: true);
        down.Attempts.ShouldBeGreaterThanOrEqualTo(4); // each batch: the first try and 3 retries
        host.Monitor.ArticlesStored.ShouldBe(0);
    }

    /// <summary>Fails the first <paramref name="failures"/> writes into <paramref name="table"/> (the store writes each table with one statement per batch).</summary>
    internal sealed class FailingWriteInterceptor(string table, int failures, Func<Exception> fault) : DbCommandInterceptor
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.StartsWith($"INSERT INTO \"{table}\"", StringComparison.Ordinal))
            {
                return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
            }

            var attempt = Interlocked.Increment(ref _attempts);
            return attempt <= failures ? throw fault() : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
