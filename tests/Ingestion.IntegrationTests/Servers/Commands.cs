using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ingestion.IntegrationTests.Servers;

/// <summary>The outcome of a finished command: exit code and everything it printed.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>Runs the server tools (rabbitmqctl, initdb, pg_ctl) as short-lived child processes.</summary>
public static class Commands
{
    /// <summary>True when the test host runs as root: PostgreSQL then has to run as the postgres user.</summary>
    public static bool RunningAsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>
    /// Runs a command to completion, capturing standard output and error together. A command that outlives
    /// <paramref name="timeout"/> is killed with its children, so a hung tool never hangs the test run.
    /// </summary>
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run {fileName}: {e.Message}", e);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return new CommandResult(-1, $"{Describe(fileName, start.ArgumentList)} timed out after {timeout}\n{Snapshot(output)}");
        }

        return new CommandResult(process.ExitCode, Snapshot(output));
    }

    /// <summary>
    /// The arguments that run <paramref name="fileName"/> as <paramref name="user"/> when the test host is root
    /// (through runuser), or as the current user otherwise.
    /// </summary>
    public static (string FileName, IReadOnlyList<string> Arguments) AsUser(string? user, string fileName, params string[] arguments)
        => user is null || !RunningAsRoot
            ? (fileName, arguments)
            : ("runuser", ["-u", user, "--", fileName, .. arguments]);

    /// <summary>Kills a process and everything it started; a process that already exited is fine.</summary>
    public static void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Same: nothing left to kill.
        }
    }

    /// <summary>
    /// A loopback TCP port that is free now, chosen below the ephemeral range: the kernel hands ephemeral ports to
    /// outgoing connections, and one could take a server's port while the server is down for a restart test.
    /// No two fixtures of this test run get the same port.
    /// </summary>
    public static int FreeLoopbackPort()
    {
        var (low, high) = (15000, EphemeralPortStart() - 1);
        for (var attempt = 0; attempt < 200 && high > low; attempt++)
        {
            var port = Random.Shared.Next(low, high + 1);
            lock (HandedOutPorts)
            {
                if (!HandedOutPorts.Contains(port) && CanListenOn(port))
                {
                    HandedOutPorts.Add(port);
                    return port;
                }
            }
        }

        // Odd port ranges: any free port will do.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True when something accepts TCP connections on the loopback port.</summary>
    public static async Task<bool> AcceptsConnectionsAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(host, port, attempt.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The last lines of a log file, for failure messages; empty when the file does not exist.</summary>
    public static string Tail(string path, int lines = 40)
    {
        try
        {
            return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : "";
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static readonly HashSet<int> HandedOutPorts = [];

    private static bool CanListenOn(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port Linux uses for outgoing connections (32768 unless configured otherwise).</summary>
    private static int EphemeralPortStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32768;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Describe(string fileName, IEnumerable<string> arguments)
        => string.Join(' ', arguments.Prepend(fileName));
}
