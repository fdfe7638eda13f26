using System.Diagnostics;
using System.Globalization;

namespace Ingestion.Benchmarks;

/// <summary>
/// Enrichment's share of the text pipeline, measured in pairs: each pair times
/// <see cref="TextPipelineBenchmarks.ExtractAndClaims"/> and <see cref="TextPipelineBenchmarks.WithEnrichment"/>
/// back to back for a short slice each (alternating which goes first) and keeps their ratio; the median and
/// quartiles over the pairs are reported. BenchmarkDotNet measures the two methods in separate processes minutes
/// apart, and on a shared machine whose speed drifts by a factor of two over minutes its Ratio column moved by
/// up to 0.2 (once to 2.4) between runs of the same code; drift that slow cancels within a pair. The absolute
/// times still come from BenchmarkDotNet; this gives the ratio the budget is about.
/// </summary>
internal static class EnrichmentShare
{
    public static void Run(string[] args)
    {
        var pairs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var slice = TimeSpan.FromMilliseconds(20);
        var budget = TimeSpan.FromSeconds(90);
        Console.WriteLine($"Up to {pairs} pairs per article (at most {budget.TotalSeconds:0} s, at least 20 pairs); each side of a pair runs for {slice.TotalMilliseconds:0} ms or one operation.");
        Console.WriteLine("| article | warm-up | pairs | ratio, median | ratio, quartiles | without, median per op | with, median per op |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var article in TextPipelineBenchmarks.Articles())
        {
            var pipeline = new TextPipelineBenchmarks { Article = article };
            pipeline.Setup();
            var warmUp = WarmUp(pipeline.ExtractAndClaims, pipeline.WithEnrichment);
            var perPair = 2 * Math.Max(slice.TotalMicroseconds, PerOperation(pipeline.WithEnrichment, TimeSpan.FromSeconds(1)));
            var count = (int)Math.Clamp(budget.TotalMicroseconds / perPair, 20, pairs);

            var (without, with, ratios) = MeasurePairs(pipeline, count, slice);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {article} | {warmUp.TotalSeconds:0} s | {count} | {Quantile(ratios, 0.5):0.00} | {Quantile(ratios, 0.25):0.00} to {Quantile(ratios, 0.75):0.00} | {Format(Quantile(without, 0.5))} | {Format(Quantile(with, 0.5))} |"));
        }
    }

    /// <summary>
    /// The same pairs page by page over the real news pages: the budget is per article, and the 61 pages
    /// processed as one operation would let long pages hide short ones. Each page gets its median ratio over
    /// <c>PAIRS</c> pairs (default 21); the distribution of those medians and the pages with the highest are printed.
    /// </summary>
    public static void RunPerPage(string[] args)
    {
        var pairs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
        var slice = TimeSpan.FromMilliseconds(20);
        var pages = TextPipelineBenchmarks.RealNewsPagesOneByOne().ToList();
        if (pages.Count == 0)
        {
            Console.WriteLine("The real news pages (shared/eval/aeb-dev) are not beside the repository: nothing to measure.");
            return;
        }

        // Warmed up on all the pages as one operation: two operations per round instead of two per page.
        var allPages = new TextPipelineBenchmarks { Article = TextPipelineBenchmarks.RealNewsPages };
        allPages.Setup();
        var warmUp = WarmUp(allPages.ExtractAndClaims, allPages.WithEnrichment);
        Console.WriteLine($"{pages.Count} real pages, {pairs} pairs each (each side {slice.TotalMilliseconds:0} ms or one operation), after a {warmUp.TotalSeconds:0} s warm-up.");
        var results = new List<(string Name, int Characters, double Without, double With, double Ratio)>();
        foreach (var (name, pipeline) in pages)
        {
            var (without, with, ratios) = MeasurePairs(pipeline, pairs, slice);
            results.Add((name, pipeline.TextLength, Quantile(without, 0.5), Quantile(with, 0.5), Quantile(ratios, 0.5)));
        }

        var medians = results.Select(result => result.Ratio).ToList();
        Console.WriteLine("| pages | ratio: median page | 75th percentile | 90th percentile | highest | pages over 1.20 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {results.Count} | {Quantile(medians, 0.5):0.00} | {Quantile(medians, 0.75):0.00} | {Quantile(medians, 0.9):0.00} | {medians.Max():0.00} | {medians.Count(ratio => ratio > 1.20)} |"));
        Console.WriteLine();
        Console.WriteLine("| page (highest ratios) | text | without | with | ratio |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var result in results.OrderByDescending(result => result.Ratio).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Name[..Math.Min(12, result.Name.Length)]} | {result.Characters} chars | {Format(result.Without)} | {Format(result.With)} | {result.Ratio:0.00} |"));
        }
    }

    /// <summary>
    /// The whole text pipeline's time per real page, for comparing two builds of the project (run each build's
    /// copy in turn, several times, and compare the medians: drift between processes is what pairs cannot cancel
    /// here). After the warm-up, <c>ROUNDS</c> rounds (default 15) each process the 61 pages once without and once
    /// with enrichment; prints the median and quartiles of the per-page mean over rounds.
    /// </summary>
    public static void RunPipelinePerPage(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        if (TextPipelineBenchmarks.RealNewsPagesFolder() is null)
        {
            Console.WriteLine("The real news pages (shared/eval/aeb-dev) are not beside the repository: nothing to measure.");
            return;
        }

        var allPages = new TextPipelineBenchmarks { Article = TextPipelineBenchmarks.RealNewsPages };
        allPages.Setup();
        var pageCount = TextPipelineBenchmarks.RealNewsPagesOneByOne().Count();
        var warmUp = WarmUp(allPages.ExtractAndClaims, allPages.WithEnrichment, allPages.SmartReaderOnly);
        var without = new List<double>();
        var with = new List<double>();
        var smartReader = new List<double>();
        var withoutProcessor = new List<double>();
        var withProcessor = new List<double>();
        var smartReaderProcessor = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            // The processor time too: on a shared machine the wall clock also counts the time other processes
            // held the cores, so two builds measured minutes apart compare fairly only by what they consumed.
            process.Refresh();
            var before = process.TotalProcessorTime;
            without.Add(PerOperation(allPages.ExtractAndClaims, TimeSpan.Zero) / pageCount);
            process.Refresh();
            var middle = process.TotalProcessorTime;
            with.Add(PerOperation(allPages.WithEnrichment, TimeSpan.Zero) / pageCount);
            process.Refresh();
            var after = process.TotalProcessorTime;
            smartReader.Add(PerOperation(allPages.SmartReaderOnly, TimeSpan.Zero) / pageCount);
            process.Refresh();
            withoutProcessor.Add((middle - before).TotalMicroseconds / pageCount);
            withProcessor.Add((after - middle).TotalMicroseconds / pageCount);
            smartReaderProcessor.Add((process.TotalProcessorTime - after).TotalMicroseconds / pageCount);
        }

        Console.WriteLine($"{pageCount} real pages, {rounds} rounds, after a {warmUp.TotalSeconds:0} s warm-up; mean time per page.");
        Console.WriteLine("| pipeline | median | quartiles |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| extract, segment, claims | {Format(Quantile(without, 0.5))} | {Format(Quantile(without, 0.25))} to {Format(Quantile(without, 0.75))} |");
        Console.WriteLine($"| the same with enrichment | {Format(Quantile(with, 0.5))} | {Format(Quantile(with, 0.25))} to {Format(Quantile(with, 0.75))} |");
        Console.WriteLine($"| SmartReader alone (its parse and article) | {Format(Quantile(smartReader, 0.5))} | {Format(Quantile(smartReader, 0.25))} to {Format(Quantile(smartReader, 0.75))} |");
        Console.WriteLine("Processor time per page (the process's, all threads):");
        Console.WriteLine("| pipeline | median | quartiles |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| extract, segment, claims | {Format(Quantile(withoutProcessor, 0.5))} | {Format(Quantile(withoutProcessor, 0.25))} to {Format(Quantile(withoutProcessor, 0.75))} |");
        Console.WriteLine($"| the same with enrichment | {Format(Quantile(withProcessor, 0.5))} | {Format(Quantile(withProcessor, 0.25))} to {Format(Quantile(withProcessor, 0.75))} |");
        Console.WriteLine($"| SmartReader alone (its parse and article) | {Format(Quantile(smartReaderProcessor, 0.5))} | {Format(Quantile(smartReaderProcessor, 0.25))} to {Format(Quantile(smartReaderProcessor, 0.75))} |");
        Console.WriteLine($"Whole text pipeline over SmartReader alone, by processor time: {Quantile(withProcessor, 0.5) / Quantile(smartReaderProcessor, 0.5):0.00}");
    }

    /// <summary>
    /// Runs the operations until the JIT has stopped compiling: a second in which no method was compiled, after
    /// at least four (at most 60). Tiered compilation keeps replacing code with instrumented and then optimised
    /// versions for many seconds after start, while extraction's large body of code is still being promoted;
    /// with a fixed two-second warm-up the first pairs measured half-instrumented code (the seed's ratio read
    /// 2.1 in a scratch harness three seconds in, 1.45 thirty seconds in).
    /// </summary>
    internal static TimeSpan WarmUp(params Func<int>[] operations)
    {
        var watch = Stopwatch.StartNew();
        var compiled = -1L;
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            foreach (var operation in operations)
            {
                PerOperation(operation, TimeSpan.FromMilliseconds(500));
            }

            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled && watch.Elapsed >= TimeSpan.FromSeconds(4))
            {
                break;
            }

            compiled = now;
        }

        return watch.Elapsed;
    }

    /// <summary>
    /// <paramref name="count"/> pairs of the two methods, each side for <paramref name="slice"/>, alternating which
    /// goes first: per pair, microseconds per operation without and with enrichment, and their ratio.
    /// </summary>
    private static (List<double> Without, List<double> With, List<double> Ratios) MeasurePairs(TextPipelineBenchmarks pipeline, int count, TimeSpan slice)
    {
        var without = new List<double>();
        var with = new List<double>();
        var ratios = new List<double>();
        for (var pair = 0; pair < count; pair++)
        {
            double a, b;
            if (pair % 2 == 0)
            {
                a = PerOperation(pipeline.ExtractAndClaims, slice);
                b = PerOperation(pipeline.WithEnrichment, slice);
            }
            else
            {
                b = PerOperation(pipeline.WithEnrichment, slice);
                a = PerOperation(pipeline.ExtractAndClaims, slice);
            }

            without.Add(a);
            with.Add(b);
            ratios.Add(b / a);
        }

        return (without, with, ratios);
    }

    /// <summary>Microseconds per call of <paramref name="operation"/>, run for at least <paramref name="duration"/>.</summary>
    private static double PerOperation(Func<int> operation, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var calls = 0;
        do
        {
            operation();
            calls++;
        }
        while (watch.Elapsed < duration);

        return watch.Elapsed.TotalMicroseconds / calls;
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        var position = q * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    internal static string Format(double microseconds) => microseconds >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1000:0.00} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{microseconds:0} µs");
}
