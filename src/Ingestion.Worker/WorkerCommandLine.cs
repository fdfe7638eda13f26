namespace Ingestion.Worker;

/// <summary>What the worker process was started to do.</summary>
public enum WorkerMode
{
    /// <summary>The default: run the configured roles and serve HTTP until stopped.</summary>
    Serve,

    /// <summary>`--once`: one pass over the feeds, drain the pipeline, print the summary and exit; nothing listens.</summary>
    RunOnce,

    /// <summary>`--migrate`: bring the database schema up to date and exit (for deployments that migrate as a step).</summary>
    Migrate,

    /// <summary>`--healthcheck URL`: probe a running worker's readiness and exit 0 when it is ready.</summary>
    HealthCheck,
}

/// <summary>
/// The worker's command line: the mode switches it reads itself, and the rest, which goes to the host
/// (configuration overrides such as <c>--urls</c> or <c>--Ingestion:PollInterval=00:01:00</c>).
/// </summary>
public sealed record WorkerCommandLine(WorkerMode Mode, IReadOnlyList<string> HostArgs, Uri? ProbeUrl = null)
{
    public static WorkerCommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The container probe takes exactly its URL, so that nothing else is mistaken for a probe.
        if (args is ["--healthcheck", var probeUrl])
        {
            return new WorkerCommandLine(WorkerMode.HealthCheck, [], new Uri(probeUrl));
        }

        var mode = args.Contains("--once") ? WorkerMode.RunOnce
            : args.Contains("--migrate") ? WorkerMode.Migrate
            : WorkerMode.Serve;
        return new WorkerCommandLine(mode, args.Where(a => a is not "--once" and not "--migrate").ToArray());
    }
}
