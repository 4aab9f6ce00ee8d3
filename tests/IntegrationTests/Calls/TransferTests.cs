using System.Net;
using System.Net.Http.Json;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Calls;

/// <summary>Spec: "Transfer an interaction": blind to a user, a workgroup, an Attendant profile or an outside number; consult for calls, then
/// Complete, Disconnect, Both or Neither; never to another agent's voicemail. Through the simulator, ingest, grains and AgentApi.</summary>
[Collection(StackCollection.Name)]
public sealed class TransferTests(StackFixture stack)
{
    [Fact]
    public async Task A_blind_transfer_to_another_agent_alerts_there_and_leaves_the_transferring_agent()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var b = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550301");

        (await a.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "blind", kind = "User", target = b.AgentId })).ShouldBe(HttpStatusCode.Accepted);

        var atB = await b.WaitForStatusAsync(id, "Alerting");
        (await b.PostAsync($"/api/me/interactions/{Key(atB)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await b.WaitForStatusAsync(id, "Connected");
        await a.WaitUntilGoneAsync(id, "the transferred call to leave the first agent");
        (await b.PostAsync($"/api/me/interactions/{Key(atB)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Workgroups_and_attendant_profiles_are_blind_only_and_a_profile_must_accept_transfers()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var c = stack.TakeAgent();
        var workgroup = $"ItXfer{Guid.NewGuid():N}"[..14];
        using (var simulator = new HttpClient { BaseAddress = stack.SimulatorUri })
        {
            (await simulator.PostAsJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { c } })).EnsureSuccessStatusCode();
        }

        await using var atC = await CallDesk.OpenAsync(stack, c);
        var (id, key) = await a.ConnectedCallAsync("3175550302");
        var transfer = $"/api/me/interactions/{key}/transfer";

        (await a.PostAsync(transfer, new { mode = "consult", kind = "Workgroup", target = workgroup })).ShouldFail(HttpStatusCode.BadRequest, "transfer.consultNotAllowed");
        (await a.PostAsync(transfer, new { mode = "consult", kind = "AttendantProfile", target = "Main Menu" })).ShouldFail(HttpStatusCode.BadRequest, "transfer.consultNotAllowed");
        (await a.PostAsync(transfer, new { mode = "blind", kind = "UserVoicemail", target = c })).ShouldFail(HttpStatusCode.BadRequest, "transfer.voicemailNotAllowed");
        (await a.PostAsync(transfer, new { mode = "blind", kind = "AttendantProfile", target = "After Hours" })).ShouldFail(HttpStatusCode.BadRequest, "transfer.notAllowed");

        (await a.PostAsync(transfer, new { mode = "blind", kind = "Workgroup", target = workgroup })).ShouldBe(HttpStatusCode.Accepted);
        var routed = await atC.WaitForStatusAsync(id, "Alerting"); // the workgroup's only member
        Assert.Equal(workgroup, (await atC.WaitForAsync(id, i => i.GetProperty("workgroup").GetString() == workgroup, "the new workgroup")).GetProperty("workgroup").GetString());
        (await atC.PostAsync($"/api/me/interactions/{Key(routed)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitUntilGoneAsync(id, "the call to leave the agent once the workgroup member has it");

        var (second, secondKey) = await a.ConnectedCallAsync("3175550303");
        (await a.PostAsync($"/api/me/interactions/{secondKey}/transfer", new { mode = "blind", kind = "AttendantProfile", target = "Main Menu" }))
            .ShouldBe(HttpStatusCode.Accepted);
        await a.WaitUntilGoneAsync(second, "the call to leave for the attendant profile");
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task A_blind_transfer_to_an_outside_number_completes_when_the_far_end_answers_and_ends_the_call_duration()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550304");

        (await a.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "blind", target = "317-555-0999", dialAsDigits = true }))
            .ShouldBe(HttpStatusCode.Accepted);

        await a.WaitForAsync(id, i => CallsOf(i).GetProperty("transferredAt").ValueKind == System.Text.Json.JsonValueKind.String,
            "the transfer time (where the call log's duration ends)");
        await AnswerFarEndAsync(id);
        await a.WaitUntilGoneAsync(id, "the call to leave the agent once the outside party answered");
    }

    [Fact]
    public async Task A_consult_holds_the_caller_and_then_disconnect_drops_only_the_consulted_party()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var b = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550305");

        (await a.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "consult", kind = "User", target = b.AgentId })).ShouldBe(HttpStatusCode.Accepted);

        var consulting = await a.WaitForAsync(id, i => CallsOf(i).GetProperty("consult").GetString() == "Consulting" && Status(i) == "Held", "the caller on hold");
        var consultId = CallsOf(consulting).GetProperty("consultInteractionId").GetString()!;
        var consultAtB = await b.WaitForAnyAsync(i => Status(i) == "Alerting", "the consult call ringing at the consulted agent");
        (await b.PostAsync($"/api/me/interactions/{Key(consultAtB)}/pickup")).ShouldBe(HttpStatusCode.Accepted);

        (await a.PostAsync($"/api/me/interactions/{key}/consult/both")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(id, i => CallsOf(i).GetProperty("consult").GetString() == "Both", "a three-way call");
        (await a.PostAsync($"/api/me/interactions/{key}/consult/neither")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(id, i => CallsOf(i).GetProperty("consult").GetString() == "Neither", "both parties held");

        (await a.PostAsync($"/api/me/interactions/{key}/consult/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(id, i => CallsOf(i).GetProperty("consult").ValueKind == System.Text.Json.JsonValueKind.Null, "the consult to be over");
        await b.WaitForStatusAsync(Id(consultAtB), "Disconnected");
        await a.WaitUntilGoneAsync(consultId, "the consult leg to end for the consulting agent");
        Assert.NotEqual("Disconnected", Status((await a.InteractionsAsync()).Single(i => Id(i) == id)));
        (await a.PostAsync($"/api/me/interactions/{key}/consult/complete")).ShouldFail(HttpStatusCode.BadRequest, "transfer.noConsult");
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task A_completed_consult_hands_the_caller_to_the_consulted_agent()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var b = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550306");

        (await a.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "consult", kind = "User", target = b.AgentId })).ShouldBe(HttpStatusCode.Accepted);
        var consulting = await a.WaitForAsync(id, i => CallsOf(i).GetProperty("consultInteractionId").ValueKind == System.Text.Json.JsonValueKind.String,
            "the consult leg");
        var consultId = CallsOf(consulting).GetProperty("consultInteractionId").GetString()!;
        var consultAtB = await b.WaitForAnyAsync(i => Status(i) == "Alerting", "the consult call ringing at the consulted agent");
        (await b.PostAsync($"/api/me/interactions/{Key(consultAtB)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await b.WaitForStatusAsync(Id(consultAtB), "Connected");

        (await a.PostAsync($"/api/me/interactions/{key}/consult/complete")).ShouldBe(HttpStatusCode.Accepted);

        await a.WaitUntilGoneAsync(id, "the original call to leave the transferring agent");
        await a.WaitUntilGoneAsync(consultId, "the consult leg to leave the transferring agent");
        await b.WaitForStatusAsync(id, "Connected"); // the caller, now with the consulted agent
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task A_call_blind_transferred_to_a_workgroup_leaves_the_agents_list_while_it_waits_in_the_queue()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var workgroup = await NewWorkgroupAsync(); // no members: the call waits in the queue
        var (id, key) = await a.ConnectedCallAsync("3175550307");

        (await a.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "blind", kind = "Workgroup", target = workgroup })).ShouldBe(HttpStatusCode.Accepted);

        await Eventually.MatchesAsync(a.InteractionsAsync, list => !list.Any(i => Id(i) == id),
            because: "the call waiting in the workgroup queue to leave the transferring agent's list");
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task A_call_received_by_a_consult_transfer_can_be_transferred_again()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var b = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var c = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550308");
        (await a.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "consult", kind = "User", target = b.AgentId })).ShouldBe(HttpStatusCode.Accepted);
        var consultAtB = await b.WaitForAnyAsync(i => Status(i) == "Alerting", "the consult call ringing at the consulted agent");
        (await b.PostAsync($"/api/me/interactions/{Key(consultAtB)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await b.WaitForStatusAsync(Id(consultAtB), "Connected");
        (await a.PostAsync($"/api/me/interactions/{key}/consult/complete")).ShouldBe(HttpStatusCode.Accepted);
        var atB = await b.WaitForAsync(id, i => Status(i) == "Connected" && i.GetProperty("userId").GetString() == b.AgentId, "the caller with the consulted agent");

        (await b.PostAsync($"/api/me/interactions/{Key(atB)}/transfer", new { mode = "blind", kind = "User", target = c.AgentId })).ShouldBe(HttpStatusCode.Accepted);

        await c.WaitForStatusAsync(id, "Alerting");
        await stack.Control.RemoteDisconnectAsync(id);
    }

    private async Task<string> NewWorkgroupAsync(params string[] members)
    {
        var workgroup = $"ItXfer{Guid.NewGuid():N}"[..14];
        using var simulator = new HttpClient { BaseAddress = stack.SimulatorUri };
        (await simulator.PostAsJsonAsync("/control/workgroups", new { name = workgroup, members })).EnsureSuccessStatusCode();
        return workgroup;
    }

    private Task AnswerFarEndAsync(string interactionId) => stack.Control.AnswerAsync(interactionId);
}
