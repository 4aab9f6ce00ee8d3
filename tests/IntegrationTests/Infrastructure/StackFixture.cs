using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.AgentApi;
using PureConnect.CrmProjector;
using PureConnect.IcwsIngest;
using PureConnect.Simulators.CicServer;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.SalesforceOrg;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.Infrastructure;

/// <summary>
/// The real stack on one machine: a throwaway PostgreSQL, the CIC simulator on Kestrel, the AgentApi host
/// (co-hosted silo, migrations at start-up) and the IcwsIngest host (Orleans client + monitoring session),
/// all talking over real HTTP and TCP. Each test takes its own agent from a pool so tests never share state.
/// </summary>
public class StackFixture : IAsyncLifetime
{
    public const string Password = "secret-1";
    public const string Workgroup = "ItSales";
    public const string MonitorUser = "it-monitor";

    /// <summary>The operator key of the management surfaces (<c>/dashboard</c>, <c>/metrics</c>, <c>/openapi</c>, <c>/operations</c>).</summary>
    public const string OperationsKey = "it-operations-key";
    private int _taken;

    private PostgresServer? _postgres;
    private WebApplication? _simulator;
    private WebApplication? _api;
    private WebApplication? _ingest;

    /// <summary>The ingest's health check (<c>/health</c> of IcwsIngest).</summary>
    public IngestHealth IngestHealth => _ingest!.Services.GetRequiredService<IngestHealth>();
    private WebApplication? _projector;
    private WebApplication? _salesforce;

    public string ConnectionString { get; private set; } = "";
    public Uri SimulatorUri { get; private set; } = null!;
    public Uri SalesforceUri { get; private set; } = null!;
    public SimulatorControl Control { get; private set; } = null!;
    /// <summary>Shorter than the product's 2 minutes so that a test can see a call log lock.</summary>
    public static readonly TimeSpan CallLogEditWindow = TimeSpan.FromSeconds(10);

    /// <summary>Short, so that a test sees a secure pause end by itself.</summary>
    public static readonly TimeSpan SecurePauseLength = TimeSpan.FromSeconds(4);

    public IGrainFactory Grains => _api!.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The AgentApi silo's services (its configured options, say).</summary>
    public IServiceProvider ApiServices => _api!.Services;
    public IClusterClient Cluster => _api!.Services.GetRequiredService<IClusterClient>();
    public Uri ApiUri => new(_api!.Urls.First());
    public Uri ProjectorUri => new(_projector!.Urls.First());

    /// <summary>How many pool agents the stack has (users of the CIC simulator, each watched by the ingest).</summary>
    protected virtual int AgentCount => 240;

    /// <summary>Settings of the projector that a variant of the stack changes (on top of the ones every stack has).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ProjectorSettings => new Dictionary<string, string?>();

    public static string AgentId(int n) => $"it-agent{n}";

    public static string StationOf(string agentId) => agentId.Replace("agent", "station", StringComparison.Ordinal);

