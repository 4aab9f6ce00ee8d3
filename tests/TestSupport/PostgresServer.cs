using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using PureConnect.Persistence.LocalPostgres;

namespace PureConnect.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for tests: a fresh cluster in a temporary folder on a free port, stopped
/// (immediately) and deleted on dispose. Clusters left behind by a test process that died are cleaned up
/// by the next start.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string FolderPrefix = "pureconnect-pg-";
    private readonly LocalPostgresCluster cluster;
    private readonly string rootDirectory;

    private PostgresServer(LocalPostgresCluster cluster, string rootDirectory)
    {
        this.cluster = cluster;
        this.rootDirectory = rootDirectory;
    }

    public int Port => cluster.Options.Port;

    /// <summary>The server's log (deleted with the server's folder).</summary>
    public string LogFile => cluster.LogFile;

    /// <summary>Connection string of the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <param name="durable">False (tests) turns fsync, synchronous commit and full page writes off.</param>
    /// <param name="port">A given port, or null for a free one.</param>
    /// <param name="settings">More server settings (name → value), or null.</param>
    public static async Task<PostgresServer> StartAsync(bool durable = false, int? port = null, CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        await RemoveOrphansAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var root = await CreateScratchFolderAsync(cancellationToken);
            var cluster = new LocalPostgresCluster(new LocalPostgresOptions(Path.Combine(root, "data"), port ?? FindFreeTcpPort()) { Durable = durable, ExtraSettings = settings ?? new Dictionary<string, string>() });
            try
            {
                await cluster.StartAsync(cancellationToken);
                return new PostgresServer(cluster, root);
            }
            catch (InvalidOperationException) when (attempt < 3 && port is null)
            {
                // Most likely another process took the free port between our probe and the start.
                await cluster.StopAsync(PostgresStopMode.Immediate, cancellationToken);
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>
    /// A new temporary folder in which a <see cref="LocalPostgresCluster"/> may create its data folder (as root
    /// it is handed to the OS user postgres). Removed by the next start once this process has ended.
    /// </summary>
    public static async Task<string> CreateScratchFolderAsync(CancellationToken cancellationToken = default)
    {
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess)
        {
            using var chown = Process.Start("chown", ["postgres:", root]);
            await chown.WaitForExitAsync(cancellationToken);
        }

        return root;
    }

    public string ConnectionString(string database) => cluster.GetConnectionString(database);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (name.Length is 0 or > 63 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException("Database names here are 1-63 characters of a-z, 0-9 and _.", nameof(name));
        }

        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>Stops the server (an outage, for tests of what the services then report); disposing afterwards is fine.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        await cluster.StopAsync(PostgresStopMode.Immediate, cancellationToken);
    }

    /// <summary>A port nobody listens on right now (the OS picks it).</summary>
    public static int FindFreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await cluster.StopAsync(PostgresStopMode.Immediate);
        Directory.Delete(rootDirectory, recursive: true);
    }

    private static async Task RemoveOrphansAsync(CancellationToken cancellationToken)
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var ownerPid = Path.GetFileName(root)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(ownerPid, CultureInfo.InvariantCulture, out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                var orphan = new LocalPostgresCluster(new LocalPostgresOptions(Path.Combine(root, "data"), Port: 0));
                await orphan.StopAsync(PostgresStopMode.Immediate, cancellationToken);
                Directory.Delete(root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Someone else's leftovers that we may not touch; they do not stop us from starting.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
