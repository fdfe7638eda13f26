using System.Diagnostics;
using System.Reflection;

namespace Ingestion.Worker.Tests;

/// <summary>Runs the built worker as a child process, the way an operator does.</summary>
internal static class WorkerProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static string WorkerDll()
    {
        var configuration = typeof(WorkerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ingestion.sln")))
        {
            folder = folder.Parent;
        }

        folder.ShouldNotBeNull("the test runs inside the repository");
        var dll = Path.Combine(folder.FullName, "src", "Ingestion.Worker", "bin", configuration, "net10.0", "Ingestion.Worker.dll");
        File.Exists(dll).ShouldBeTrue($"the worker is built at {dll}");
        return dll;
    }

    /// <summary>
    /// Starts the worker without waiting for it (service mode runs until stopped); every line it writes goes to
    /// <paramref name="onOutput"/>. The caller owns the process and must stop it.
    /// </summary>
    public static Process Start(string workingDirectory, IDictionary<string, string> environment, Action<string> onOutput, params string[] args)
    {
        var start = StartInfo(workingDirectory, environment, args);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { onOutput(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { onOutput(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>`dotnet Ingestion.Worker.dll ARGS` in <paramref name="workingDirectory"/>, with extra environment and both streams redirected.</summary>
    private static ProcessStartInfo StartInfo(string workingDirectory, IDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WorkerDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public static async Task<Result> RunAsync(string workingDirectory, IDictionary<string, string>? environment = null, params string[] args)
    {
        var start = StartInfo(workingDirectory, environment ?? new Dictionary<string, string>(), args);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the worker did not exit within 5 minutes; stderr: {await stderr}");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
