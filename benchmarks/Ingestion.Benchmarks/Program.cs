using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet builds a copy of this project per job; on a shared 2-core machine that can take longer than
// its default two minutes, which fails the run before anything is measured.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
if (args.Length > 0 && args[0] == "share")
{
    // Enrichment's share of the text pipeline, measured in pairs (see EnrichmentShare): `-- share [PAIRS]`.
    Ingestion.Benchmarks.EnrichmentShare.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "share-per-page")
{
    // The same share page by page over the real news pages (see EnrichmentShare.RunPerPage): `-- share-per-page [PAIRS]`.
    Ingestion.Benchmarks.EnrichmentShare.RunPerPage(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "pipeline-per-page")
{
    // The whole text pipeline's time per real page, to compare two builds (see EnrichmentShare.RunPipelinePerPage).
    Ingestion.Benchmarks.EnrichmentShare.RunPipelinePerPage(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "cold")
{
    // Enrichment after the caches were emptied (see ColdCacheEnrichment): `-- cold [SECONDS]`.
    Ingestion.Benchmarks.ColdCacheEnrichment.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
