using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Dialer;

/// <summary>Spec, "Agent statuses in Interaction Dialer": "ACD – Not Answering: you received a call on your queue but did not
/// answer it", with a campaign whose calls alert on the agent's queue: simulator → ingest → grains → AgentApi.</summary>
[Collection(StackCollection.Name)]
public sealed class DialerNotAnsweringTests(StackFixture stack)
{
    [Fact]
    public async Task A_campaign_call_left_unanswered_makes_the_agent_ACD_Not_Answering_until_they_choose_Available()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["agentAlertSeconds"] = 4);
        var id = (await agent.NextCallAsync()).GetProperty("interactionId").GetString()!;
        var placed = (await stack.Control.GetAsync($"/control/dialer/agents/{agent.AgentId}")).GetProperty("callsPlaced").GetInt32();

        var notAnswering = await agent.WaitForAsync(d => d.GetProperty("status").GetString() == "AcdNotAnswering"
            && d.GetProperty("call").ValueKind == JsonValueKind.Null, "the Dialer status ACD - Not Answering and no call owed");

        Assert.True(notAnswering.GetProperty("loggedIn").GetBoolean());
        Assert.Contains(await agent.CicStateAsync(id), new[] { "I", "gone" });
        Assert.Equal(["Available"], (await agent.Api.GetAsync("/api/statuses")).Json.EnumerateArray().Select(s => s.GetProperty("statusId").GetString()));
        (await agent.DispositionAsync(new { label = "Sale" })).ShouldFail(HttpStatusCode.Conflict, "dialer.noCall");
        Assert.Equal("ACD - Agent Not Answering", (await agent.Api.GetAsync("/api/me")).Json.GetProperty("statusId").GetString());

        (await agent.Api.PutAsync("/api/me/status", new { statusId = "Available" })).ShouldBe(HttpStatusCode.Accepted);

        // The next call alerts only a few seconds and may come and go between two looks on a loaded machine: CIC's count of
        // the calls it placed on the agent's queue says it came.
        await Eventually.MatchesAsync(() => stack.Control.GetAsync($"/control/dialer/agents/{agent.AgentId}"),
            d => d.GetProperty("callsPlaced").GetInt32() > placed, TimeSpan.FromSeconds(90), "the next campaign call once Available");
        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/state", new { state = "Stopped" });
        await Eventually.MatchesAsync(() => stack.Control.GetAsync($"/control/dialer/agents/{agent.AgentId}"),
            d => d.GetProperty("lastCallId").ValueKind == JsonValueKind.Null, TimeSpan.FromSeconds(90), "the last call to go unanswered too");
        await agent.WaitForAsync(d => d.GetProperty("status").GetString() == "AcdNotAnswering" && d.GetProperty("call").ValueKind == JsonValueKind.Null,
            "the agent to be left ACD - Not Answering again");
    }

    [Fact]
    public async Task A_campaign_call_picked_up_while_alerting_is_a_campaign_call_to_disposition()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c =>
        {
            c["agentAlertSeconds"] = 600;
            c["autoDisconnectOnDisposition"] = true;
        });
        var id = (await agent.NextCallAsync()).GetProperty("interactionId").GetString()!;
        var key = (await Eventually.MatchesAsync(() => agent.Api.GetAsync("/api/me/interactions"),
                a => a.Json.EnumerateArray().Any(i => i.GetProperty("interactionId").GetString() == id), because: "the alerting call on the queue"))
            .Json.EnumerateArray().First(i => i.GetProperty("interactionId").GetString() == id).GetProperty("key").GetString();
        Assert.Equal("A", await agent.CicStateAsync(id));
        await agent.WaitForAsync(d => d.GetProperty("status").GetString() == "CampaignCall", "the Campaign Call status while it alerts");

        (await agent.Api.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => agent.CicStateAsync(id), s => s == "C", because: "the pick-up to connect the call");
        (await agent.DispositionAsync(new { label = "Sale" })).ShouldBe(HttpStatusCode.OK);

        await Eventually.MatchesAsync(() => agent.CicStateAsync(id), s => s is "I" or "gone", because: "the disposition to disconnect the call");
    }
}
