using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Ingestion.Cli.Tests;

/// <summary>Runs the built `ingest` CLI as a child process.</summary>
internal static class IngestProcess
{
    public sealed record Result(int ExitCode, IReadOnlyList<JsonElement> Lines, string StandardError);

    private static string IngestDll()
    {
        var configuration = typeof(IngestProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ingestion.sln")))
        {
            folder = folder.Parent;
        }

        folder.ShouldNotBeNull();
        return Path.Combine(folder.FullName, "src", "Ingestion.Cli", "bin", configuration, "net10.0", "ingest.dll");
    }

    private sealed record TextResult(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(string? standardInput, params string[] args)
    {
        var run = await RunProcessAsync(standardInput, args);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return new Result(run.ExitCode, lines, run.StandardError);
    }

    private static async Task<TextResult> RunProcessAsync(string? standardInput, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(IngestDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new TextResult(process.ExitCode, await stdout, await stderr);
    }

    public static string TempFile(string content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ingest-cli-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
