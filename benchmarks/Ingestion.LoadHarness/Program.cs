using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.LoadHarness;
using RabbitMQ.Client;

// Usage: dotnet run -c Release --project benchmarks/Ingestion.LoadHarness -- [articles] [worker.dll]
// The worker runs with this process's environment, so Transport__* and Storage__* choose RabbitMQ/PostgreSQL.
// On RabbitMQ the harness first measures the broker's raw 1-hop ceiling (LOAD_CEILING_MESSAGES, default 50,000).
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var workerDll = args.Length > 1 ? args[1] : FindWorker();
var invariant = CultureInfo.InvariantCulture;
var onRabbit = string.Equals(Environment.GetEnvironmentVariable("Transport__Kind"), "RabbitMq", StringComparison.OrdinalIgnoreCase);
var provider = Environment.GetEnvironmentVariable("Storage__Provider") is { Length: > 0 } p ? p : "Sqlite";

CeilingResult? ceiling = null;
if (onRabbit)
{
    var messages = int.Parse(Environment.GetEnvironmentVariable("LOAD_CEILING_MESSAGES") ?? "50000", invariant);
    var factory = new ConnectionFactory
    {
        HostName = Environment.GetEnvironmentVariable("Transport__Host") ?? "localhost",
        Port = int.Parse(Environment.GetEnvironmentVariable("Transport__Port") ?? "5672", invariant),
        VirtualHost = Environment.GetEnvironmentVariable("Transport__VirtualHost") ?? "/",
        UserName = Environment.GetEnvironmentVariable("Transport__Username") ?? "guest",
        Password = Environment.GetEnvironmentVariable("Transport__Password") ?? "guest",
        ClientProvidedName = "ingestion-load-harness",
    };
    Console.Error.WriteLine($"ceiling: {messages} persistent 1 KB messages, quorum queue, confirms, one acking consumer");
    ceiling = await BrokerCeiling.MeasureAsync(factory, messages, CancellationToken.None);
}

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
// The log is read line by line to follow the articles stage ("Ingested <url>: N claims" per article), so the CPU of
// the run's middle can be told apart from its start (JIT tiering, first loads) and its tail.
var ingestedArticles = 0;
var stderr = Task.Run(async () =>
{
    var text = new System.Text.StringBuilder();
    while (await worker.StandardError.ReadLineAsync() is { } line)
    {
        text.AppendLine(line);
        if (line.Contains("] Ingested ", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref ingestedArticles);
        }
    }

    return text.ToString();
});
long peakBytes = 0;
var cpu = TimeSpan.Zero;
var progress = new List<(int Articles, TimeSpan Cpu)>();
while (!worker.HasExited)
{
    // Sampled while the process lives: /proc is gone once it exits.
    try
    {
        worker.Refresh();
        peakBytes = Math.Max(peakBytes, worker.PeakWorkingSet64);
        cpu = worker.TotalProcessorTime;
        progress.Add((Volatile.Read(ref ingestedArticles), cpu));
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
var summary = (await stdout).Trim();
var drained = Regex.Match(log, @"drained in ([\d.]+) s: (\d+) claims stored, ([\d.]+) claims/s");
var extracted = Regex.Match(summary, @"claims=(\d+)");
Console.WriteLine($"summary: {summary}");
Console.WriteLine($"exit code: {worker.ExitCode}");
Console.WriteLine($"wall time: {wall.Elapsed.TotalSeconds:F1} s (process start to exit)");
if (ceiling is not null)
{
    Console.WriteLine(string.Create(invariant,
        $"broker ceiling: {ceiling.MessagesPerSecond:F0} msg/s ({ceiling.Messages} messages in {ceiling.Elapsed.TotalSeconds:F1} s); a claim crosses 3 hops: {ceiling.MessagesPerSecond / 3:F0} claims/s"));
}

var exitCode = worker.ExitCode;
if (drained.Success)
{
    var claims = long.Parse(drained.Groups[2].Value, invariant);
    var seconds = double.Parse(drained.Groups[1].Value, invariant);
    var claimsPerSecond = claims / seconds;
    Console.WriteLine(string.Create(invariant, $"pipeline: {claims} claims stored in {seconds:F1} s = {claimsPerSecond:F0} claims/s (first poll to drained)"));
    Console.WriteLine(string.Create(invariant, $"worker CPU: {cpu.TotalSeconds:F1} s = {cpu.TotalMilliseconds / Math.Max(claims, 1):F2} ms per claim; peak working set: {peakBytes / 1024 / 1024} MiB"));
    // The middle half of the articles stage: CPU spent while the second and third quarters of the articles were
    // ingested, over their claims. The enricher and store run alongside, so this is the steady state of the whole
    // worker, as long as they keep up (their queues do not grow); a long-running worker pays this, not the start.
    var firstQuarter = progress.FirstOrDefault(s => s.Articles >= articles / 4);
    var thirdQuarter = progress.FirstOrDefault(s => s.Articles >= articles * 3 / 4);
    if (thirdQuarter.Articles > firstQuarter.Articles && firstQuarter.Articles > 0)
    {
        var claimsPerArticle = (double)claims / articles;
        var middleClaims = (thirdQuarter.Articles - firstQuarter.Articles) * claimsPerArticle;
        Console.WriteLine(string.Create(invariant,
            $"worker CPU, steady state (25% to 75% of the articles ingested): {(thirdQuarter.Cpu - firstQuarter.Cpu).TotalMilliseconds / middleClaims:F2} ms per claim"));
    }
    if (ceiling is not null)
    {
        Console.WriteLine(string.Create(invariant,
            $"ratio: {claimsPerSecond / (ceiling.MessagesPerSecond / 3):P1} of the 3-hop ceiling, {claimsPerSecond / ceiling.MessagesPerSecond:P1} of the 1-hop ceiling"));
    }
}
else
{
    Console.WriteLine("pipeline: the worker did not report draining; see its log below");
    exitCode = exitCode == 0 ? 1 : exitCode;
}

var connectionString = Environment.GetEnvironmentVariable("Storage__ConnectionString") is { Length: > 0 } c
    ? c
    : $"Data Source={Path.Combine(folder, "data", "ingestion.db")}";
var stored = await StoreCheck.CountAsync(provider, connectionString, folder);
var expected = extracted.Success ? long.Parse(extracted.Groups[1].Value, invariant) : -1;
var exactlyOnce = stored.Rows == expected && stored.DistinctIds == expected && stored.DistinctPositions == expected;
Console.WriteLine($"store check: {stored.Rows} rows, {stored.DistinctIds} distinct claim ids, {stored.DistinctPositions} distinct (article, ordinal) for {expected} claims extracted: {(exactlyOnce ? "each stored exactly once" : "MISMATCH")}");
if (!exactlyOnce)
{
    exitCode = exitCode == 0 ? 2 : exitCode;
}

// The whole worker log stays next to the corpus folders for a look at what failed or what the worker said.
var logFile = Path.Combine(Path.GetTempPath(), "ingestion-load-last-worker.log");
await File.WriteAllTextAsync(logFile, log);
if (!drained.Success || worker.ExitCode != 0)
{
    Console.Error.WriteLine(log.Length > 4000 ? log[^4000..] : log);
    Console.Error.WriteLine($"the worker's whole log: {logFile}");
}

Directory.Delete(folder, recursive: true);
return exitCode;

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
