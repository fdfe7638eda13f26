using System.Collections.Concurrent;
using System.Diagnostics;
using Ingestion.IntegrationTests.Servers;
using Ingestion.Worker.Tests;

namespace Ingestion.IntegrationTests.Faults;

/// <summary>
/// The worker in service mode (no --once) as a child process: it polls, consumes and stores until it is stopped
/// or killed. A watchdog kills it if the test host dies first, so no worker outlives a test run.
/// </summary>
public sealed class RunningWorker : IDisposable
{
    private readonly Process _process;
    private readonly ServerWatchdog _watchdog;
    private readonly ConcurrentQueue<string> _log;

    private RunningWorker(Process process, ConcurrentQueue<string> log)
    {
        _process = process;
        _log = log;
        _watchdog = ServerWatchdog.Start($"kill -KILL {process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>True once the test killed it (an exit the test did not cause is a failure).</summary>
    public bool WasKilled { get; private set; }

    /// <summary>The last lines the worker logged, for failure messages.</summary>
    public string LogTail(int lines = 60) => string.Join('\n', _log.TakeLast(lines));

    public static RunningWorker Start(string workingDirectory, IDictionary<string, string> environment)
    {
        var log = new ConcurrentQueue<string>();
        var process = WorkerProcess.Start(workingDirectory, environment, line =>
        {
            log.Enqueue(line);
            while (log.Count > 2000 && log.TryDequeue(out _))
            {
            }
        });
        return new RunningWorker(process, log);
    }

    /// <summary>Kills the worker at once (SIGKILL, the whole process tree): no shutdown, no acknowledgements.</summary>
    public void Kill()
    {
        WasKilled = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _watchdog.Dispose();
    }
}
