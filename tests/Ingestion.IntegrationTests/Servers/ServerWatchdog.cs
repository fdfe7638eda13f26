using System.Diagnostics;

namespace Ingestion.IntegrationTests.Servers;

/// <summary>
/// Cleans up after a server if the test host dies without disposing its fixtures (killed by a hang timeout, by
/// Ctrl-C, or crashed): a detached shell waits on a pipe that only the test host writes to. A normal stop
/// disarms it; when the test host dies the pipe closes, the read returns, and the shell runs the clean-up
/// command. The shell is detached (its parent exits at once) so killing the test host's process tree does not
/// take the watchdog with it.
/// </summary>
public sealed class ServerWatchdog : IDisposable
{
    private const string Disarm = "disarm";
    private readonly Process _shell;
    private bool _disposed;

    private ServerWatchdog(Process shell) => _shell = shell;

    /// <summary>Arms a watchdog that runs <paramref name="cleanup"/> (a /bin/sh command) if this process dies.</summary>
    public static ServerWatchdog Start(string cleanup)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(
            // A background job's standard input is /dev/null, so the pipe is handed to it as descriptor 3.
            $"exec 3<&0; (trap '' INT TERM HUP; read -r line <&3; [ \"$line\" = {Disarm} ] || sh -c \"$0\") >/dev/null 2>&1 & exit 0");
        start.ArgumentList.Add(cleanup);
        var shell = Process.Start(start) ?? throw new InvalidOperationException("cannot start the server watchdog");
        return new ServerWatchdog(shell);
    }

    /// <summary>
    /// A clean-up command that asks a process to terminate, kills it if it is still there after 15 seconds, and
    /// deletes its folder.
    /// </summary>
    public static string KillCommand(int processId, string directory)
    {
        var pid = processId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"kill -TERM {pid}; i=0; while kill -0 {pid} && [ $i -lt 15 ]; do sleep 1; i=$((i+1)); done; " +
            $"kill -KILL {pid}; rm -rf '{directory}'";
    }

    /// <summary>Disarms the watchdog: the server was stopped properly.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _shell.StandardInput.WriteLine(Disarm);
            _shell.StandardInput.Close();
        }
        catch (IOException)
        {
            // The watchdog is gone already (someone killed it): nothing to disarm.
        }

        _shell.Dispose();
    }
}
