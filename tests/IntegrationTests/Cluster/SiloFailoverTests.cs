using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.AgentApi;
using PureConnect.Grains.Agents;
using PureConnect.IcwsIngest;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.Simulators.CicServer;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.Cluster;

/// <summary>
/// A silo dies mid-call: the agent's grain comes back on the other silo, resumes the CIC session the agent still has
/// (ticket encrypted in PostgreSQL, key ring shared), and the agent stays logged in with control of the call; a Dialer
/// preview's countdown goes on there too.
/// </summary>
public sealed class SiloFailoverTests : IAsyncLifetime
{
    private const string Agent = "fo-agent1";
    private const string Password = "secret-1";
    private PostgresServer _postgres = null!;
    private string _connectionString = "";
    private readonly string _clusterId = $"fo-{Guid.NewGuid():N}";
    private WebApplication _simulator = null!;
    private Uri _simulatorUri = null!;
    private readonly List<WebApplication> _apps = [];

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _connectionString = await _postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("failover"));
        _simulator = CicServerApplication.Build(["--urls=http://127.0.0.1:0"], options =>
        {
            options.Users = [new UserSeed { UserId = Agent, Password = Password, DisplayName = "Failover Agent" },
                new UserSeed { UserId = "fo-monitor", Password = Password, CanMonitorQueues = true }];
            options.Stations = ["fo-station1"];
            options.Workgroups = [new WorkgroupSeed { Name = "FoSales", Members = [Agent] }];
            options.PrimaryHostNames = ["127.0.0.1"];
            options.OutboundAnswerDelay = TimeSpan.FromMilliseconds(300);
        });
        await _simulator.StartAsync();
        _simulatorUri = new Uri(_simulator.Urls.First());
    }

    public async Task DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(_apps).Append(_simulator))
        {
            try
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException)
            {
                // the killed silo
            }
        }

        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task A_silo_killed_mid_call_leaves_the_agent_logged_in_and_in_control_of_the_call()
    {
        var (first, second) = await StartClusterAsync();

        using var viaFirst = new AgentApiClient(new Uri(first.Urls.First()));
        Assert.Equal("station", (await viaFirst.LogInAsync(Agent, Password)).ShouldBe(HttpStatusCode.OK).Step);
        Assert.Equal("ready", (await viaFirst.SelectWorkstationAsync("fo-station1")).ShouldBe(HttpStatusCode.OK).Step);
        var interactionId = (await viaFirst.PostAsync("/api/me/calls", new { number = "317-555-0142" })).ShouldBe(HttpStatusCode.Accepted)
            .Property("interactionId");
        var key = await ConnectedCallKeyAsync(viaFirst, interactionId!);

        // Kill the silo that holds the agent's grain (no graceful deactivation), and go on through the other one.
        var survivor = await KillAgentsSiloAsync(first, second);
        using var viaSurvivor = viaFirst.At(new Uri(survivor.Urls.First()));

        var session = await Eventually.MatchesAsync(() => viaSurvivor.GetAsync("/api/session"), a => a.Status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(120), because: "the other silo to serve the agent once the killed one is declared dead");
        Assert.Equal("ready", session.Step);
        var me = (await viaSurvivor.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.True(me.Json.GetProperty("sessionActive").GetBoolean());

        (await viaSurvivor.PostAsync($"/api/me/interactions/{key}/hold")).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => viaSurvivor.GetAsync($"/api/me/interactions"),
            a => a.Json.EnumerateArray().Any(i => i.GetProperty("key").GetString() == key && i.GetProperty("status").GetString() == "Held"),
            TimeSpan.FromSeconds(60), because: "the held call to come back through the ingest");
        (await viaSurvivor.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_preview_countdown_outlives_the_silo_that_started_it_and_the_call_is_placed_at_expiry()
    {
        var (first, second) = await StartClusterAsync();
        using (var control = new HttpClient { BaseAddress = _simulatorUri })
        {
            (await control.PostAsJsonAsync("/control/dialer/campaigns", new
            {
                id = "fo-preview",
                name = "Failover Preview",
                dialingMode = "Preview",
                previewTimeoutSeconds = 20,
                secondsBetweenCalls = 0,
                agents = new[] { Agent },
                contacts = new[] { new { phone = "+13175550199", name = "Ada" } },
            })).EnsureSuccessStatusCode();
        }

        using var viaFirst = new AgentApiClient(new Uri(first.Urls.First()));
        Assert.Equal("station", (await viaFirst.LogInAsync(Agent, Password)).ShouldBe(HttpStatusCode.OK).Step);
        Assert.Equal("ready", (await viaFirst.SelectWorkstationAsync("fo-station1")).ShouldBe(HttpStatusCode.OK).Step);
        (await viaFirst.PostAsync("/api/dialer/login", new { campaignId = "fo-preview" })).ShouldBe(HttpStatusCode.OK);
        var preview = await Eventually.MatchesAsync(() => viaFirst.GetAsync("/api/dialer"),
            a => a.Json.GetProperty("call").ValueKind == System.Text.Json.JsonValueKind.Object, TimeSpan.FromSeconds(60), because: "the preview call");
        Assert.False(preview.Json.GetProperty("call").GetProperty("placed").GetBoolean());

        var survivor = await KillAgentsSiloAsync(first, second);
        using var viaSurvivor = viaFirst.At(new Uri(survivor.Urls.First()));

        await Eventually.MatchesAsync(() => viaSurvivor.GetAsync("/api/dialer"),
            a => a.Status == HttpStatusCode.OK && a.Json.GetProperty("call") is { ValueKind: System.Text.Json.JsonValueKind.Object } c && c.GetProperty("placed").GetBoolean(),
            TimeSpan.FromSeconds(150), because: "the preview timer to place the call on the surviving silo");
        Assert.True(DateTimeOffset.UtcNow >= preview.Json.GetProperty("call").GetProperty("previewDeadline").GetDateTimeOffset());
    }

    private async Task<(WebApplication First, WebApplication Second)> StartClusterAsync()
    {
        var first = await StartAsync(Silo());
        var second = await StartAsync(Silo());
        await StartAsync(IcwsIngestApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:pureconnect"] = _connectionString,
            ["Orleans:ClusterId"] = _clusterId,
            ["Cic:ServerUri"] = _simulatorUri.ToString(),
            ["Ingest:MonitorUserId"] = "fo-monitor",
            ["Ingest:MonitorPassword"] = Password,
            ["Ingest:MaxReconnectDelay"] = "00:00:01",
            ["Ingest:Users:0"] = Agent,
        })));
        return (first, second);
    }

    /// <summary>Kills the silo that holds the agent's grain (no graceful deactivation); returns the other.</summary>
    private static async Task<WebApplication> KillAgentsSiloAsync(WebApplication first, WebApplication second)
    {
        var grains = first.Services.GetRequiredService<IGrainFactory>();
        var host = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<IAgentGrain>(Agent));
        var (killed, survivor) = host == first.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress ? (first, second) : (second, first);
        await killed.StopAsync(new CancellationToken(canceled: true));
        return survivor;
    }

    private static async Task<string> ConnectedCallKeyAsync(AgentApiClient api, string interactionId)
    {
        var listed = await Eventually.MatchesAsync(() => api.GetAsync("/api/me/interactions"),
            a => a.Json.ValueKind == System.Text.Json.JsonValueKind.Array && a.Json.EnumerateArray().Any(i =>
                i.GetProperty("interactionId").GetString() == interactionId && i.GetProperty("status").GetString() == "Connected"),
            TimeSpan.FromSeconds(60), because: "the outbound call to be answered");
        return listed.Json.EnumerateArray().Single(i => i.GetProperty("interactionId").GetString() == interactionId).GetProperty("key").GetString()!;
    }

    private async Task<WebApplication> StartAsync(WebApplication app)
    {
        _apps.Add(app);
        await app.StartAsync();
        return app;
    }

    private WebApplication Silo() => AgentApiApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["ConnectionStrings:pureconnect"] = _connectionString,
        ["Orleans:ClusterId"] = _clusterId,
        ["Orleans:Endpoints:SiloPort"] = PostgresServer.FindFreeTcpPort().ToString(),
        ["Orleans:Endpoints:GatewayPort"] = PostgresServer.FindFreeTcpPort().ToString(),
        ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["Orleans:Membership:NumVotesForDeathDeclaration"] = "1",
        ["Cic:ServerUri"] = _simulatorUri.ToString(),
    }));
}
