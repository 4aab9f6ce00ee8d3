using System.Net;
using System.Text.Json;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.EndToEnd;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Calls;

/// <summary>Spec: "Make a call" (Advanced Dial, click-to-dial), the transfer dialog's directory type-ahead, and "Call history".</summary>
[Collection(StackCollection.Name)]
public sealed class DialAndHistoryTests(StackFixture stack)
{
    private const string Contact = "003000000000009AAA";
    private const string Account = "001000000000009AAA";

    [Fact]
    public async Task Advanced_dial_needs_an_account_code_and_an_active_workgroup_and_is_remembered()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItDial{Guid.NewGuid():N}"[..14];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var a = await CallDesk.OpenAsync(stack, agentId);

        var options = (await a.Api.GetAsync("/api/me/advanced-dial")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.True(options.GetProperty("accountCodesEnabled").GetBoolean());
        Assert.Contains(options.GetProperty("accountCodes").EnumerateArray(), c => c.GetProperty("id").GetString() == "100");
        Assert.Contains(options.GetProperty("workgroups").EnumerateArray(), w => w.GetString() == workgroup);
        Assert.False(options.GetProperty("open").GetBoolean());

        (await a.PostAsync("/api/me/calls", new { number = "3175550501", advancedOpen = true })).ShouldFail(HttpStatusCode.BadRequest, "dial.accountCodeRequired");
        (await a.PostAsync("/api/me/calls", new { number = "3175550501", advancedOpen = true, accountCode = "nope" }))
            .ShouldFail(HttpStatusCode.BadRequest, "dial.unknownAccountCode");
        (await a.PostAsync("/api/me/calls", new { number = "3175550501", advancedOpen = true, accountCode = "100", workgroup = "NotMine" }))
            .ShouldFail(HttpStatusCode.BadRequest, "dial.workgroupNotActive");
        var placed = (await a.PostAsync("/api/me/calls", new { number = "3175550501", advancedOpen = true, accountCode = "100", workgroup }))
            .ShouldBe(HttpStatusCode.Accepted).Property("interactionId")!;

        var call = await a.WaitForAsync(placed, i => Status(i) is "Dialing" or "Connected", "the placed call");
        Assert.True((await a.Api.GetAsync("/api/me")).Json.GetProperty("advancedDialOpen").GetBoolean(), "the open section is remembered");
        var attributes = await stack.Control.GetInteractionAsync(placed);
        Assert.Contains("\"Eic_AccountCode\":\"100\"", attributes.ToString(), StringComparison.Ordinal);
        (await a.PostAsync($"/api/me/interactions/{Key(call)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Click_to_dial_associates_the_record_with_the_call_log_and_the_call_history_lists_the_calls()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var placed = (await a.PostAsync("/api/me/calls", new { number = "3175550502", whoId = Contact })).ShouldBe(HttpStatusCode.Accepted).Property("interactionId")!;
        var connected = await a.WaitForAsync(placed, i => Status(i) == "Connected" && i.GetProperty("callLog").ValueKind == JsonValueKind.Object, "the answered call");
        Assert.Equal(Contact, connected.GetProperty("callLog").GetProperty("whoId").GetString());
        (await a.PostAsync($"/api/me/interactions/{Key(connected)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);

        var missed = await stack.Control.InjectCallAsync("3175550503", user: a.AgentId);
        await a.WaitForStatusAsync(missed, "Alerting");
        await stack.Control.RemoteDisconnectAsync(missed);
        var (answered, _) = await a.ConnectedCallAsync("3175550504");
        await stack.Control.RemoteDisconnectAsync(answered);

        var history = await Eventually.MatchesAsync(() => HistoryAsync(a, "all"), h => h.Count >= 3, because: "three calls in the history");
        // Newest first; CIC's times have whole seconds, so calls of the same second may come in either order.
        Assert.Equal(new[] { answered, missed, placed }.Order(), history.Take(3).Select(h => h.GetProperty("interactionId").GetString()!).Order());
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.GetProperty("at").GetDateTimeOffset() >= p.Second.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(placed, Assert.Single(await HistoryAsync(a, "outgoing")).GetProperty("interactionId").GetString());
        Assert.Equal(missed, Assert.Single(await HistoryAsync(a, "missed")).GetProperty("interactionId").GetString());
        Assert.Equal(answered, Assert.Single(await HistoryAsync(a, "answered")).GetProperty("interactionId").GetString());
        Assert.Empty(await HistoryAsync(a, "forwarded"));
        Assert.Equal("3175550504", history.Single(h => h.GetProperty("interactionId").GetString() == answered).GetProperty("number").GetString());
        (await a.Api.GetAsync("/api/me/call-history?filter=sometimes")).ShouldFail(HttpStatusCode.BadRequest, "history.unknownFilter");
    }

    [Fact]
    public async Task The_directory_type_ahead_finds_agents_with_their_status_workgroups_and_attendant_profiles()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var b = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await b.ConnectedCallAsync("3175550505");

        var found = (await a.Api.GetAsync($"/api/me/directory?q={b.AgentId}")).ShouldBe(HttpStatusCode.OK).Json;
        var match = Assert.Single(found.GetProperty("matches").EnumerateArray(), m => m.GetProperty("id").GetString() == b.AgentId);
        Assert.Equal("User", match.GetProperty("kind").GetString());
        Assert.Equal("Available", match.GetProperty("statusId").GetString());
        Assert.Equal("Available", match.GetProperty("statusText").GetString());
        Assert.True(match.GetProperty("onPhone").GetBoolean(), "the phone icon: the agent is on a call");

        var profiles = (await a.Api.GetAsync("/api/me/directory?q=Main")).Json.GetProperty("matches");
        Assert.Contains(profiles.EnumerateArray(), m => m.GetProperty("kind").GetString() == "AttendantProfile");
        var limited = (await a.Api.GetAsync("/api/me/directory?q=it-agent&max=3")).Json;
        Assert.Equal(3, limited.GetProperty("matches").GetArrayLength());
        Assert.True(limited.GetProperty("moreAvailable").GetBoolean(), "more agents match than are shown");
    }

    [Fact]
    public async Task Declining_an_alerting_ACD_call_returns_it_to_its_queue_and_a_disconnected_call_can_be_dialed_again()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItBack{Guid.NewGuid():N}"[..14];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var a = await CallDesk.OpenAsync(stack, agentId);

        var acd = await stack.Control.InjectCallAsync("3175550506", workgroup: workgroup);
        var alerting = await a.WaitForStatusAsync(acd, "Alerting");
        (await a.Api.PutAsync("/api/me/status", new { statusId = "Available, No ACD" })).ShouldBe(HttpStatusCode.Accepted); // no new ACD call for now
        (await a.PostAsync($"/api/me/interactions/{Key(alerting)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitUntilGoneAsync(acd, "the declined call to leave the agent");
        var waiting = (await stack.Control.GetInteractionAsync(acd))!.Value;
        Assert.Equal("O", waiting.GetProperty("state").GetString()); // offering in the workgroup queue: the caller still waits
        await stack.Control.RemoteDisconnectAsync(acd);

        var (answered, key) = await a.ConnectedCallAsync("3175550507");
        await stack.Control.RemoteDisconnectAsync(answered);
        await a.WaitForStatusAsync(answered, "Disconnected");
        var again = (await a.PostAsync($"/api/me/interactions/{key}/redial")).ShouldBe(HttpStatusCode.Accepted).Property("interactionId")!;
        var redialed = await a.WaitForAsync(again, i => i.GetProperty("direction").GetString() == "Outbound", "the redialed call");
        Assert.Equal("3175550507", redialed.GetProperty("remoteAddress").GetString());
        (await a.PostAsync($"/api/me/interactions/{Key(redialed)}/redial")).ShouldFail(HttpStatusCode.BadRequest, "call.notDisconnected");
        (await a.PostAsync($"/api/me/interactions/{Key(redialed)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_declined_ACD_call_is_a_missed_call_in_the_call_history()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItMiss{Guid.NewGuid():N}"[..14];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var a = await CallDesk.OpenAsync(stack, agentId);

        var acd = await stack.Control.InjectCallAsync("3175550508", workgroup: workgroup);
        var alerting = await a.WaitForStatusAsync(acd, "Alerting");
        (await a.Api.PutAsync("/api/me/status", new { statusId = "Available, No ACD" })).ShouldBe(HttpStatusCode.Accepted);
        (await a.PostAsync($"/api/me/interactions/{Key(alerting)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);

        var missed = await Eventually.MatchesAsync(() => HistoryAsync(a, "missed"), h => h.Any(c => c.GetProperty("interactionId").GetString() == acd),
            because: "the declined call in the missed calls");
        Assert.Equal("3175550508", missed.Single(c => c.GetProperty("interactionId").GetString() == acd).GetProperty("number").GetString());
        await stack.Control.RemoteDisconnectAsync(acd);
    }

    [Fact]
    public async Task Calls_merged_into_a_conference_the_agent_left_are_in_the_call_history()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (first, firstKey) = await a.ConnectedCallAsync("3175550509");
        var (second, secondKey) = await a.ConnectedCallAsync("3175550510");
        (await a.PostAsync("/api/me/conferences", new { ontoKey = firstKey, draggedKey = secondKey })).ShouldBe(HttpStatusCode.Accepted);
        var conference = await a.WaitForAnyAsync(i => i.GetProperty("objectType").GetString() == "Conference", "the conference interaction");
        await a.WaitForAsync(second, i => CallsOf(i).GetProperty("conferenceId").ValueKind == JsonValueKind.String, "the second call in the conference");

        // The agent leaves; the two callers stay in the conference without them.
        (await a.PostAsync($"/api/me/interactions/{Key(conference)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);

        await Eventually.MatchesAsync(() => HistoryAsync(a, "answered"),
            h => new[] { first, second }.All(id => h.Any(c => c.GetProperty("interactionId").GetString() == id)),
            because: "the conferenced calls in the agent's answered calls");
        await stack.Control.RemoteDisconnectAsync(first); // the conference ends with it, and the second call too
    }

    private static async Task<List<JsonElement>> HistoryAsync(CallDesk desk, string filter) =>
        [.. (await desk.Api.GetAsync($"/api/me/call-history?filter={filter}")).ShouldBe(HttpStatusCode.OK).Json.EnumerateArray()];

    [Fact]
    public async Task A_click_to_dial_record_travels_with_the_call_and_survives_the_agent_grain_going_away_before_the_call_shows()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        var subscriptionId = "user-queue:" + agentId;
        string interactionId;
        // Hold the call back from the ingest: the agent's queue subscription faults and CIC refuses to put it again for now.
        await stack.Control.InjectFaultAsync(500, 10_000, subscriptionId);
        try
        {
            await stack.Control.FaultQueueSubscriptionAsync(StackFixture.MonitorUser, subscriptionId, "held back by the test");
            var placed = await agent.DialAsync(new DialNumber("3175550503", AdvancedOpen: false), whoId: Contact, whatId: Account);
            Assert.True(placed.Succeeded, $"{placed.ErrorCode}: {placed.Message}");
            interactionId = placed.InteractionId!;

            var attributes = (await stack.Control.GetInteractionAsync(interactionId)).ToString()!;
            Assert.Contains($"\"SF_WhoId\":\"{Contact}\"", attributes, StringComparison.Ordinal);
            Assert.Contains($"\"SF_WhatId\":\"{Account}\"", attributes, StringComparison.Ordinal);

            // The grain goes away (as on a silo's death) while the call has not reached its queue.
            await stack.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        }
        finally
        {
            await stack.Control.ClearFaultsAsync();
        }

        var key = await Eventually.MatchesAsync(async () => (await agent.GetViewAsync()).Interactions.FirstOrDefault(i => i.InteractionId == interactionId)?.Key,
            k => k is not null, TimeSpan.FromSeconds(90), "the dialed call on the queue once it is subscribed again");
        var view = await Eventually.MatchesAsync(stack.Grains.GetGrain<IInteractionGrain>(key!).GetViewAsync,
            v => v.CallLog?.WhoId == Contact, TimeSpan.FromSeconds(30), "the click-to-dial records on the call log");
        Assert.Equal(Account, view.CallLog!.WhatId);
        await agent.LogOutAsync();
    }
}
