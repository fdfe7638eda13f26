using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Ingestion.Worker.Tests;

/// <summary>
/// The built worker in service mode (the README's run command) in a temporary working folder, on a free loopback
/// port, with extra environment; started once it answers the way <c>ready</c> says.
/// </summary>
public class WorkerServer(IDictionary<string, string> environment, Func<WorkerServer, Func<CancellationToken, Task<bool>>> ready) : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingestion-served-");
    private readonly StringBuilder _log = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string Log
    {
        get { lock (_log) { return _log.ToString(); } }
    }

    public async Task InitializeAsync()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        Http = new HttpClient { BaseAddress = BaseAddress };
        var variables = new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/') };
        _process = WorkerProcess.Start(_folder.FullName, variables, line => { lock (_log) { _log.AppendLine(line); } });
        await WaitUntilAsync(ready(this));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        _folder.Delete(recursive: true);
    }

    /// <summary>Live: the process answers.</summary>
    public async Task<bool> IsLiveAsync(CancellationToken cancellationToken) =>
        (await Http.GetAsync("health/live", cancellationToken)).StatusCode == HttpStatusCode.OK;

    /// <summary>
    /// The pipeline drained: every feed polled, every discovered article ingested (or failed) and every extracted
    /// claim stored, as /status reports it.
    /// </summary>
    public async Task<bool> IsDrainedAsync(CancellationToken cancellationToken)
    {
        using var status = JsonDocument.Parse(await Http.GetStringAsync("status", cancellationToken));
        var root = status.RootElement;
        var process = root.GetProperty("process");
        long Count(string name) => process.GetProperty(name).GetInt64();
        var polled = root.GetProperty("feeds").EnumerateArray().All(f => f.GetProperty("lastSuccessAt").ValueKind == JsonValueKind.String);
        return polled && Count("articlesDiscovered") > 0 && Count("articlesIngested") + Count("articlesFailed") == Count("articlesDiscovered")
            && Count("claimsExtracted") > 0 && Count("claimsStored") + Count("claimsFailed") == Count("claimsExtracted");
    }

    /// <summary>Asks until the answer is yes; the bound is only there so that a broken build ends the run.</summary>
    private async Task WaitUntilAsync(Func<CancellationToken, Task<bool>> condition)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (!giveUp.IsCancellationRequested)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"the worker exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if (await condition(giveUp.Token))
                {
                    return;
                }

                await tick.WaitForNextTickAsync(giveUp.Token);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"the worker was not ready within 3 minutes:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
