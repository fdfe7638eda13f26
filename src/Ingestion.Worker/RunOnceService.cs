using Ingestion.Pipeline;
using Microsoft.Extensions.Options;

namespace Ingestion.Worker;

/// <summary>
/// The --once mode: waits until the poller has polled every feed once and the pipeline is drained, prints the
/// one-line summary on standard output, and stops the host with exit code 0 when nothing failed, 1 otherwise.
/// </summary>
public sealed partial class RunOnceService(
    PipelineMonitor monitor,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<RunOnceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        var deadline = time.GetUtcNow() + options.Value.RunOnceTimeout;
        var drained = false;
        try
        {
            await monitor.PollingCompletion.WaitAsync(options.Value.RunOnceTimeout, time, stoppingToken);
            // In-memory delivery is fast; a short, steady check costs nothing and avoids coupling to the bus internals.
            while (time.GetUtcNow() < deadline && !(drained = monitor.IsDrained))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, stoppingToken);
            }
        }
        catch (TimeoutException)
        {
            drained = false;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (!drained)
        {
            LogNotDrained(options.Value.RunOnceTimeout);
        }
        else
        {
            var elapsed = time.GetElapsedTime(started);
            LogDrained(elapsed.TotalSeconds, monitor.ClaimsStored, monitor.ClaimsStored / Math.Max(elapsed.TotalSeconds, 1e-3));
        }

        await Console.Out.WriteLineAsync(monitor.Summary());
        await Console.Out.FlushAsync(stoppingToken);
        Environment.ExitCode = drained && monitor.Failed == 0 ? 0 : 1;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The pipeline drained in {ElapsedSeconds:F2} s: {ClaimsStored} claims stored, {ClaimsPerSecond:F1} claims/s")]
    private partial void LogDrained(double elapsedSeconds, long claimsStored, double claimsPerSecond);

    [LoggerMessage(Level = LogLevel.Error, Message = "The pipeline did not drain within {Timeout}; the summary counts what finished")]
    private partial void LogNotDrained(TimeSpan timeout);
}