    /// <summary>A pool agent no other test uses.</summary>
    public string TakeAgent()
    {
        var n = Interlocked.Increment(ref _taken);
        return n <= AgentCount ? AgentId(n) : throw new InvalidOperationException("Raise StackFixture.AgentCount: every pool agent is taken.");
    }

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("stack"));

        _simulator = CicServerApplication.Build(["--urls=http://127.0.0.1:0"], ConfigureSimulator);
        await _simulator.StartAsync();
        SimulatorUri = new Uri(_simulator.Urls.First());
        Control = new SimulatorControl(new HttpClient { BaseAddress = SimulatorUri });

        var clusterId = $"it-{Guid.NewGuid():N}";
        _api = AgentApiApplication.Build([], builder =>
        {
            builder.Services.AddSingleton<IStartupFilter, FailingRoute>();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:pureconnect"] = ConnectionString,
                ["Orleans:ClusterId"] = clusterId,
                ["Orleans:Endpoints:SiloPort"] = PostgresServer.FindFreeTcpPort().ToString(),
                ["Orleans:Endpoints:GatewayPort"] = PostgresServer.FindFreeTcpPort().ToString(),
                ["Cic:ServerUri"] = SimulatorUri.ToString(),
                ["Cic:AlternateHostDelay"] = "00:00:00.100",
                ["AgentApi:EventsPingInterval"] = "00:00:01",
                ["CallLogs:EditWindow"] = CallLogEditWindow.ToString(),
                ["CallControls:SecurePauseLength"] = SecurePauseLength.ToString(),
                ["Operations:ApiKey"] = OperationsKey,
            });
        });
        await _api.StartAsync();

        var ingestSettings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:pureconnect"] = ConnectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Cic:ServerUri"] = SimulatorUri.ToString(),
            ["Cic:AlternateHostDelay"] = "00:00:00.100",
            ["Cic:ServerUnreachableTimeout"] = "00:00:02",
            ["Ingest:MonitorUserId"] = MonitorUser,
            ["Ingest:MonitorPassword"] = Password,
            ["Ingest:MaxReconnectDelay"] = "00:00:01",
            ["Ingest:UnconfirmedCheckPeriod"] = "00:00:01",
        };
        for (var i = 0; i < AgentCount; i++)
        {
            ingestSettings[$"Ingest:Users:{i}"] = AgentId(i + 1);
        }

        _ingest = IcwsIngestApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(ingestSettings));
        await _ingest.StartAsync();

        // Strict about create-only fields on the update branch of an upsert, as a real org may be. Its outbound message on a Case
        // reply goes to the CIC simulator's Object Routing Connector (email-to-case), as the AppHost wires it.
        _salesforce = SalesforceOrgApplication.Build(["--urls=http://127.0.0.1:0", "--SalesforceOrg:RejectCreateOnlyFieldsOnUpsertUpdate=true",
            $"--SalesforceOrg:CaseReplyOutboundMessageUrls:0={new Uri(SimulatorUri, "/control/object-routing/outbound-messages")}"]);
        await _salesforce.StartAsync();
        SalesforceUri = new Uri(_salesforce.Urls.First());

        var projectorSettings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:pureconnect"] = ConnectionString,
            ["EventRelay:IdlePoll"] = "00:00:05",
            ["Salesforce:LoginUrl"] = SalesforceUri.ToString(),
            ["Salesforce:ClientId"] = "PureConnectSimulatorClient",
            ["Salesforce:ClientSecret"] = "simulator-secret",
            ["CallLogSync:Interval"] = "00:00:00.200",
            ["Cic:ServerUri"] = SimulatorUri.ToString(),
            ["ActivityIdWriteBack:UserId"] = MonitorUser,
            ["ActivityIdWriteBack:Password"] = Password,
            ["ScreenPop:Enabled"] = "true",
            ["CallLogs:EditWindow"] = CallLogEditWindow.ToString(),
            ["Orleans:ClusterId"] = clusterId,
            ["Operations:ApiKey"] = OperationsKey,
            // CIC routes while Omni is Busy; Omni routes while CIC is Do Not Disturb (presence statuses by DeveloperName).
            ["OmniSync:Enabled"] = "true",
            ["OmniSync:PollInterval"] = "00:00:00.300",
            ["OmniSync:Maps:0:CicStatus"] = "Available",
            ["OmniSync:Maps:0:OmniStatus"] = "Busy",
            ["OmniSync:Maps:1:CicStatus"] = "Do Not Disturb",
            ["OmniSync:Maps:1:OmniStatus"] = "Available",
            ["OmniSync:Maps:2:CicStatus"] = "Gone Home",
            ["OmniSync:Maps:2:OmniStatus"] = "Away",
            ["OmniSync:Maps:2:Direction"] = "OmniToCic",
            ["OmniSync:Maps:3:CicStatus"] = "Gone Home",
            ["OmniSync:Maps:3:OmniStatus"] = "Offline",
            ["OmniSync:Maps:3:Direction"] = "OmniToCic",
        };
        foreach (var (key, value) in ProjectorSettings)
        {
            projectorSettings[key] = value;
        }

        _projector = CrmProjectorApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(projectorSettings));
        await _projector.StartAsync();
    }

    private void ConfigureSimulator(CicSimulatorOptions options)
    {
        var agents = Enumerable.Range(1, AgentCount).Select(AgentId).ToList();
        options.Users = [.. agents.Select(a => new UserSeed { UserId = a, Password = Password, DisplayName = a, CanUseRemoteStations = true }),
            new UserSeed { UserId = MonitorUser, Password = Password, CanMonitorQueues = true }];
        options.Stations = [.. agents.Select(StationOf)];
        options.Workgroups =
        [
            new WorkgroupSeed
            {
                Name = Workgroup,
                Members = agents,
                WrapUpCodes = [new() { Id = "Sale" }, new() { Id = "No Sale" }, new() { Id = "Callback Requested" }],
                WrapUpTimeLimit = TimeSpan.FromSeconds(90),
            },
        ];
        options.PrimaryHostNames = ["127.0.0.1"];
        options.AlternateHosts = ["localhost"];
        options.DeallocationDelay = TimeSpan.FromSeconds(1);
        // An expired email can be reopened until CIC lets it go: long enough for a test to reopen it on a loaded machine.
        options.Emails.DeallocationDelay = TimeSpan.FromSeconds(60);
        options.OutboundAnswerDelay = TimeSpan.FromMilliseconds(300);
        options.Seed = 7;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _projector, _salesforce, _ingest, _api, _simulator })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "Stack";
}
