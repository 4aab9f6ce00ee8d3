using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Callbacks;

/// <summary>Spec: "Respond to callbacks", through the whole stack: the CIC simulator routes a customer's callback request, the agent
/// calls the number from it and completes, retries or fails it at the AgentApi.</summary>
[Collection(StackCollection.Name)]
public sealed class CallbackTests(StackFixture stack)
{
    [Fact]
    public async Task An_agent_picks_up_a_callback_calls_the_number_and_completes_it()
    {
        var agentId = stack.TakeAgent();
        var workgroup = await SoleWorkgroupAsync(agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);

        var id = await stack.Control.RequestCallbackAsync(workgroup, "+13175550701", "Robin Requester", "About my invoice");
        var alerting = await desk.WaitForAsync(id, i => Status(i) == "Alerting" && HasCallback(i), "the callback alerting");
        var key = Key(alerting);
        Assert.Equal("Callback", alerting.GetProperty("objectType").GetString());
        Assert.Equal("Robin Requester", alerting.GetProperty("remoteName").GetString());
        Assert.Equal("+13175550701", CallbackOf(alerting).GetProperty("phone").GetString());
        Assert.Equal("About my invoice", CallbackOf(alerting).GetProperty("message").GetString());
        (await desk.PostAsync($"/api/me/interactions/{key}/callback/call")).ShouldFail(HttpStatusCode.Conflict, "callback.notPickedUp");

        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        var connected = await desk.WaitForAsync(id, i => Status(i) == "Connected" && Flag(i, "canCallNumber"), "the callback picked up");
        Assert.False(Flag(connected, "canComplete"), "the buttons wait until the number was called");
        (await desk.PostAsync($"/api/me/interactions/{key}/callback/complete")).ShouldFail(HttpStatusCode.Conflict, "callback.notAttempted");

        var placed = (await desk.PostAsync($"/api/me/interactions/{key}/callback/call")).ShouldBe(HttpStatusCode.Accepted);
        var callId = placed.Json.GetProperty("interactionId").GetString()!;
        Assert.NotEqual(id, callId);
        await desk.WaitForAsync(callId, i => i.GetProperty("direction").GetString() == "Outbound", "the call placed from the callback");
        await desk.WaitForAsync(id, i => CallbackOf(i).GetProperty("callId").GetString() == callId && Flag(i, "canComplete"),
            "the call beneath the callback and Complete enabled");

        (await desk.PostAsync($"/api/me/interactions/{key}/callback/complete")).ShouldBe(HttpStatusCode.Accepted);
        var completed = await desk.WaitForAsync(id, i => Status(i) == "Disconnected" && CallbackOf(i).GetProperty("outcome").GetString() == "Success",
            "the callback completed");
        Assert.False(Flag(completed, "canRetry"));
        (await desk.PostAsync($"/api/me/interactions/{key}/callback/fail")).ShouldFail(HttpStatusCode.Conflict, "callback.ended");
        await stack.Control.RemoteDisconnectAsync(callId);

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var tasks = await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed"
                && (found[0].GetProperty("Description").GetString() ?? "").Contains("Outcome: Success", StringComparison.Ordinal), TimeSpan.FromMinutes(3),
            "the callback's own call log Task, with its outcome");
        Assert.StartsWith("Callback ", tasks![0].GetProperty("Subject").GetString(), StringComparison.Ordinal);
        Assert.Equal("Callback number: +13175550701\nMessage: About my invoice\nOutcome: Success", tasks[0].GetProperty("Description").GetString());
        Assert.Equal("Success", tasks[0].GetProperty("CallDisposition").GetString());
    }

    [Fact]
    public async Task A_retried_callback_is_snoozed_routed_again_and_after_the_last_retry_can_only_be_completed_or_failed()
    {
        var agentId = stack.TakeAgent();
        var workgroup = await SoleWorkgroupAsync(agentId);
        await stack.Control.PutJsonAsync($"/control/workgroups/{workgroup}/callbacks", new { maxRetries = 1, snoozeSeconds = 2 });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var id = await stack.Control.RequestCallbackAsync(workgroup, "+13175550702", "Sam Requester");
        var key = Key(await desk.WaitForAsync(id, i => Status(i) == "Alerting" && HasCallback(i), "the callback alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Flag(i, "canCallNumber"), "the callback picked up");
        await Eventually.MatchesAsync(() => stack.Control.GetAsync($"/control/callbacks/{id}/subscribers"),
            users => users.EnumerateArray().Any(u => u.GetString() == StackFixture.MonitorUser), TimeSpan.FromMinutes(2),
            "the ingest watching the callback through the callback subscription");
        var firstCall = (await desk.PostAsync($"/api/me/interactions/{key}/callback/call")).ShouldBe(HttpStatusCode.Accepted).Json.GetProperty("interactionId").GetString()!;
        await desk.WaitForAsync(id, i => Flag(i, "canRetry"), "Retry enabled after the first attempt");

        (await desk.PostAsync($"/api/me/interactions/{key}/callback/retry")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitUntilGoneAsync(id, "the retried callback to leave the agent");
        await stack.Control.RemoteDisconnectAsync(firstCall); // the agent is free again for the ACD

        var again = await desk.WaitForAsync(id, i => Status(i) == "Alerting" && CallbackOf(i).GetProperty("attempts").GetInt32() == 1,
            "the callback routed again after its snooze");
        Assert.Equal(1, CallbackOf(again).GetProperty("maxAttempts").GetInt32());
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected" && Flag(i, "canCallNumber"), "the callback picked up again");
        (await desk.PostAsync($"/api/me/interactions/{key}/callback/retry")).ShouldFail(HttpStatusCode.Conflict, "callback.notAttempted");
        var secondCall = (await desk.PostAsync($"/api/me/interactions/{key}/callback/call")).ShouldBe(HttpStatusCode.Accepted).Json.GetProperty("interactionId").GetString()!;
        await desk.WaitForAsync(id, i => Flag(i, "canFail"), "Failure enabled after the second attempt");
        (await desk.PostAsync($"/api/me/interactions/{key}/callback/retry")).ShouldFail(HttpStatusCode.Conflict, "callback.noRetriesLeft");

        (await desk.PostAsync($"/api/me/interactions/{key}/callback/fail")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Disconnected" && CallbackOf(i).GetProperty("outcome").GetString() == "Failure", "the callback failed");
        await stack.Control.RemoteDisconnectAsync(secondCall);
    }

    private static bool HasCallback(JsonElement interaction) =>
        interaction.TryGetProperty("callback", out var callback) && callback.ValueKind == JsonValueKind.Object;

    private static JsonElement CallbackOf(JsonElement interaction) => interaction.GetProperty("callback");

    private static bool Flag(JsonElement interaction, string name) => HasCallback(interaction) && CallbackOf(interaction).GetProperty(name).GetBoolean();

    private async Task<string> SoleWorkgroupAsync(string agentId)
    {
        var workgroup = $"ItCallback{Guid.NewGuid():N}"[..18];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        return workgroup;
    }
}
