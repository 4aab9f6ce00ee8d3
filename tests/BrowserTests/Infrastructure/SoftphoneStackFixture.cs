using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PureConnect.AgentApi;
using PureConnect.AgentUi;
using PureConnect.CrmProjector;
using PureConnect.IcwsIngest;
using PureConnect.Simulators.CicServer;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.SalesforceOrg;
using PureConnect.TestSupport;

namespace PureConnect.BrowserTests.Infrastructure;

/// <summary>
/// The whole product on one machine, as an agent's browser meets it: a throwaway PostgreSQL, the CIC simulator, AgentApi
/// (with its silo), IcwsIngest, the Salesforce simulator and CrmProjector (call logs, screen pop), and AgentUi reaching AgentApi through a <see cref="TcpRelay"/>; plus Debian's Chromium
/// driven by Playwright. Each test takes its own agent and its own browser context.
/// </summary>
public sealed class SoftphoneStackFixture : IAsyncLifetime
{
    public const string Password = "secret-1";
    public const string AgreementText = "By using this Interaction Center system you agree to the following conditions:\n1) You will consider the employee code of conduct during all interactions.";
    public const string LocalOnlyAgent = "ui-local";
    public const string ExpiredPasswordAgent = "ui-expired";
    private const string MonitorUser = "ui-monitor";
    private const int PoolSize = 100;
    private int _taken;

    private PostgresServer? _postgres;
    private WebApplication? _simulator;
    private WebApplication? _api;
    private WebApplication? _ingest;
    private WebApplication? _ui;
    private WebApplication? _salesforce;
    private WebApplication? _projector;
    private IPlaywright? _playwright;

