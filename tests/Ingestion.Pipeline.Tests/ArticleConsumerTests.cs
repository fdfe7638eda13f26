using System.Net;
using Ingestion.Contracts;
using Ingestion.Pipeline.Consumers;
using MassTransit;
using MassTransit.Testing;

namespace Ingestion.Pipeline.Tests;

public sealed class ArticleConsumerTests
{
    [Fact]
    public async Task An_article_with_full_inline_content_is_ingested_without_a_fetch()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Status(HttpStatusCode.InternalServerError));
        await using var host = await PipelineTestHost.StartAsync(http);

        await host.Harness.Bus.Publish(Articles.Discovered(content: Articles.PageHtml));

        await PipelineTestHost.WaitUntil(() => host.Harness.GetConsumerHarness<ArticleConsumer>().Consumed.Select<ArticleDiscovered>().Any());
        var ingested = host.Harness.Published.Select<ArticleIngested>().Single().Context.Message;
        ingested.ClaimCount.ShouldBeGreaterThanOrEqualTo(4);
        ingested.Text.ShouldContain("Dock workers at the port of Eastmouth");
        host.Harness.Published.Select<ClaimExtracted>().Count().ShouldBe(ingested.ClaimCount);
        http.Calls.ShouldBe(0);
        (await host.Harness.Published.Any<Fault<ArticleDiscovered>>()).ShouldBeFalse();
    }

    [Fact]
    public async Task An_article_with_only_a_link_is_fetched_and_its_claims_published_with_stable_ids()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Html(Articles.PageHtml));
        await using var host = await PipelineTestHost.StartAsync(http);

        await host.Harness.Bus.Publish(Articles.Discovered());

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ArticleIngested>().Any());
        var claims = host.Harness.Published.Select<ClaimExtracted>().Select(c => c.Context.Message).ToList();
        claims.ShouldNotBeEmpty();
        claims.Select(c => c.ClaimId).ShouldBeUnique();
        claims.ShouldAllBe(c => c.ArticleId == "article-https://news.example/port-strike" && c.Outlet == "Harbour Times");
        claims.ShouldContain(c => c.Attributions.Any(a => a.Source.Name.Contains("Adeyemi")));
        http.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_transient_http_failure_is_retried_until_the_page_arrives()
    {
        // Each message attempt makes two HTTP calls (one HTTP-level retry): calls 1-3 fail with 503, so the
        // first attempt faults transiently and the message retry's second attempt succeeds on call 4.
        var http = new StubHttpHandler((call, _) => call <= 3
            ? StubHttpHandler.Status(HttpStatusCode.ServiceUnavailable)
            : StubHttpHandler.Html(Articles.PageHtml));
        await using var host = await PipelineTestHost.StartAsync(http);

        await host.Harness.Bus.Publish(Articles.Discovered());

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<ArticleIngested>().Any());
        http.Calls.ShouldBe(4);
        (await host.Harness.Published.Any<Fault<ArticleDiscovered>>()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_permanent_http_failure_faults_at_once_with_the_reason()
    {
        var http = new StubHttpHandler((_, _) => StubHttpHandler.Status(HttpStatusCode.NotFound));
        await using var host = await PipelineTestHost.StartAsync(http);

        await host.Harness.Bus.Publish(Articles.Discovered());

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ArticleDiscovered>>().Any());
        var fault = host.Harness.Published.Select<Fault<ArticleDiscovered>>().Single().Context.Message;
        fault.Exceptions.Single().Message.ShouldContain("404");
        http.Calls.ShouldBe(1);
        (await host.Harness.Published.Any<ArticleIngested>()).ShouldBeFalse();
    }

    [Fact]
    public async Task An_entry_with_neither_link_nor_content_faults_at_once()
    {
        await using var host = await PipelineTestHost.StartAsync();

        await host.Harness.Bus.Publish(Articles.Discovered(url: null, content: null));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ArticleDiscovered>>().Any());
        host.Harness.Published.Select<Fault<ArticleDiscovered>>().Single().Context.Message
            .Exceptions.Single().ExceptionType.ShouldContain(nameof(ArticleContentException));
        (await host.Harness.Published.Any<ArticleIngested>()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_remote_feed_cannot_make_the_worker_read_a_local_file()
    {
        await using var host = await PipelineTestHost.StartAsync();

        await host.Harness.Bus.Publish(Articles.Discovered(url: "file:///etc/passwd"));

        await PipelineTestHost.WaitUntil(() => host.Harness.Published.Select<Fault<ArticleDiscovered>>().Any());
        host.Harness.Published.Select<Fault<ArticleDiscovered>>().Single().Context.Message
            .Exceptions.Single().Message.ShouldContain("not allowed");
    }
}
