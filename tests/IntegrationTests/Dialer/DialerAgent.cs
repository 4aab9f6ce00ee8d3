using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Dialer;

/// <summary>
/// A pool agent with a campaign of their own (serving only them, so no other test takes its calls), logged in through the
/// AgentApi; <see cref="DisposeAsync"/> logs them out of Dialer and CIC. Each test states only its campaign's settings.
/// </summary>
public sealed class DialerAgent : IAsyncDisposable
{
    private DialerAgent(StackFixture stack, string agentId, string campaignId)
    {
        Stack = stack;
        AgentId = agentId;
        CampaignId = campaignId;
        Api = new AgentApiClient(stack.ApiUri);
    }

    public StackFixture Stack { get; }

    public string AgentId { get; }

    public string CampaignId { get; }

    public AgentApiClient Api { get; }

    /// <summary>Creates the campaign (defaults: predictive, a call as soon as the agent is free, three contacts) and logs
    /// the agent in to CIC; with <paramref name="join"/> also to Dialer and the campaign.</summary>
    public static async Task<DialerAgent> StartAsync(StackFixture stack, Action<Dictionary<string, object?>>? campaign = null, bool join = true)
    {
        var agentId = stack.TakeAgent();
        var agent = new DialerAgent(stack, agentId, $"{agentId}-campaign");
        var settings = new Dictionary<string, object?>
        {
            ["id"] = agent.CampaignId,
            ["name"] = $"Campaign of {agentId}",
            ["dialingMode"] = "Predictive",
            ["secondsBetweenCalls"] = 0,
            ["agents"] = new[] { agentId },
            ["timeZone"] = "America/New_York",
            ["contacts"] = Enumerable.Range(1, 3).Select(n => new
            {
                phone = $"+1317555{n:0000}",
                name = $"Contact {n}",
                attributes = new Dictionary<string, string> { ["account"] = $"ACCT-{n}" },
            }).ToArray(),
        };
        campaign?.Invoke(settings);
        await stack.Control.PostJsonAsync("/control/dialer/campaigns", settings);
        await agent.Api.LogInReadyAsync(agentId);
        if (join)
        {
            (await agent.Api.PostAsync("/api/dialer/login", new { })).ShouldBe(HttpStatusCode.OK);
            (await agent.Api.PostAsync("/api/dialer/login", new { campaignId = agent.CampaignId })).ShouldBe(HttpStatusCode.OK);
        }

        return agent;
    }

    public async Task<JsonElement> DialerAsync() => (await Api.GetAsync("/api/dialer")).ShouldBe(HttpStatusCode.OK).Json;

    public Task<JsonElement> WaitForAsync(Func<JsonElement, bool> condition, string because, TimeSpan? timeout = null) =>
        Eventually.MatchesAsync(DialerAsync, condition, timeout ?? TimeSpan.FromSeconds(90), because);

    /// <summary>Waits for a campaign call other than <paramref name="previous"/> and answers it.</summary>
    public async Task<JsonElement> NextCallAsync(string? previous = null) =>
        (await WaitForAsync(d => d.GetProperty("call") is { ValueKind: JsonValueKind.Object } c && c.GetProperty("interactionId").GetString() != previous,
            "a campaign call")).GetProperty("call");

    public Task<ApiAnswer> DispositionAsync(object body) => Api.PostAsync("/api/dialer/disposition", body);

    public async Task<string> CicStateAsync(string interactionId) =>
        (await Stack.Control.GetInteractionAsync(interactionId))?.GetProperty("state").GetString() ?? "gone";

    public async ValueTask DisposeAsync()
    {
        // Stop the campaign so no call comes meanwhile; the last call must be dispositioned and hung up before the log-off.
        await Stack.Control.PostJsonAsync($"/control/dialer/campaigns/{CampaignId}/state", new { state = "Stopped" });
        var simulated = await Stack.Control.GetAsync($"/control/dialer/agents/{AgentId}");
        if (simulated.GetProperty("lastCallId").GetString() is { } last)
        {
            if (simulated.GetProperty("lastDisposition").ValueKind == JsonValueKind.Null)
            {
                await WaitForAsync(d => d.GetProperty("call") is { ValueKind: JsonValueKind.Object } c && c.GetProperty("interactionId").GetString() == last,
                    "the last call's data pop");
                (await DispositionAsync(new { label = "Sale" })).ShouldBe(HttpStatusCode.OK);
            }

            if (await CicStateAsync(last) is "C" or "H")
            {
                await Stack.Control.RemoteDisconnectAsync(last);
            }
        }

        if ((await DialerAsync()).GetProperty("loggedIn").GetBoolean())
        {
            (await Api.PostAsync("/api/dialer/logoff", new { })).ShouldBe(HttpStatusCode.OK);
            await WaitForAsync(d => !d.GetProperty("loggedIn").GetBoolean(), "the Dialer log-off");
        }

        (await Api.DeleteAsync("/api/session")).ShouldBe(HttpStatusCode.OK);
        Api.Dispose();
    }
}
