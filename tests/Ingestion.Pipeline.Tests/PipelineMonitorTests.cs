using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Pipeline.Tests;

/// <summary>The run-once drain rule: every announced article must be accounted for, and only ingested ones stored.</summary>
public sealed class PipelineMonitorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private PipelineMonitor NewMonitor()
    {
        var monitor = new PipelineMonitor(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        monitor.PollingCompleted();
        return monitor;
    }

    [Fact]
    public void A_copy_that_publishes_nothing_does_not_hold_the_run_open_waiting_for_its_store()
    {
        using var monitor = NewMonitor();
        monitor.ArticleDiscovered();
        monitor.ArticleDiscovered();
        monitor.ArticleIngested(claimCount: 2);
        monitor.ArticleSkipped("copy");
        monitor.ClaimsStoredCount(2);

        monitor.IsDrained.ShouldBeFalse("the ingested article's own row is not stored yet");

        monitor.ArticleStored();

        monitor.IsDrained.ShouldBeTrue(monitor.Summary());
        monitor.Summary().ShouldBe("articles=1 claims=2 stored=2 failed=0");
    }

    [Fact]
    public void An_article_neither_ingested_skipped_nor_failed_keeps_the_run_open()
    {
        using var monitor = NewMonitor();
        monitor.ArticleDiscovered();
        monitor.ArticleDiscovered();
        monitor.ArticleSkipped("unchanged");

        monitor.IsDrained.ShouldBeFalse();

        monitor.ArticleFailed();

        monitor.IsDrained.ShouldBeTrue();
    }
}
