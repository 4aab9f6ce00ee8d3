using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.AppHost;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.AppHost;

/// <summary>
/// The README's first command, for real, through Aspire.Hosting.Testing: the AppHost starts every resource (PostgreSQL
/// as an executable, both simulators, AgentApi, IcwsIngest, CrmProjector, AgentUi) and one call goes end to end:
/// injected at the CIC simulator, picked up through the softphone's API, logged as a Task in the Salesforce simulator.
/// </summary>
public sealed class AppHostTests
{
    private const string OperationsKey = "apphost-operations-key";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(8);
    private static readonly string[] Resources = ["postgres", "cicserver", "salesforceorg", "agentapi", "icwsingest", "crmprojector", "agentui"];

    [Fact]
    public async Task The_whole_application_starts_healthy_and_a_picked_up_call_becomes_a_Task_in_Salesforce()
    {
        var data = await PostgresServer.CreateScratchFolderAsync();
        try
        {
            using var start = new CancellationTokenSource(StartDeadline);
            // The services listen on their own ports (not behind DCP's proxy, which the testing builder would randomise): a port
            // offset of its own keeps this run away from an AppHost a developer runs at the same time.
            var portOffset = FreePortOffset();
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
                [$"--PureConnect:DataFolder={data}", $"--Parameters:operations-key={OperationsKey}", $"--PureConnect:PortOffset={portOffset}"], start.Token);
            await using var app = await builder.BuildAsync(start.Token);
            await app.StartAsync(start.Token);
            foreach (var resource in Resources)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, start.Token);
            }

            await OperatorSurfacesNeedTheKeyAsync(app.GetEndpoint("agentapi", "http"));
            await TheDemoConsoleFramesTheSoftphoneAsync(app);
            await ACaseReplyReachesTheObjectRoutingConnectorAsync(app);
            await OneCallEndToEndAsync(app);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Without_PostgreSQL_the_postgres_resource_fails_with_the_cause_in_its_log_and_its_dependents_do_not_start()
    {
        var data = await PostgresServer.CreateScratchFolderAsync();
        try
        {
            using var start = new CancellationTokenSource(StartDeadline);
            var portOffset = FreePortOffset();
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
                [$"--PureConnect:DataFolder={data}", $"--PureConnect:PortOffset={portOffset}", "--PureConnect:PostgresBin=/nonexistent/bin"], start.Token);
            await using var app = await builder.BuildAsync(start.Token);
            var logs = app.Services.GetRequiredService<ResourceLoggerService>();
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            var starting = app.StartAsync(start.Token);

            var failed = await notifications.WaitForResourceAsync("postgres", e => e.Snapshot.State?.Text is "Finished" or "Exited", start.Token);
            Assert.Equal(127, failed.Snapshot.ExitCode);
            var cause = "";
            await foreach (var batch in logs.WatchAsync(failed.ResourceId).WithCancellation(start.Token))
            {
                cause = batch.Select(l => l.Content).FirstOrDefault(c => c.Contains("PostgreSQL is not installed", StringComparison.Ordinal)) ?? "";
                if (cause.Length > 0)
                    break;
            }

            Assert.Contains("/nonexistent/bin", cause, StringComparison.Ordinal);
            Assert.True(notifications.TryGetCurrentState("icwsingest", out var ingest) && ingest.Snapshot.State?.Text == "Waiting",
                $"icwsingest is {ingest?.Snapshot.State?.Text}");
            Assert.False(starting.IsFaulted);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A port offset of its own, with every port the AppHost listens on free: the offsets keep all of them below the
    /// ephemeral range (32768+), where another test's client sockets could hold one, and away from an AppHost a developer runs
    /// at offset 0. The AppHost refuses to start when one is taken.</summary>
    private static int FreePortOffset()
    {
        int[] ports =
        [
            PureConnectServices.CicServerPort, PureConnectServices.SalesforcePort, PureConnectServices.AgentApiPort, PureConnectServices.IngestPort,
            PureConnectServices.ProjectorPort, PureConnectServices.AgentUiPort, PureConnectServices.SiloPort, PureConnectServices.GatewayPort, LocalPostgres.Port,
        ];
        foreach (var offset in Enumerable.Range(1, 27).Select(n => n * 100).OrderBy(_ => Random.Shared.Next()))
        {
            if (ports.All(port => IsFree(port + offset)))
                return offset;
        }

        throw new InvalidOperationException("No port offset with all of the AppHost's ports free.");
    }

    private static bool IsFree(int port)
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task OneCallEndToEndAsync(DistributedApplication app)
    {
        const string agentId = "agent12";
        using var api = new AgentApiClient(app.GetEndpoint("agentapi", "http"));
        (await api.LogInAsync(agentId, "1234")).ShouldBe(HttpStatusCode.OK);
        (await api.SelectWorkstationAsync("station12")).ShouldBe(HttpStatusCode.OK);
        (await api.PutAsync("/api/me/status", new { statusId = "Available" })).ShouldBe(HttpStatusCode.Accepted);

        using var cic = new HttpClient { BaseAddress = app.GetEndpoint("cicserver", "http") };
        var interactionId = await new SimulatorControl(cic).InjectCallAsync("3175550199", user: agentId, remoteName: "Pat AppHost");
        var listed = await Eventually.MatchesAsync(() => api.GetAsync("/api/me/interactions"),
            a => a.Json.ValueKind == JsonValueKind.Array && a.Json.EnumerateArray().Any(i => i.GetProperty("interactionId").GetString() == interactionId),
            TimeSpan.FromMinutes(2), because: "the injected call on the agent's queue (CIC → IcwsIngest → grains → AgentApi)");
        var key = listed.Json.EnumerateArray().Single(i => i.GetProperty("interactionId").GetString() == interactionId).GetProperty("key").GetString()!;

        await Eventually.MatchesAsync(() => api.PostAsync($"/api/me/interactions/{key}/pickup"), a => a.Status == HttpStatusCode.Accepted,
            TimeSpan.FromMinutes(1), because: "the pickup to be accepted once the call alerts");

        using var salesforce = new HttpClient { BaseAddress = app.GetEndpoint("salesforceorg", "http") };
        var tasks = await Eventually.MatchesAsync(
            async () => await salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [],
            t => t.Count == 1, TimeSpan.FromMinutes(3), because: "the call log Task (grains → relay → CrmProjector → Salesforce)");
        Assert.Equal((key, "Inbound"), (tasks[0].GetProperty("CallObject").GetString(), tasks[0].GetProperty("CallType").GetString()));

        (await api.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
    }

    /// <summary>Email-to-case: the org's outbound message on a Case reply goes to the CIC simulator's Object Routing Connector, as the
    /// AppHost wires it.</summary>
    private static async Task ACaseReplyReachesTheObjectRoutingConnectorAsync(DistributedApplication app)
    {
        using var org = new HttpClient { BaseAddress = app.GetEndpoint("salesforceorg", "http"), Timeout = TimeSpan.FromSeconds(60) };
        using var token = await org.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "PureConnectSimulatorClient",
            ["client_secret"] = "simulator-secret",
        }));
        token.EnsureSuccessStatusCode();
        org.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        using var created = await org.PostAsJsonAsync("/services/data/v62.0/sobjects/EmailMessage",
            new Dictionary<string, object> { ["ParentId"] = "500SIMAPPHOST01", ["Incoming"] = false, ["Subject"] = "RE: case" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var replyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var cic = new HttpClient { BaseAddress = app.GetEndpoint("cicserver", "http"), Timeout = TimeSpan.FromSeconds(60) };
        await Eventually.MatchesAsync(
            async () => await cic.GetFromJsonAsync<List<JsonElement>>("/control/object-routing/case-replies") ?? [],
            replies => replies.Any(r => r.GetProperty("replyId").GetString() == replyId), TimeSpan.FromMinutes(1),
            because: "the org's outbound message at the CIC simulator's Object Routing Connector");
    }

    /// <summary>The services run as Production: the Orleans dashboard and the OpenAPI document answer only the operator key.</summary>
    private static async Task OperatorSurfacesNeedTheKeyAsync(Uri agentApi)
    {
        using var http = new HttpClient { BaseAddress = agentApi, Timeout = TimeSpan.FromSeconds(60) };
        foreach (var path in new[] { "/dashboard/", "/openapi/v1.json" })
        {
            using var anonymous = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Operations-Key", OperationsKey);
            using var withKey = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        }
    }

    /// <summary>The simulated org is the demo's Lightning console: the demo agents are its users (matched by FederationIdentifier) and
    /// its console page frames the softphone's Open CTI page, which lets the org's origin frame it.</summary>
    private static async Task TheDemoConsoleFramesTheSoftphoneAsync(DistributedApplication app)
    {
        using var org = new HttpClient { BaseAddress = app.GetEndpoint("salesforceorg", "http"), Timeout = TimeSpan.FromSeconds(60) };
        var users = await org.GetFromJsonAsync<List<JsonElement>>("/control/users") ?? [];
        var agent1 = users.Single(u => u.GetProperty("federationIdentifier").GetString() == "agent1");

        var console = await org.GetStringAsync($"/console/{agent1.GetProperty("id").GetString()}");
        var softphone = new Uri(app.GetEndpoint("agentui", "http"), "/opencti");
        Assert.Contains(softphone.AbsoluteUri, console, StringComparison.Ordinal);

        using var ui = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var adapter = await ui.GetAsync(softphone);
        adapter.EnsureSuccessStatusCode();
        var policy = string.Join(' ', adapter.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(org.BaseAddress!.GetLeftPart(UriPartial.Authority), policy, StringComparison.Ordinal);
    }
}
