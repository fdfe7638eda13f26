namespace Ingestion.Worker.Tests;

/// <summary>A bad setting stops the worker at start-up with a message naming it, including settings in nested sections.</summary>
public sealed class OptionsValidationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingestion-options-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("Ingestion__Roles", "poller,stroe", "'stroe', which is not a role")]
    [InlineData("Ingestion__StoreBatch__MessageLimit", "0", "Ingestion:StoreBatch")]
    [InlineData("Ingestion__Retry__MinInterval", "00:05:00", "MinInterval must not be longer")]
    [InlineData("Transport__Endpoints__articles__PrefetchCount", "0", "Transport:Endpoints:articles")]
    [InlineData("Ingestion__Api__DefaultPageSize", "500", "Ingestion:Api:DefaultPageSize (500)")]
    [InlineData("Ingestion__Api__Key", "short", "Ingestion:Api:Key must be at least 16 characters")]
    public async Task The_worker_refuses_to_start_and_names_the_bad_setting(string variable, string value, string message)
    {
        var run = await WorkerProcess.RunAsync(_folder.FullName, new Dictionary<string, string> { [variable] = value }, "--once");

        run.ExitCode.ShouldBe(2, run.StandardError);
        run.StandardError.ShouldContain(message);
        run.StandardOutput.ShouldBeEmpty();
    }
}
