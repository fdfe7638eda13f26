using System.Diagnostics;
using System.Globalization;

namespace Ingestion.Benchmarks;

/// <summary>
/// Enrichment's time on the already extracted text (<see cref="TextPipelineBenchmarks.EnrichmentOnly"/>) when
/// the processor's caches were emptied just before: each call follows a write over a buffer of a given size,
/// which pushes out what the previous call left in the caches, as extraction's working set does in the
/// pipeline. The machines this project is measured on expose no hardware cache counters; this shows the
/// effect in time instead. `-- cold [SECONDS]` runs each buffer size for that many seconds per article.
/// </summary>
internal static class ColdCacheEnrichment
{
    private static readonly int[] BufferMegabytes = [0, 4, 16, 64];

    /// <summary>The light pages, where enrichment's share of the pipeline is largest.</summary>
    private static readonly string[] Pages = ["seed-article", "isis-libya.html", "synthetic-40-paragraphs"];

    public static void Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        Console.WriteLine($"EnrichmentOnly per operation, median of the calls in {seconds:0} s per column, after writing over a buffer of the given size before each call.");
        Console.WriteLine("| article | " + string.Join(" | ", BufferMegabytes.Select(mb => mb == 0 ? "no buffer" : $"{mb} MB")) + " |");
        Console.WriteLine("|---|" + string.Concat(BufferMegabytes.Select(_ => "---|")));
        foreach (var article in Pages)
        {
            var pipeline = new TextPipelineBenchmarks { Article = article };
            pipeline.Setup();
            EnrichmentShare.WarmUp(pipeline.EnrichmentOnly);
            var cells = BufferMegabytes.Select(mb => EnrichmentShare.Format(MedianAfterEviction(pipeline, mb << 20, TimeSpan.FromSeconds(seconds))));
            Console.WriteLine($"| {article} | {string.Join(" | ", cells)} |");
        }
    }

    private static double MedianAfterEviction(TextPipelineBenchmarks pipeline, int bufferBytes, TimeSpan duration)
    {
        var buffer = new byte[bufferBytes];
        var times = new List<double>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            // One write per 64-byte cache line is enough to claim the line.
            for (var i = 0; i < buffer.Length; i += 64)
            {
                buffer[i]++;
            }

            var start = Stopwatch.GetTimestamp();
            pipeline.EnrichmentOnly();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