    public SimulatorControl Control { get; private set; } = null!;
    public TcpRelay Relay { get; private set; } = null!;
    public Uri UiUri { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri SalesforceUri { get; private set; } = null!;

    /// <summary>The grains, for a test that acts on the back end's side (as a heartbeat or another client would).</summary>
    public Orleans.IGrainFactory Grains => _api!.Services.GetRequiredService<Orleans.IGrainFactory>();

    /// <summary>Short enough for a test to see a call log turn read-only.</summary>
    public static readonly TimeSpan CallLogEditWindow = TimeSpan.FromSeconds(8);

    public static string StationOf(string agentId) =>
        agentId.Contains("agent", StringComparison.Ordinal) ? agentId.Replace("agent", "station", StringComparison.Ordinal) : agentId + "-station";

    public static string DisplayNameOf(string agentId) => $"Agent {agentId["ui-agent".Length..]}";

    /// <summary>A pool agent (with the remote stations right) no other test uses.</summary>
    public string TakeAgent()
    {
        var n = Interlocked.Increment(ref _taken);
        return n <= PoolSize ? $"ui-agent{n}" : throw new InvalidOperationException("Raise SoftphoneStackFixture.PoolSize: every pool agent is taken.");
    }

    /// <summary>How long the softphone in the console waits for a presence confirmation before it warns.</summary>
    public static readonly TimeSpan PresenceWarningAfter = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A Salesforce user for <paramref name="agentId"/> (its FederationIdentifier, as the Omni-Channel sync matches users) and a new browser
    /// context with the simulated Lightning console of that user, which frames the softphone. <c>toolkit: false</c> leaves out our
    /// utility-bar component (nothing applies presence requests).
    /// </summary>
    public async Task<ConsoleBrowser> OpenConsoleAsync(string agentId, bool toolkit = true)
    {
        using var org = new HttpClient { BaseAddress = SalesforceUri };
        var response = await org.PostAsJsonAsync("/control/users", new { userName = $"{agentId}@org.example", federationIdentifier = agentId });
        response.EnsureSuccessStatusCode();
        var userId = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        var context = await Browser.NewContextAsync(new() { BaseURL = SalesforceUri.ToString(), Locale = "en-US", ViewportSize = new() { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/console/{userId}" + (toolkit ? "" : "?toolkit=off"));
        return new ConsoleBrowser(context, page, userId);
    }

    /// <summary>Adds a Contact, Lead or Account to the simulated org; returns its id.</summary>
    /// <summary>The campaign contact attribute that holds a Salesforce record id (screen pop of that record).</summary>
    public const string DialerRecordIdAttribute = "SalesforceId";

    public async Task<string> AddRecordAsync(string type, string name, string? phone = null)
    {
        using var org = new HttpClient { BaseAddress = SalesforceUri };
        var response = await org.PostAsJsonAsync("/control/records", new { type, name, phone });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A new browser context (own cookies) with one page on AgentUi.</summary>
    public async Task<SoftphoneBrowser> OpenBrowserAsync(string locale = "en-US", string? timeZone = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = UiUri.ToString(),
            Locale = locale,
            TimezoneId = timeZone,
            ViewportSize = new() { Width = 460, Height = 780 },
        });
        return new SoftphoneBrowser(context, await context.NewPageAsync());
    }

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        var connectionString = await _postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("ui"));

        _simulator = CicServerApplication.Build(["--urls=http://127.0.0.1:0"], ConfigureSimulator);
        await _simulator.StartAsync();
        var simulatorUri = new Uri(_simulator.Urls.First());
        Control = new SimulatorControl(new HttpClient { BaseAddress = simulatorUri });

        var clusterId = $"ui-{Guid.NewGuid():N}";
        _api = await StartAsync(AgentApiApplication.Build, new()
        {
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:Endpoints:SiloPort"] = PostgresServer.FindFreeTcpPort().ToString(),
            ["Orleans:Endpoints:GatewayPort"] = PostgresServer.FindFreeTcpPort().ToString(),
            ["Cic:ServerUri"] = simulatorUri.ToString(),
            ["Cic:AlternateHostDelay"] = "00:00:00.100",
            ["CallLogs:EditWindow"] = CallLogEditWindow.ToString(),
        });
        _ingest = await StartAsync(IcwsIngestApplication.Build, IngestSettings(connectionString, clusterId, simulatorUri));

        _salesforce = SalesforceOrgApplication.Build(["--urls=http://127.0.0.1:0"]);
        await _salesforce.StartAsync();
        SalesforceUri = new Uri(_salesforce.Urls.First());
        _projector = await StartAsync(CrmProjectorApplication.Build, new()
        {
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["EventRelay:IdlePoll"] = "00:00:05",
            ["Salesforce:LoginUrl"] = SalesforceUri.ToString(),
            ["Salesforce:ClientId"] = "PureConnectSimulatorClient",
            ["Salesforce:ClientSecret"] = "simulator-secret",
            ["CallLogSync:Interval"] = "00:00:00.200",
            ["CallLogs:EditWindow"] = CallLogEditWindow.ToString(),
            ["ScreenPop:Enabled"] = "true",
            ["ScreenPop:SalesforceUrl"] = SalesforceUri.ToString(),
            ["ScreenPop:DialerRecordIdAttribute"] = DialerRecordIdAttribute,
            ["Orleans:ClusterId"] = clusterId,
            // CIC routes while Omni is Busy; Omni routes while CIC is Do Not Disturb; Gone Home is logged out of Omni. Only agents with a
            // user in the org take part.
            ["OmniSync:Enabled"] = "true",
            ["OmniSync:PollInterval"] = "00:00:00.300",
            ["OmniSync:Maps:0:CicStatus"] = "Available",
            ["OmniSync:Maps:0:OmniStatus"] = "Busy",
            ["OmniSync:Maps:1:CicStatus"] = "Do Not Disturb",
            ["OmniSync:Maps:1:OmniStatus"] = "Available",
            ["OmniSync:Maps:2:CicStatus"] = "Gone Home",
            ["OmniSync:Maps:2:OmniStatus"] = "Offline",
        });

        Relay = new TcpRelay(new Uri(_api.Urls.First()));
        _ui = await StartAsync(AgentUiApplication.Build, new()
        {
            [PureConnect.AgentUi.Extensions.AgentApiAddressKey] = Relay.Address.ToString(),
            ["Softphone:ReconnectDelay"] = "00:00:00.200",
            ["Softphone:MaxReconnectDelay"] = "00:00:01",
            // The Voicemail button's count on a test's time scale (the product reads it every 30 s).
            ["Softphone:VoicemailCountRefresh"] = "00:00:05",
            // The simulated org is the console: its opencti_min.js, and its origin may frame the softphone.
            ["OpenCti:ScriptUrl"] = new Uri(SalesforceUri, "/support/api/62.0/lightning/opencti_min.js").ToString(),
            ["OpenCti:FrameAncestors:0"] = SalesforceUri.GetLeftPart(UriPartial.Authority),
            ["OpenCti:PresenceWarningAfter"] = PresenceWarningAfter.ToString(),
        });
        UiUri = new Uri(_ui.Urls.First());
        using (var org = new HttpClient { BaseAddress = SalesforceUri })
        {
            (await org.PutAsJsonAsync("/control/console", new { softphoneUrl = new Uri(UiUri, "/opencti") })).EnsureSuccessStatusCode();
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    private static async Task<WebApplication> StartAsync(
        Func<string[], Action<WebApplicationBuilder>?, WebApplication> build, Dictionary<string, string?> settings)
    {
        settings["Urls"] = "http://127.0.0.1:0";
        var app = build([], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        return app;
    }

    private static IEnumerable<string> MonitoredAgents() =>
        [.. Enumerable.Range(1, PoolSize).Select(n => $"ui-agent{n}"), LocalOnlyAgent, ExpiredPasswordAgent];

    private static Dictionary<string, string?> IngestSettings(string connectionString, string clusterId, Uri simulatorUri)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Cic:ServerUri"] = simulatorUri.ToString(),
            ["Cic:AlternateHostDelay"] = "00:00:00.100",
            ["Ingest:MonitorUserId"] = MonitorUser,
            ["Ingest:MonitorPassword"] = Password,
            ["Ingest:MaxReconnectDelay"] = "00:00:01",
        };
        foreach (var (agent, i) in MonitoredAgents().Select((a, i) => (a, i)))
        {
            settings[$"Ingest:Users:{i}"] = agent;
        }

        return settings;
    }

    private static void ConfigureSimulator(CicSimulatorOptions options)
    {
        var agents = MonitoredAgents().ToList();
        options.Users =
        [
            .. agents.Select(a => new UserSeed
            {
                UserId = a,
                Password = Password,
                DisplayName = a.StartsWith("ui-agent", StringComparison.Ordinal) ? DisplayNameOf(a) : a,
                CanUseRemoteStations = a != LocalOnlyAgent,
                PasswordExpired = a == ExpiredPasswordAgent,
            }),
            new UserSeed { UserId = MonitorUser, Password = Password, CanMonitorQueues = true },
        ];
        options.Stations = [.. agents.Select(StationOf)];
        options.UserAgreementText = AgreementText;
        options.PrimaryHostNames = ["127.0.0.1"];
        options.AlternateHosts = ["localhost"];
        options.DeallocationDelay = TimeSpan.FromSeconds(20);
        options.OutboundAnswerDelay = TimeSpan.FromMilliseconds(500);
        options.Seed = 11;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        foreach (var app in new[] { _ui, _projector, _salesforce, _ingest, _api, _simulator })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        if (Relay is not null)
        {
            await Relay.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SoftphoneCollection : ICollectionFixture<SoftphoneStackFixture>
{
    public const string Name = "Softphone";
}
