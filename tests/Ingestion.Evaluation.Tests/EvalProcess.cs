using System.Diagnostics;
using System.Reflection;

namespace Ingestion.Evaluation.Tests;

/// <summary>Runs the built `ingest-eval` tool as a child process.</summary>
internal static class EvalProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    private static string ToolDll()
    {
        var configuration = typeof(EvalProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ingestion.sln")))
        {
            folder = folder.Parent;
        }

        folder.ShouldNotBeNull("the test runs inside the repository");
        return Path.Combine(folder.FullName, "tools", "Ingestion.Evaluation", "bin", configuration, "net10.0", "ingest-eval.dll");
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ToolDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static string TempFile(string content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ingest-eval-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
