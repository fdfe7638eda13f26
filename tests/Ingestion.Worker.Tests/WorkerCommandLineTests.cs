namespace Ingestion.Worker.Tests;

/// <summary>How the worker's command line picks its mode and what it hands on to the host.</summary>
public sealed class WorkerCommandLineTests
{
    [Theory]
    [InlineData(new string[0], WorkerMode.Serve)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5005" }, WorkerMode.Serve)]
    [InlineData(new[] { "--once" }, WorkerMode.RunOnce)]
    [InlineData(new[] { "--migrate" }, WorkerMode.Migrate)]
    [InlineData(new[] { "--migrate", "--once" }, WorkerMode.RunOnce)]
    public void The_switches_choose_the_mode(string[] args, WorkerMode expected)
    {
        WorkerCommandLine.Parse(args).Mode.ShouldBe(expected);
    }

    [Fact]
    public void The_mode_switches_are_taken_out_and_everything_else_goes_to_the_host_in_order()
    {
        var commandLine = WorkerCommandLine.Parse(["--Ingestion:PollInterval=00:01:00", "--once", "--urls", "http://127.0.0.1:5005"]);

        commandLine.HostArgs.ShouldBe(["--Ingestion:PollInterval=00:01:00", "--urls", "http://127.0.0.1:5005"]);
    }

    [Fact]
    public void The_health_probe_takes_exactly_its_url()
    {
        var probe = WorkerCommandLine.Parse(["--healthcheck", "http://localhost:8080/health/ready"]);
        probe.Mode.ShouldBe(WorkerMode.HealthCheck);
        probe.ProbeUrl.ShouldBe(new Uri("http://localhost:8080/health/ready"));

        // With anything more it is not the probe: the host would read (and reject) the unknown switch.
        WorkerCommandLine.Parse(["--healthcheck", "http://localhost:8080/health/ready", "--once"]).Mode.ShouldBe(WorkerMode.RunOnce);
    }
}
