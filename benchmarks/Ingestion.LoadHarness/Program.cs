using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.LoadHarness;

// Usage: dotnet run -c Release --project benchmarks/Ingestion.LoadHarness -- [articles] [worker.dll]
// The worker runs with this process's environment, so Transport__* and Storage__* choose RabbitMQ/PostgreSQL.
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var workerDll = args.Length > 1 ? args[1] : FindWorker();
var folder = Directory.CreateTempSubdirectory("ingestion-load-").FullName;
var feed = Corpus.Write(folder, articles);
Console.Error.WriteLine($"load: {articles} articles in {folder}; worker {workerDll}");

var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
start.ArgumentList.Add(workerDll);
start.ArgumentList.Add("--once");
start.Environment["Ingestion__Feeds__0"] = feed;
start.Environment["Ingestion__Feeds__1"] = "";
start.Environment["Ingestion__Feeds__2"] = "";
start.Environment["Fetch__LocalRoots__0"] = folder;
start.Environment["Ingestion__RunOnceTimeout"] = "01:00:00";

var wall = Stopwatch.StartNew();
using var worker = Process.Start(start)!;
var stdout = worker.StandardOutput.ReadToEndAsync();
var stderr = worker.StandardError.ReadToEndAsync();
long peakBytes = 0;
var cpu = TimeSpan.Zero;
while (!worker.HasExited)
{
    // Sampled while the process lives: /proc is gone once it exits.
    try
    {
        worker.Refresh();
        peakBytes = Math.Max(peakBytes, worker.PeakWorkingSet64);
        cpu = worker.TotalProcessorTime;
    }
    catch (InvalidOperationException)
    {
        break;
    }

    await Task.Delay(200);
}

await worker.WaitForExitAsync();
wall.Stop();
var log = await stderr;
var drained = Regex.Match(log, @"drained in ([\d.]+) s: (\d+) claims stored, ([\d.]+) claims/s");
Console.WriteLine($"summary: {(await stdout).Trim()}");
Console.WriteLine($"exit code: {worker.ExitCode}");
Console.WriteLine($"wall time: {wall.Elapsed.TotalSeconds:F1} s (process start to exit)");
Console.WriteLine(drained.Success
    ? $"pipeline: {drained.Groups[2].Value} claims stored in {drained.Groups[1].Value} s = {drained.Groups[3].Value} claims/s (first poll to drained)"
    : "pipeline: the worker did not report draining; see its log below");
Console.WriteLine($"worker CPU time: {cpu.TotalSeconds:F1} s; peak working set: {peakBytes / 1024 / 1024} MiB");
if (!drained.Success || worker.ExitCode != 0)
{
    Console.Error.WriteLine(log.Length > 4000 ? log[^4000..] : log);
}

Directory.Delete(folder, recursive: true);
return worker.ExitCode;

static string FindWorker()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ingestion.sln")))
    {
        folder = folder.Parent;
    }

    var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
    return Path.Combine(folder!.FullName, "src", "Ingestion.Worker", "bin", configuration, "net10.0", "Ingestion.Worker.dll");
}
