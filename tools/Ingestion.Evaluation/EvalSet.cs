using System.Reflection;

namespace Ingestion.Evaluation;

/// <summary>
/// One evaluation set of `ingest-eval`: it reads its gold data from <see cref="EvalRun.DataPath"/>, runs the
/// same code as the verb the set measures, and scores the output with the rules of the set's Python scorer.
/// To add a set, write a class that implements this interface and has a public parameterless constructor:
/// <see cref="EvalSets"/> finds it, and `ingest-eval NAME` runs it. Nothing else needs registering.
/// </summary>
internal interface IEvalSet
{
    /// <summary>The name on the command line (`ingest-eval NAME`) and at the start of the summary line.</summary>
    string Name { get; }

    /// <summary>One line for `ingest-eval --help`: what is measured, and what --data points at.</summary>
    string Description { get; }

    Task<EvalReport> RunAsync(EvalRun run, CancellationToken cancellationToken);
}

/// <summary>What a set is run on.</summary>
internal sealed record EvalRun(string DataPath);

/// <summary>
/// A set's result: the failures (all of them; the command prints up to --limit), lines of information, and
/// the metrics of the summary line `NAME: key=value ... n=N`, in order.
/// </summary>
internal sealed record EvalReport(string Name, IReadOnlyList<(string Key, string Value)> Metrics, int N)
{
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>The heading of the failure list ("failures", "pages under F1 0.9").</summary>
    public string FailureHeading { get; init; } = "failures";

    /// <summary>Lines printed between the failures and the summary (e.g. per-kind counts).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string SummaryLine => $"{Name}: " + string.Join(" ", Metrics.Select(m => $"{m.Key}={m.Value}")) + $" n={N}";
}

/// <summary>The evaluation sets in this assembly, found by type (see <see cref="IEvalSet"/>).</summary>
internal static class EvalSets
{
    public static IReadOnlyList<IEvalSet> All { get; } = typeof(IEvalSet).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEvalSet).IsAssignableFrom(t)
            && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
        .Select(t => (IEvalSet)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Name, StringComparer.Ordinal)
        .ToList();

    public static IEvalSet? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
