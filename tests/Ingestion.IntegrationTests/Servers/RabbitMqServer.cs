using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using RabbitMQ.Client;

namespace Ingestion.IntegrationTests.Servers;

/// <summary>
/// A real RabbitMQ broker for a test collection: a private node started from the installed
/// <c>rabbitmq-server</c> on free loopback ports with its own data, log and cookie in a temporary folder,
/// or, when <c>INGESTION_TEST_RABBITMQ</c> holds an AMQP URI, that existing broker.
/// </summary>
public sealed class RabbitMqServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "INGESTION_TEST_RABBITMQ";

    /// <summary>
    /// A start takes 5-10 s on an idle machine and was measured at up to 47 s on a 2-core machine running four
    /// builds at once; a node that crashes is noticed at once, not after this.
    /// </summary>
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Debian's scripts that run as any user; /usr/sbin/rabbitmq-server would switch to the rabbitmq user with su
    /// and drop the environment that makes the node private.
    /// </summary>
    private const string ScriptDirectory = "/usr/lib/rabbitmq/bin";
    private static readonly string ServerScript = Path.Combine(ScriptDirectory, "rabbitmq-server");

    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private string? _directory;
    private int _distributionPort;
    private Process? _node;
    private ServerWatchdog? _watchdog;

    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; }

    public string VirtualHost { get; private set; } = "/";

    public string Username { get; private set; } = "guest";

    public string Password { get; private set; } = "guest";

    /// <summary>False when the tests use an existing broker (which they must not stop).</summary>
    public bool IsPrivate { get; private set; }

    /// <summary>The Erlang node name of the private broker, e.g. <c>ingest-test-41234@localhost</c>.</summary>
    public string? NodeName { get; private set; }

    /// <summary>How long the last start took until the broker accepted AMQP connections.</summary>
    public TimeSpan LastStartupDuration { get; private set; }

    /// <summary>The node's log file, named in failure messages.</summary>
    public string? LogFile => _directory is null ? null : Path.Combine(_directory, "log", $"{NodeName}.log");

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            UseExisting(new Uri(external));
            return;
        }

        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} is missing): install the rabbitmq-server package or set {EnvironmentVariable}");
        }

        IsPrivate = true;
        Port = Commands.FreeLoopbackPort();
        _distributionPort = Commands.FreeLoopbackPort();
        NodeName = $"ingest-test-{Port.ToString(CultureInfo.InvariantCulture)}@localhost";
        _directory = Directory.CreateTempSubdirectory("ingest-rabbitmq-").FullName;
        WriteNodeFiles(_directory);
        await StartAsync();
    }

    /// <summary>Starts the private node (again): same name, ports and data, so durable queues survive.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        RequirePrivate();
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_node is { HasExited: false })
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            _node?.Dispose();
            _node = Process.Start(ServerStartInfo()) ?? throw new InvalidOperationException("rabbitmq-server did not start");
            _watchdog = ServerWatchdog.Start(ServerWatchdog.KillCommand(_node.Id, _directory!));
            await WaitUntilReadyAsync(cancellationToken);
            LastStartupDuration = clock.Elapsed;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops the private node in an orderly way (SIGTERM, as a service manager would); kills it if it hangs.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        RequirePrivate();
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            await StopNodeAsync(cancellationToken);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// The worker's "Transport" settings for this broker (see WorkerRegistration): keys like
    /// <c>Transport:Host</c> for an in-memory configuration, or <c>Transport__Host</c> with
    /// <paramref name="separator"/> "__" for the environment of a worker process.
    /// </summary>
    public IReadOnlyDictionary<string, string> TransportSettings(string separator = ":") => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"Transport{separator}Kind"] = "RabbitMq",
        [$"Transport{separator}Host"] = Host,
        [$"Transport{separator}Port"] = Port.ToString(CultureInfo.InvariantCulture),
        [$"Transport{separator}VirtualHost"] = VirtualHost,
        [$"Transport{separator}Username"] = Username,
        [$"Transport{separator}Password"] = Password,
    };

    /// <summary>A RabbitMQ.Client connection factory for this broker (for raw AMQP checks in tests).</summary>
    public ConnectionFactory CreateConnectionFactory() => new()
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        ClientProvidedName = "ingestion-integration-tests",
    };

    /// <summary>The number of ready messages in a queue, asked over AMQP (works on any broker).</summary>
    public async Task<uint> GetMessageCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        await using var connection = await CreateConnectionFactory().CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        return declared.MessageCount;
    }

    /// <summary>Every queue of the private node with its message count, from <c>rabbitmqctl list_queues</c>.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ListQueueDepthsAsync(CancellationToken cancellationToken = default)
    {
        RequirePrivate();
        var result = await RabbitMqCtlAsync(["list_queues", "-p", VirtualHost, "--no-table-headers", "name", "messages"], TimeSpan.FromSeconds(60), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"rabbitmqctl list_queues failed ({result.ExitCode}): {result.Output}");
        }

        var depths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var columns = line.Split('\t');
            if (columns.Length == 2 && long.TryParse(columns[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var messages))
            {
                depths[columns[0]] = messages;
            }
        }

        return depths;
    }

    /// <summary>
    /// A new virtual host on the private node that the tests' user may use fully: a test that needs the
    /// pipeline's fixed queue names to itself gets them there, apart from the other tests' queues. Not deleted
    /// afterwards (another rabbitmqctl run): the node and its data go when the collection ends.
    /// </summary>
    public async Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        RequirePrivate();
        string[][] commands = [["add_vhost", name], ["set_permissions", "-p", name, Username, ".*", ".*", ".*"]];
        foreach (var command in commands)
        {
            var result = await RabbitMqCtlAsync(command, TimeSpan.FromSeconds(60), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"rabbitmqctl {command[0]} failed ({result.ExitCode}): {result.Output}");
            }
        }

        return name;
    }

    public async Task DisposeAsync()
    {
        if (!IsPrivate)
        {
            return;
        }

        await _lifecycle.WaitAsync();
        try
        {
            await StopNodeAsync(CancellationToken.None);
        }
        finally
        {
            _lifecycle.Release();
        }

        TryDelete(_directory);
        _lifecycle.Dispose();
    }

    private void UseExisting(Uri uri)
    {
        IsPrivate = false;
        Host = uri.Host;
        Port = uri.IsDefaultPort || uri.Port <= 0 ? 5672 : uri.Port;
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            Username = Uri.UnescapeDataString(user[0]);
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "";
        }

        var path = uri.AbsolutePath.TrimStart('/');
        VirtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
    }

    private void WriteNodeFiles(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "home"));
        Directory.CreateDirectory(Path.Combine(directory, "log"));
        // The classic Erlang-term format, not rabbitmq.conf: the new format is translated through the cuttlefish
        // schemas at every boot, which adds seconds to a start on a busy machine. A disk alarm on a nearly full
        // /tmp must not block publishers in the middle of a test, hence the low free-disk limit.
        File.WriteAllText(Path.Combine(directory, "rabbitmq.config"), $$$"""
            [{rabbit, [
                {default_user, <<"{{{ErlangBinary(Username)}}}">>},
                {default_pass, <<"{{{ErlangBinary(Password)}}}">>},
                {default_vhost, <<"/">>},
                {default_permissions, [<<".*">>, <<".*">>, <<".*">>]},
                {disk_free_limit, {absolute, 10000000}},
                {log, [{console, [{enabled, false}]}, {file, [{level, info}]}]}
            ]}].

            """);
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), "");

        // The server and rabbitmqctl authenticate to each other with this cookie; writing it first avoids a race
        // in which each of them creates a different one. Erlang refuses a cookie others can read.
        var cookie = Path.Combine(directory, "home", ".erlang.cookie");
        File.WriteAllText(cookie, RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    private Dictionary<string, string> NodeEnvironment()
    {
        var directory = _directory!;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Path.Combine(directory, "home"),
            ["RABBITMQ_NODENAME"] = NodeName!,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbitmq.pid"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.config"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
            // The machine-wide /etc/rabbitmq/rabbitmq-env.conf could rename the node or move its files.
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
            // Erlang distribution (how rabbitmqctl reaches the node) listens on loopback only, like AMQP.
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_SERVER_LOG"] = Path.Combine(directory, "log", "server.out"),
        };
    }

    private ProcessStartInfo ServerStartInfo()
    {
        // exec keeps one process (the Erlang VM) to stop or kill; its output goes to a file so that no pipe of
        // ours outlives it.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$RABBITMQ_SERVER_LOG\" 2>&1 </dev/null");
        start.ArgumentList.Add(ServerScript);
        foreach (var (name, value) in NodeEnvironment())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>
    /// Waits for an AMQP handshake to succeed. RabbitMQ opens its AMQP listener as the last step of booting, so a
    /// completed handshake means the broker is up; it is also far cheaper to poll than <c>rabbitmqctl
    /// await_startup</c>, each run of which boots an Erlang VM (seconds of CPU on a busy 2-core machine).
    /// </summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = "no connection attempt yet";
        while (clock.Elapsed < StartupTimeout)
        {
            if (_node!.HasExited)
            {
                throw new InvalidOperationException(
                    $"rabbitmq-server exited with {_node.ExitCode} while starting node {NodeName}.\n{Commands.Tail(NodeEnvironment()["RABBITMQ_SERVER_LOG"])}\n{Commands.Tail(LogFile!)}");
            }

            if (await Commands.AcceptsConnectionsAsync(Host, Port, cancellationToken))
            {
                try
                {
                    var factory = CreateConnectionFactory();
                    factory.RequestedConnectionTimeout = TimeSpan.FromSeconds(10);
                    await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                    return;
                }
                catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException e)
                {
                    last = e.InnerException?.Message ?? e.Message;
                }
            }
            else
            {
                last = $"nothing listens on {Host}:{Port} yet";
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        var log = Commands.Tail(LogFile!);
        await StopNodeAsync(CancellationToken.None);
        throw new TimeoutException($"RabbitMQ node {NodeName} did not start within {StartupTimeout} ({last}).\nlog: {log}");
    }

    private async Task StopNodeAsync(CancellationToken cancellationToken)
    {
        var node = _node;
        if (node is null)
        {
            return;
        }

        if (!node.HasExited)
        {
            // The Erlang VM answers SIGTERM with an orderly shutdown (init:stop, which stops RabbitMQ the way
            // `rabbitmqctl stop` does) without booting a second VM for the CLI.
            await Commands.RunAsync("kill", ["-TERM", node.Id.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
            using var exited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            exited.CancelAfter(ShutdownTimeout);
            try
            {
                await node.WaitForExitAsync(exited.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // It ignored the stop: kill it below.
            }
        }

        Commands.Kill(node);
        node.Dispose();
        _node = null;
        _watchdog?.Dispose();
        _watchdog = null;
    }

    private Task<CommandResult> RabbitMqCtlAsync(IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        return Commands.RunAsync(Path.Combine(ScriptDirectory, "rabbitmqctl"), ["-q", "-n", NodeName!, .. arguments], timeout, NodeEnvironment(), cancellationToken);
    }

    /// <summary>The text of an Erlang binary literal: backslashes and double quotes escaped.</summary>
    private static string ErlangBinary(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private void RequirePrivate()
    {
        if (!IsPrivate)
        {
            throw new InvalidOperationException(
                $"the tests use the existing broker named by {EnvironmentVariable}; only a private broker can be stopped, started or listed");
        }
    }

    private static void TryDelete(string? directory)
    {
        try
        {
            if (directory is not null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed dispose would hide the test results.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
