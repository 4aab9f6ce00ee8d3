using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Dialer;

/// <summary>Spec: "Request a break", "Log out of Interaction Dialer Campaign", "Log in to Dialer campaign" (automatic
/// log-ins), "Troubleshoot Interaction Dialer" (switchover), and the Dialer license.</summary>
[Collection(StackCollection.Name)]
public sealed class DialerSessionTests(StackFixture stack)
{
    [Fact]
    public async Task A_break_requested_during_a_call_is_granted_only_after_the_disposition()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["autoDisconnectOnDisposition"] = true);
        await agent.NextCallAsync();

        var requested = (await agent.Api.PostAsync("/api/dialer/break")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Requested", requested.Json.GetProperty("break").GetString());
        (await agent.Api.PostAsync("/api/dialer/break")).ShouldFail(HttpStatusCode.Conflict, "dialer.breakPending");
        (await agent.DispositionAsync(new { label = "Sale" })).ShouldBe(HttpStatusCode.OK);

        var onBreak = await agent.WaitForAsync(d => d.GetProperty("break").GetString() == "OnBreak", "the break to be granted");
        Assert.True(onBreak.GetProperty("regularStatusesAllowed").GetBoolean());
        Assert.Contains((await agent.Api.GetAsync("/api/statuses")).Json.EnumerateArray(), s => s.GetProperty("statusId").GetString() == "At Lunch");
        Assert.Equal(JsonValueKind.Null, onBreak.GetProperty("call").ValueKind);
        (await agent.Api.PutAsync("/api/me/status", new { statusId = "At Lunch" })).ShouldBe(HttpStatusCode.Accepted);

        (await agent.Api.DeleteAsync("/api/dialer/break")).ShouldBe(HttpStatusCode.OK);
        await agent.NextCallAsync();
    }

    [Fact]
    public async Task A_log_off_with_a_call_pending_waits_for_the_disposition_and_a_CIC_log_out_is_refused_meanwhile()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["autoDisconnectOnDisposition"] = true);
        await agent.NextCallAsync();
        (await agent.Api.PutAsync("/api/me/status", new { statusId = "At Lunch" })).ShouldFail(HttpStatusCode.Conflict, "dialer.statusRestricted");
        Assert.Equal(["Available"], (await agent.Api.GetAsync("/api/statuses")).Json.EnumerateArray().Select(s => s.GetProperty("statusId").GetString()));

        var pending = (await agent.Api.PostAsync("/api/dialer/logoff", new { })).ShouldBe(HttpStatusCode.OK);
        Assert.True(pending.Json.GetProperty("pendingFullLogOff").GetBoolean());
        Assert.True(pending.Json.GetProperty("loggedIn").GetBoolean());
        (await agent.Api.DeleteAsync("/api/session")).ShouldFail(HttpStatusCode.Conflict, "dialer.loggedIn");
        (await agent.DispositionAsync(new { label = "Sale" })).ShouldBe(HttpStatusCode.OK);

        var after = await agent.WaitForAsync(d => !d.GetProperty("loggedIn").GetBoolean(), "the log-off to be granted");
        Assert.Contains(after.GetProperty("notices").EnumerateArray(), n => n.GetProperty("text").GetString() == "You logged out of Dialer.");
    }

    [Fact]
    public async Task A_supervisor_logs_the_agent_in_to_and_out_of_a_campaign_and_the_agent_is_told()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["state"] = "Paused", join: false);
        (await agent.Api.PostAsync("/api/dialer/login", new { })).ShouldBe(HttpStatusCode.OK);
        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/state", new { state = "Running" });
        await agent.WaitForAsync(d => d.GetProperty("availableCampaigns").GetArrayLength() == 1, "the campaign to be offered");

        await stack.Control.PostJsonAsync($"/control/dialer/agents/{agent.AgentId}/campaigns/{agent.CampaignId}/log-in", new { });
        var joined = await agent.WaitForAsync(d => d.GetProperty("campaigns").GetArrayLength() == 1, "the automatic log-in");
        Assert.Contains(joined.GetProperty("notices").EnumerateArray(), n => n.GetProperty("text").GetString()!.StartsWith("You were logged in to", StringComparison.Ordinal));

        await stack.Control.PostJsonAsync($"/control/dialer/agents/{agent.AgentId}/campaigns/{agent.CampaignId}/log-out", new { });
        var left = await agent.WaitForAsync(d => d.GetProperty("campaigns").GetArrayLength() == 0, "the automatic log-out");
        Assert.Contains(left.GetProperty("notices").EnumerateArray(), n => n.GetProperty("text").GetString() == $"You logged out of Campaign of {agent.AgentId}.");
    }

    [Fact]
    public async Task Without_the_Logon_Campaign_right_the_agent_is_in_every_running_campaign_and_a_stopped_one_logs_them_out()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["state"] = "Paused", join: false);
        await stack.Control.PutJsonAsync($"/control/dialer/agents/{agent.AgentId}/rights", new { canLogonCampaign = false });
        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/state", new { state = "Running" });

        var dialer = (await agent.Api.PostAsync("/api/dialer/login", new { })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.False(dialer.GetProperty("canLogonCampaign").GetBoolean());
        Assert.Equal(agent.CampaignId, dialer.GetProperty("campaigns")[0].GetProperty("id").GetString());
        (await agent.Api.PostAsync("/api/dialer/login", new { campaignId = agent.CampaignId })).ShouldFail(HttpStatusCode.Forbidden, "dialer.noLogonCampaignRight");
        (await agent.Api.PostAsync("/api/dialer/logoff", new { campaignIds = new[] { agent.CampaignId } })).ShouldFail(HttpStatusCode.Forbidden, "dialer.noLogonCampaignRight");
        await agent.NextCallAsync();
        (await agent.DispositionAsync(new { label = "Wrong Party" })).ShouldBe(HttpStatusCode.OK);

        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/state", new { state = "Stopped" });
        var left = await agent.WaitForAsync(d => d.GetProperty("campaigns").GetArrayLength() == 0, "the stopped campaign to log the agent out");
        Assert.Contains(left.GetProperty("notices").EnumerateArray(), n => n.GetProperty("text").GetString() == $"You logged out of Campaign of {agent.AgentId}.");
        Assert.Equal(0, left.GetProperty("availableCampaigns").GetArrayLength());
    }

    [Fact]
    public async Task A_Dialer_switchover_drops_the_call_off_the_queue_keeps_the_audio_and_logs_the_agent_out_of_Dialer()
    {
        await using var agent = await DialerAgent.StartAsync(stack);
        var id = (await agent.NextCallAsync()).GetProperty("interactionId").GetString()!;

        await stack.Control.PostJsonAsync("/control/dialer/switchover", new { });

        var after = await agent.WaitForAsync(d => !d.GetProperty("loggedIn").GetBoolean(), "the Dialer log-out");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("call").ValueKind);
        Assert.Equal("C", await agent.CicStateAsync(id));
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task Without_a_Dialer_license_the_log_in_is_refused_with_403()
    {
        var agentId = stack.TakeAgent();
        await stack.Control.PutJsonAsync($"/control/dialer/agents/{agentId}/rights", new { hasDialerLicense = false });
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);

        (await api.PostAsync("/api/dialer/login", new { })).ShouldFail(HttpStatusCode.Forbidden, "dialer.forbidden");
        Assert.False((await api.GetAsync("/api/dialer")).Json.GetProperty("loggedIn").GetBoolean());
        (await api.DeleteAsync("/api/session")).ShouldBe(HttpStatusCode.OK);
    }
}
