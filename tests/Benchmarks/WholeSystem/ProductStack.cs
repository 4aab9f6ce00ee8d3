using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>
/// The whole product as deployed, each service in its own process: PostgreSQL (durable, with statement
/// statistics and commit timestamps), the CIC simulator seeded with the benchmark's agents, the Salesforce org
/// simulator, the AgentApi silo, IcwsIngest and CrmProjector (relay, call logs, screen pop).
/// </summary>
public sealed class ProductStack : IAsyncDisposable
{
    public const string Workgroup = "Load";
    public const string Password = "1234";
    public const string OperationsKey = "benchmark-operations-key";
    private const string Monitor = "bench-monitor";
    private const string PostgresExperimentPrefix = "BENCH_POSTGRES_";
    private readonly List<ServiceProcess> _services = [];
    private readonly PosixSignalRegistration[] _signals;
    private int _disposed;

    private ProductStack(PostgresServer postgres, string connectionString, string logFolder)
    {
        Postgres = postgres;
        ConnectionString = connectionString;
        LogFolder = logFolder;

        // Ctrl+C or a kill of the benchmark stops the services and PostgreSQL with it, instead of leaving them running.
        _signals = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal => PosixSignalRegistration.Create(signal, _ =>
        {
            Console.Error.WriteLine("Stopping the product's services and PostgreSQL …");
            DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(60));
        }))];
    }

    public PostgresServer Postgres { get; }

    public string ConnectionString { get; }

    public string LogFolder { get; }

    public int PostmasterPid { get; private set; }

    public ServiceProcess CicServer { get; private set; } = null!;

    public ServiceProcess SalesforceOrg { get; private set; } = null!;

    public ServiceProcess AgentApi { get; private set; } = null!;

    public ServiceProcess Ingest { get; private set; } = null!;

    public ServiceProcess Projector { get; private set; } = null!;

    public IReadOnlyList<ServiceProcess> Services => _services;

    public static string AgentId(int n) => $"bench-agent-{n}";

    public static string StationId(int n) => $"bench-station-{n}";

    public static async Task<ProductStack> StartAsync(SystemSettings settings, Action<string> progress)
    {
        var serverSettings = new Dictionary<string, string>
        {
            ["shared_preload_libraries"] = "'pg_stat_statements'",
            ["track_commit_timestamp"] = "on",
            ["max_connections"] = "400",
            // Each autovacuum and autoanalyze in the server's log (copied to the benchmark's log folder), with its time and WAL.
            ["log_autovacuum_min_duration"] = "0",
            ["log_line_prefix"] = "'%m [%p] '",
            ["log_timezone"] = "'UTC'",
        };
        // Experiments: BENCH_POSTGRES_X=Y in the benchmark's environment sets the server's X to Y (e.g. autovacuum = off).
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string key && key.StartsWith(PostgresExperimentPrefix, StringComparison.Ordinal))
            {
                serverSettings[key[PostgresExperimentPrefix.Length..]] = (string)variable.Value!;
            }
        }

        var postgres = await PostgresServer.StartAsync(durable: settings.Durable, settings: serverSettings);
        var connectionString = await postgres.CreateDatabaseAsync("pureconnect");
        await DatabaseMigrator.MigrateAsync(connectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var logFolder = Path.Combine(Path.GetTempPath(), $"pureconnect-bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(logFolder);
        var stack = new ProductStack(postgres, connectionString, logFolder);
        try
        {
            await stack.StartServicesAsync(settings, progress);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    private async Task StartServicesAsync(SystemSettings settings, Action<string> progress)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_backend_pid()", connection);
            var backend = (int)(await command.ExecuteScalarAsync())!;
            PostmasterPid = ParentOf(backend);
        }

        var cicEnvironment = new Dictionary<string, string>
        {
            ["CicServer__DeallocationDelay"] = settings.DeallocationDelay.ToString("c", CultureInfo.InvariantCulture),
            ["CicServer__EmissionLogCapacity"] = "1000000",
            ["CicServer__Workgroups__0__Name"] = Workgroup,
        };
        for (var n = 1; n <= settings.Agents; n++)
        {
            cicEnvironment[$"CicServer__Users__{n - 1}__UserId"] = AgentId(n);
            cicEnvironment[$"CicServer__Users__{n - 1}__Password"] = Password;
            cicEnvironment[$"CicServer__Users__{n - 1}__DisplayName"] = $"Bench Agent {n}";
            cicEnvironment[$"CicServer__Stations__{n - 1}"] = StationId(n);
            cicEnvironment[$"CicServer__Workgroups__0__Members__{n - 1}"] = AgentId(n);
        }

        cicEnvironment[$"CicServer__Users__{settings.Agents}__UserId"] = Monitor;
        cicEnvironment[$"CicServer__Users__{settings.Agents}__Password"] = Password;
        cicEnvironment[$"CicServer__Users__{settings.Agents}__CanMonitorQueues"] = "true";

        CicServer = Start("cicserver", "Simulators/CicServer", "PureConnect.Simulators.CicServer", cicEnvironment);
        // A contact center's org at this volume has a daily API allocation far above the simulator's default of 100,000: with it
        // the projector rightly conserves its calls after ~70,000 calls, and the soak would measure that instead.
        // The org stands for Salesforce's servers, which are not on the product's cores: it takes no share of them from the
        // product's real-time path either (BENCH_SERVICE_CpuPriority__Nice=0 lets it and the projector compete).
        SalesforceOrg = Start("salesforceorg", "Simulators/SalesforceOrg", "PureConnect.Simulators.SalesforceOrg", new()
        {
            ["SalesforceOrg__DailyApiLimit"] = "100000000",
            ["CpuPriority__Nice"] = "10",
        });
        await Task.WhenAll(CicServer.WaitHealthyAsync(TimeSpan.FromMinutes(3)), SalesforceOrg.WaitHealthyAsync(TimeSpan.FromMinutes(3)));
        progress("simulators up");

        var cic = CicServer.Url.ToString();
        AgentApi = Start("agentapi", "AgentApi", "PureConnect.AgentApi", new()
        {
            ["ConnectionStrings__pureconnect"] = ConnectionString,
            ["Orleans__ClusterId"] = "bench",
            ["Orleans__Endpoints__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Orleans__Endpoints__GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Cic__ServerUri"] = cic,
        });
        await AgentApi.WaitHealthyAsync(TimeSpan.FromMinutes(3));
        progress("silo up");

        var ingestEnvironment = new Dictionary<string, string>
        {
            ["ConnectionStrings__pureconnect"] = ConnectionString,
            ["Orleans__ClusterId"] = "bench",
            ["Cic__ServerUri"] = cic,
            ["Ingest__MonitorUserId"] = Monitor,
            ["Ingest__MonitorPassword"] = Password,
        };
        for (var n = 1; n <= settings.Agents; n++)
        {
            ingestEnvironment[$"Ingest__Users__{n - 1}"] = AgentId(n);
        }

        Ingest = Start("icwsingest", "IcwsIngest", "PureConnect.IcwsIngest", ingestEnvironment);
        Projector = Start("crmprojector", "CrmProjector", "PureConnect.CrmProjector", new()
        {
            ["ConnectionStrings__pureconnect"] = ConnectionString,
            ["Salesforce__LoginUrl"] = SalesforceOrg.Url.ToString(),
            ["Salesforce__ClientId"] = "PureConnectSimulatorClient",
            ["Salesforce__ClientSecret"] = "simulator-secret",
            ["ScreenPop__Enabled"] = "true",
            ["ScreenPop__SalesforceUrl"] = SalesforceOrg.Url.ToString(),
            ["Orleans__ClusterId"] = "bench",
            // As the AppHost deploys it: background work yields to the real-time path (BENCH_SERVICE_CpuPriority__Nice=0 to compare).
            ["CpuPriority__Nice"] = "10",
        });
        await Task.WhenAll(Ingest.WaitHealthyAsync(TimeSpan.FromMinutes(3)), Projector.WaitHealthyAsync(TimeSpan.FromMinutes(3)));
        progress($"ingest and projector up; logs in {LogFolder}");
    }

    private ServiceProcess Start(string name, string folder, string assembly, Dictionary<string, string> environment)
    {
        environment["Operations__ApiKey"] = OperationsKey;
        var service = ServiceProcess.Start(name, ServiceLayout.AssemblyOf(folder, assembly), new Uri($"http://127.0.0.1:{FreePort()}"), environment, LogFolder);
        _services.Add(service);
        return service;
    }

    /// <summary>CPU time so far of each product process and of PostgreSQL (its backends included).</summary>
    public Dictionary<string, TimeSpan> CpuTimes()
    {
        var times = _services.ToDictionary(s => s.Name, s => ProcessCpu.Of(s.ProcessId));
        times["postgresql"] = ProcessCpu.Of(PostmasterPid, includeChildren: true);
        return times;
    }

    public void ThrowIfAnyExited()
    {
        if (_services.FirstOrDefault(s => s.HasExited) is { } dead)
        {
            throw new InvalidOperationException($"{dead.Name} exited during the run:{Environment.NewLine}{dead.Tail()}");
        }
    }

    private static int ParentOf(int pid)
    {
        var text = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(text[(text.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    private static int FreePort() => PostgresServer.FindFreeTcpPort();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        try
        {
            File.Copy(Postgres.LogFile, Path.Combine(LogFolder, "postgresql.log"), overwrite: true);
        }
        catch (IOException)
        {
            // The log is a diagnostic: a server that never started has none.
        }

        await Postgres.DisposeAsync();
    }
}
