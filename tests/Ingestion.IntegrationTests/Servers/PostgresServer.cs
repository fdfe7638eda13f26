using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Ingestion.IntegrationTests.Servers;

/// <summary>
/// A real PostgreSQL server for a test collection: a private cluster made with the installed <c>initdb</c> in a
/// temporary folder and started with <c>pg_ctl</c> on a free loopback port (as the postgres user when the tests
/// run as root, since PostgreSQL refuses root), or, when <c>INGESTION_TEST_POSTGRES</c> holds an Npgsql
/// connection string, that existing server. Tests get isolated databases from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "INGESTION_TEST_POSTGRES";
    private const string OsUser = "postgres";
    private const string Superuser = "postgres";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private readonly List<string> _databases = [];
    private string _adminConnectionString = "";
    private string? _directory;
    private string _binaries = "";
    private bool _running;
    private ServerWatchdog? _watchdog;

    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>The login role the databases from <see cref="CreateDatabaseAsync"/> belong to.</summary>
    public string Username { get; private set; } = "ingest";

    public string Password { get; private set; } = "";

    /// <summary>False when the tests use an existing server (which they must not stop).</summary>
    public bool IsPrivate { get; private set; }

    /// <summary>How long the last start took until the server answered (initdb not included).</summary>
    public TimeSpan LastStartupDuration { get; private set; }

    /// <summary>How long initdb took when the fixture made its cluster.</summary>
    public TimeSpan InitDbDuration { get; private set; }

    private string DataDirectory => Path.Combine(_directory!, "data");

    private string SocketDirectory => Path.Combine(_directory!, "sockets");

    private string LogFile => Path.Combine(_directory!, "postgres.log");

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            UseExisting(external);
            return;
        }

        IsPrivate = true;
        _binaries = FindBinaries();
        Port = Commands.FreeLoopbackPort();
        Password = RandomNumberGenerator.GetHexString(24, lowercase: true);
        var superuserPassword = RandomNumberGenerator.GetHexString(24, lowercase: true);
        _directory = CreateClusterFolder();
        // Armed before initdb and the first start, so even a test host that dies while the server is starting
        // leaves nothing behind; disarmed only once the fixture has cleaned up itself.
        _watchdog = ServerWatchdog.Start(CleanupCommand());
        await CreateClusterAsync(superuserPassword);
        _adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Username = Superuser,
            Password = superuserPassword,
            Database = "postgres",
            Pooling = false,
        }.ConnectionString;
        await StartAsync();
        await ExecuteAsync(_adminConnectionString, $"CREATE ROLE {Username} LOGIN CREATEDB PASSWORD '{Password}'");
    }

    /// <summary>
    /// A new empty database that only the calling test uses, owned by <see cref="Username"/>; returns its
    /// connection string.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        var owner = IsPrivate ? $" OWNER {Username}" : "";
        await ExecuteAsync(_adminConnectionString, $"CREATE DATABASE {name}{owner}", cancellationToken);
        lock (_databases)
        {
            _databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Username = Username,
            Password = Password,
            Database = name,
        }.ConnectionString;
    }

    /// <summary>Starts the private server (again) on the same port with the same data.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        RequirePrivate();
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_running)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var options = string.Join(' ',
                "-p", Port.ToString(CultureInfo.InvariantCulture),
                "-k", SocketDirectory,
                "-c", "listen_addresses=127.0.0.1");
            var timeout = ((int)StartupTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var started = await PgCtlAsync(["-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", timeout, "start"], StartupTimeout + TimeSpan.FromSeconds(10), cancellationToken);
            if (!started.Succeeded)
            {
                throw new InvalidOperationException($"pg_ctl start failed ({started.ExitCode}): {started.Output}\n{Commands.Tail(LogFile)}");
            }

            _running = true;
            LastStartupDuration = clock.Elapsed;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops the private server (fast shutdown: open sessions are ended, as when a database goes away).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        RequirePrivate();
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            await StopServerAsync(cancellationToken);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (!IsPrivate)
        {
            await DropDatabasesAsync();
            return;
        }

        await _lifecycle.WaitAsync();
        try
        {
            await StopServerAsync(CancellationToken.None);
        }
        finally
        {
            _lifecycle.Release();
        }

        try
        {
            if (_directory is not null && Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed dispose would hide the test results.
        }

        _watchdog?.Dispose();
        _lifecycle.Dispose();
    }

    private void UseExisting(string connectionString)
    {
        IsPrivate = false;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Host = builder.Host ?? "localhost";
        Port = builder.Port;
        Username = builder.Username ?? Environment.UserName;
        Password = builder.Password ?? "";
        builder.Pooling = false;
        _adminConnectionString = builder.ConnectionString;
    }

    private async Task CreateClusterAsync(string superuserPassword)
    {
        var directory = _directory!;
        Directory.CreateDirectory(SocketDirectory);
        var passwordFile = Path.Combine(directory, "superuser.pw");
        await File.WriteAllTextAsync(passwordFile, superuserPassword + "\n");
        if (Commands.RunningAsRoot)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            var owned = await Commands.RunAsync("chown", ["-R", $"{OsUser}:", directory], TimeSpan.FromSeconds(30));
            if (!owned.Succeeded)
            {
                throw new InvalidOperationException($"cannot give {directory} to the {OsUser} user: {owned.Output}");
            }
        }

        var clock = Stopwatch.StartNew();
        var (initdb, arguments) = Commands.AsUser(OsUser, Path.Combine(_binaries, "initdb"),
            "-D", DataDirectory, "-U", Superuser, "--pwfile", passwordFile,
            "--auth-local=trust", "--auth-host=scram-sha-256",
            "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        var created = await Commands.RunAsync(initdb, arguments, TimeSpan.FromSeconds(120));
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"initdb failed ({created.ExitCode}): {created.Output}");
        }

        InitDbDuration = clock.Elapsed;
        File.Delete(passwordFile);

        // Test data is disposable: durability settings only slow the tests down. Appending keeps the file's owner.
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), """

            # ingestion integration tests
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 200
            log_min_messages = warning

            """);
    }

    /// <summary>
    /// The temp folder for the cluster. As root it is made in /tmp, not under TMPDIR: the postgres user has to
    /// reach it, and a root TMPDIR (such as /root/tmp) is often closed to other users.
    /// </summary>
    private static string CreateClusterFolder()
    {
        if (!Commands.RunningAsRoot || !Directory.Exists("/tmp"))
        {
            return Directory.CreateTempSubdirectory("ingest-postgres-").FullName;
        }

        var folder = Path.Combine("/tmp", "ingest-postgres-" + RandomNumberGenerator.GetHexString(12, lowercase: true));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private async Task StopServerAsync(CancellationToken cancellationToken)
    {
        if (!_running)
        {
            return;
        }

        var stopped = await PgCtlAsync(["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], TimeSpan.FromSeconds(70), cancellationToken);
        if (!stopped.Succeeded)
        {
            KillPostmaster();
        }

        _running = false;
    }

    /// <summary>The last resort when pg_ctl cannot stop the server: the postmaster's id is on postmaster.pid's first line.</summary>
    private void KillPostmaster()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (File.Exists(pidFile)
            && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            try
            {
                using var postmaster = Process.GetProcessById(pid);
                Commands.Kill(postmaster);
            }
            catch (ArgumentException)
            {
                // Not running any more.
            }
        }
    }

    /// <summary>
    /// What the watchdog runs if the test host dies: stop the server (repeatedly for a few seconds, since a
    /// pg_ctl start the host left behind may still be bringing it up), then delete the cluster.
    /// </summary>
    private string CleanupCommand()
    {
        var (pgCtl, arguments) = Commands.AsUser(OsUser, Path.Combine(_binaries, "pg_ctl"), "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        var stop = string.Join(' ', arguments.Prepend(pgCtl).Select(a => $"'{a}'"));
        return $"for i in 1 2 3 4 5 6 7 8 9 10; do {stop}; sleep 1; done; rm -rf '{_directory}'";
    }

    private Task<CommandResult> PgCtlAsync(string[] arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (pgCtl, all) = Commands.AsUser(OsUser, Path.Combine(_binaries, "pg_ctl"), arguments);
        return Commands.RunAsync(pgCtl, all, timeout, cancellationToken: cancellationToken);
    }

    private async Task DropDatabasesAsync()
    {
        string[] names;
        lock (_databases)
        {
            names = [.. _databases];
        }

        foreach (var name in names)
        {
            try
            {
                await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
            catch (NpgsqlException)
            {
                // Leaving a test database behind on a shared server is untidy, not wrong.
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The newest installed server's binaries (Debian keeps each major version apart).</summary>
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var installed = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Directory: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Directory, "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Directory)
                .FirstOrDefault()
            : null;
        if (installed is not null)
        {
            return installed;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
        return onPath ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found: install the postgresql package or set {EnvironmentVariable}");
    }

    private void RequirePrivate()
    {
        if (!IsPrivate)
        {
            throw new InvalidOperationException(
                $"the tests use the existing server named by {EnvironmentVariable}; only a private server can be stopped or started");
        }
    }
}
