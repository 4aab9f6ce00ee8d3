using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace PureConnect.Persistence.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster in a local data folder, run with the server's own programs: <c>initdb</c> on first
/// start, then <c>pg_ctl start</c>/<c>stop</c>. Listens on 127.0.0.1 only, trusts local connections (user
/// <c>postgres</c>, no password): for development machines, the AppHost and tests, not for production.
/// PostgreSQL refuses to run as root, so when this process is root the programs run as the OS user
/// <c>postgres</c> (through <c>runuser</c>) and the data folder is handed to that user.
/// </summary>
public sealed class LocalPostgresCluster(LocalPostgresOptions options, ILogger? logger = null) : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private const string SettingsFileName = "pureconnect.conf";

    private readonly ILogger logger = logger ?? NullLogger.Instance;
    private readonly bool runAsServiceUser = OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess;
    private string? binDirectory;
    private bool running;

    public LocalPostgresOptions Options { get; } = options;

    /// <summary>The server's log (inside the data folder).</summary>
    public string LogFile => Path.Combine(Options.DataDirectory, "server.log");

    public bool IsInitialized => File.Exists(Path.Combine(Options.DataDirectory, "PG_VERSION"));

    public string GetConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Options.Port,
        Username = ServiceUser,
        Database = database,
    }.ConnectionString;

    /// <summary>
    /// Creates the cluster if the data folder holds none, applies the settings of <see cref="Options"/>,
    /// starts the server and waits until it accepts connections. A server already running on this data
    /// folder and port is adopted.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        binDirectory ??= PostgresBinaries.Locate(Options.BinDirectory);
        if (runAsServiceUser)
        {
            await EnsureServiceUserExistsAsync(cancellationToken);
        }

        if (!IsInitialized)
        {
            await InitializeAsync(cancellationToken);
        }

        if (await IsServerRunningAsync(cancellationToken))
        {
            AdoptRunningServer();
        }
        else
        {
            await WriteSettingsAsync(cancellationToken);
            logger.LogInformation("Starting PostgreSQL on 127.0.0.1:{Port} with data folder {DataDirectory}", Options.Port, Options.DataDirectory);
            var timeout = ((int)Options.StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var result = await RunServerProgramAsync("pg_ctl", ["start", "-D", Options.DataDirectory, "-l", LogFile, "-w", "-t", timeout], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"pg_ctl start failed (exit code {result.ExitCode}): {result.Output}{Environment.NewLine}Server log ({LogFile}):{Environment.NewLine}{ReadLogTail()}");
            }
        }

        running = true;
        await WaitForConnectionsAsync(cancellationToken);
    }

    /// <summary>Stops the server on the data folder, whether this instance started it or not.</summary>
    public async Task StopAsync(PostgresStopMode mode = PostgresStopMode.Fast, CancellationToken cancellationToken = default)
    {
        if (!running && !(IsInitialized && await IsServerRunningAsync(cancellationToken)))
        {
            return;
        }

        var result = await RunServerProgramAsync(
            "pg_ctl", ["stop", "-D", Options.DataDirectory, "-m", mode.ToString().ToLowerInvariant(), "-w", "-t", "60"], cancellationToken);
        running = false;
        if (result.ExitCode != 0)
        {
            logger.LogWarning("pg_ctl stop for {DataDirectory} failed (exit code {ExitCode}): {Output}", Options.DataDirectory, result.ExitCode, result.Output);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(PostgresStopMode.Fast);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", Options.DataDirectory);
        Directory.CreateDirectory(Options.DataDirectory);
        if (runAsServiceUser)
        {
            await ProcessRunner.RunCheckedAsync("chown", [$"{ServiceUser}:", Options.DataDirectory], cancellationToken);
        }

        List<string> arguments = ["-D", Options.DataDirectory, "-A", "trust", "-U", ServiceUser, "-E", "UTF8", "--no-locale"];
        if (!Options.Durable)
        {
            arguments.Add("--no-sync");
        }

        var result = await RunServerProgramAsync("initdb", arguments, cancellationToken);
        if (result.ExitCode != 0)
        {
            var hint = runAsServiceUser
                ? $" The data folder and every folder above it must be accessible to the OS user '{ServiceUser}'."
                : "";
            throw new InvalidOperationException($"initdb failed (exit code {result.ExitCode}).{hint}{Environment.NewLine}{result.Output}");
        }

        await File.AppendAllTextAsync(
            Path.Combine(Options.DataDirectory, "postgresql.conf"),
            $"{Environment.NewLine}include_if_exists = '{SettingsFileName}'{Environment.NewLine}",
            cancellationToken);
    }

    // Rewritten at every start, so a changed port or durability setting takes effect.
    private async Task WriteSettingsAsync(CancellationToken cancellationToken)
    {
        var onOff = Options.Durable ? "on" : "off";
        var path = Path.Combine(Options.DataDirectory, SettingsFileName);
        await File.WriteAllTextAsync(path, $"""
            # Written by LocalPostgresCluster at every start: change LocalPostgresOptions instead.
            listen_addresses = '127.0.0.1'
            port = {Options.Port}
            unix_socket_directories = ''
            max_connections = {Options.MaxConnections}
            timezone = 'UTC'
            fsync = {onOff}
            synchronous_commit = {onOff}
            full_page_writes = {onOff}
            # A failed statement's text and parameters (event payloads: agents' and callers' words) stay out of the log.
            log_min_error_statement = panic
            log_error_verbosity = terse
            log_parameter_max_length = 0
            log_parameter_max_length_on_error = 0
            {string.Concat(Options.ExtraSettings.Select(s => $"{s.Key} = {s.Value}{Environment.NewLine}"))}
            """, cancellationToken);
        if (runAsServiceUser)
        {
            await ProcessRunner.RunCheckedAsync("chown", [$"{ServiceUser}:", path], cancellationToken);
        }
    }

    private async Task<bool> IsServerRunningAsync(CancellationToken cancellationToken) =>
        (await RunServerProgramAsync("pg_ctl", ["status", "-D", Options.DataDirectory], cancellationToken)).ExitCode == 0;

    // postmaster.pid: line 1 pid, line 4 port.
    private void AdoptRunningServer()
    {
        var pidFile = File.ReadAllLines(Path.Combine(Options.DataDirectory, "postmaster.pid"));
        if (pidFile.Length < 4 || pidFile[3].Trim() != Options.Port.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException(
                $"A PostgreSQL server (pid {pidFile.FirstOrDefault()}) already runs on {Options.DataDirectory} with another port than {Options.Port}. " +
                $"Stop it with: pg_ctl stop -D {Options.DataDirectory}");
        }

        logger.LogInformation("PostgreSQL already runs on {DataDirectory} and port {Port}; using it", Options.DataDirectory, Options.Port);
    }

    private async Task WaitForConnectionsAsync(CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(GetConnectionString()) { Pooling = false, Timeout = 5 }.ConnectionString;
        var deadline = DateTime.UtcNow + Options.StartTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex) when (DateTime.UtcNow < deadline)
            {
                logger.LogDebug("PostgreSQL on port {Port} does not accept connections yet: {Reason}", Options.Port, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private async Task EnsureServiceUserExistsAsync(CancellationToken cancellationToken)
    {
        if ((await ProcessRunner.RunAsync("id", ["-u", ServiceUser], cancellationToken)).ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"This process runs as root, which PostgreSQL refuses, and the OS user '{ServiceUser}' it would run the server as does not exist. " +
                "Install the PostgreSQL server package (it creates that user) or run as a normal user.");
        }
    }

    private Task<ProcessRunner.Result> RunServerProgramAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(binDirectory ?? PostgresBinaries.Locate(Options.BinDirectory), program);
        return runAsServiceUser
            ? ProcessRunner.RunAsync(LocateRunuser(), ["-u", ServiceUser, "--", path, .. arguments], cancellationToken)
            : ProcessRunner.RunAsync(path, arguments, cancellationToken);
    }

    private static string LocateRunuser() =>
        new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("This process runs as root and needs 'runuser' (util-linux) to start PostgreSQL as the OS user 'postgres'.");

    private string ReadLogTail()
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(30));
        }
        catch (IOException ex)
        {
            return $"(unreadable: {ex.Message})";
        }
    }
}
