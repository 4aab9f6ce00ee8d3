using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Dialer;

/// <summary>Interaction Dialer around the agent's CIC session: a lost session ends the Dialer session with a clear message, and
/// blended agents (spec: "Blended agents are able to access call controls and regular statuses for non-Interaction Dialer calls")
/// still receive ACD calls while logged in to Dialer.</summary>
[Collection(StackCollection.Name)]
public sealed class DialerCicSessionTests(StackFixture stack)
{
    [Fact]
    public async Task A_lost_CIC_session_logs_the_agent_out_of_Dialer_with_a_clear_message_and_a_new_log_in_starts_clean()
    {
        await using var agent = await DialerAgent.StartAsync(stack);
        var id = (await agent.NextCallAsync()).GetProperty("interactionId").GetString()!;

        await stack.Control.ExpireSessionsOfAsync(agent.AgentId);

        var ended = (await Eventually.MatchesAsync(() => agent.Api.GetAsync("/api/dialer"),
            a => a.Status == HttpStatusCode.OK && !a.Json.GetProperty("loggedIn").GetBoolean(), because: "the grain to notice the lost session")).Json;
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("call").ValueKind);
        Assert.Equal("sessionEnded", ended.GetProperty("notices").EnumerateArray().Last().GetProperty("kind").GetString());
        Assert.StartsWith("Your CIC session ended", ended.GetProperty("notices").EnumerateArray().Last().GetProperty("text").GetString(), StringComparison.Ordinal);
        var simulated = await stack.Control.GetAsync($"/control/dialer/agents/{agent.AgentId}");
        Assert.False(simulated.GetProperty("loggedIn").GetBoolean());

        await agent.Api.LogInReadyAsync(agent.AgentId);
        var again = await agent.DialerAsync();
        Assert.False(again.GetProperty("loggedIn").GetBoolean());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("call").ValueKind);
        (await agent.DispositionAsync(new { label = "Sale" })).ShouldFail(HttpStatusCode.Conflict, "dialer.noCall");
        Assert.NotEqual(["Available"], (await agent.Api.GetAsync("/api/statuses")).Json.EnumerateArray().Select(s => s.GetProperty("statusId").GetString()));

        await stack.Control.RemoteDisconnectAsync(id);
        (await agent.Api.PostAsync("/api/dialer/login", new { })).ShouldBe(HttpStatusCode.OK);
        (await agent.Api.PostAsync("/api/dialer/login", new { campaignId = agent.CampaignId })).ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(id, (await agent.NextCallAsync(id)).GetProperty("interactionId").GetString());
    }

    [Fact]
    public async Task A_blended_agent_logged_in_to_Dialer_still_receives_ACD_calls()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["state"] = "Paused", join: false);
        await stack.Control.PutJsonAsync($"/control/dialer/agents/{agent.AgentId}/rights", new { isBlendedAgent = true });
        var workgroup = $"{agent.AgentId}-inbound";
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agent.AgentId } });
        (await agent.Api.PostAsync("/api/dialer/login", new { })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(["Available"], (await agent.Api.GetAsync("/api/statuses")).Json.EnumerateArray().Select(s => s.GetProperty("statusId").GetString()));

        var id = await stack.Control.InjectCallAsync("+13175550123", workgroup);

        await Eventually.MatchesAsync(() => agent.Api.GetAsync("/api/me/interactions"),
            a => a.Json.EnumerateArray().Any(i => i.GetProperty("interactionId").GetString() == id), because: "the ACD call on the blended agent's queue");
        Assert.Equal("A", await agent.CicStateAsync(id));
        await stack.Control.RemoteDisconnectAsync(id);
    }
}
