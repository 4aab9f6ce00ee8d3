using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.EndToEnd;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.WrapUp;

/// <summary>Spec: "Wrap up a call". A workgroup call through the ACD, the prompt as server state, the code in CIC and
/// as the Salesforce Task's CallDisposition; a time-out assigns the ambiguous code.</summary>
[Collection(StackCollection.Name)]
public sealed class WrapUpTests(StackFixture stack)
{
    [Fact]
    public async Task A_code_assigned_through_the_api_reaches_CIC_and_the_salesforce_task()
    {
        var agentId = stack.TakeAgent();
        using var directory = new DirectoryControl(stack);
        var (otherId, _) = await directory.AddUserAsync("wrap-other");
        using var api = new AgentApiClient(stack.ApiUri);
        using var other = new AgentApiClient(stack.ApiUri);
        await api.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550190", workgroup: StackFixture.Workgroup);
            var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            (await other.LogInAsync(otherId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
            (await api.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "Sale" })).ShouldFail(HttpStatusCode.Conflict, "wrapUp.notOpen");
            (await api.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");

            await using var events = await api.OpenEventsAsync();
            (await api.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
            var prompt = await events.WaitForAsync("interaction", i => i.GetProperty("key").GetString() == key
                && i.TryGetProperty("wrapUp", out var w) && w.ValueKind == JsonValueKind.Object && w.GetProperty("status").GetString() == "Open");
            Assert.Equal(["Sale", "No Sale", "Callback Requested"],
                prompt.GetProperty("wrapUp").GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

            await stack.WaitForAsync(key, v => v.Deallocated, "deallocated by CIC");
            var listed = (await api.GetAsync("/api/me/interactions")).ShouldBe(HttpStatusCode.OK);
            Assert.Contains(listed.Json.EnumerateArray(), i => i.GetProperty("key").GetString() == key
                && i.GetProperty("wrapUp").GetProperty("status").GetString() == "Open");

            (await other.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "Sale" })).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
            (await api.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "Resolved" })).ShouldFail(HttpStatusCode.BadRequest, "wrapUp.unknownCode");
            (await api.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "Sale" })).ShouldBe(HttpStatusCode.OK);
            (await api.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "No Sale" })).ShouldFail(HttpStatusCode.Conflict, "wrapUp.notOpen");

            var view = await stack.WaitForAsync(key, v => v.WrapUp?.Status == WrapUpStatus.Assigned, "assigned");
            Assert.Equal(("Sale", agentId), (view.WrapUp!.Code, view.WrapUp.AssignedBy));
            await Eventually.MatchesAsync(agent.GetViewAsync, v => (v.WrapUps ?? []).All(w => w.Key != key), because: "the agent's list to drop it");
            var assignments = await SimulatorAsync<List<JsonElement>>($"/control/interactions/{interactionId}/wrap-up-assignments");
            Assert.Equal("Sale", Assert.Single(assignments!).GetProperty("code").GetString());
            await Eventually.MatchesAsync(() => TasksAsync(key), t => t.Count == 1 && DispositionOf(t[0]) == "Sale",
                timeout: TimeSpan.FromSeconds(30), because: "the Task's CallDisposition to carry the code");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
            await other.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task Without_a_code_in_time_the_ambiguous_code_is_assigned()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItQuick{Guid.NewGuid():N}"[..16];
        using var simulator = new HttpClient { BaseAddress = stack.SimulatorUri };
        (await simulator.PostAsJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } })).EnsureSuccessStatusCode();
        (await simulator.PutAsJsonAsync($"/control/workgroups/{workgroup}/wrap-up",
            new { codes = new[] { "Sale" }, timeLimitSeconds = 3, ambiguousCode = "Ambiguous" })).EnsureSuccessStatusCode();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550191", workgroup: workgroup);
            var key = await agent.QueueKeyOfAsync(interactionId);
            AgentSessionHelpers.Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");
            await stack.Control.RemoteDisconnectAsync(interactionId);

            var prompted = await stack.WaitForAsync(key, v => v.WrapUp is not null, "the prompt");
            Assert.Equal(["Sale"], prompted.WrapUp!.Codes.Select(c => c.Id));
            var timedOut = await stack.WaitForAsync(key, v => v.WrapUp?.Status == WrapUpStatus.TimedOut, "the time-out");

            Assert.Equal("Ambiguous", timedOut.WrapUp!.Code);
            var refused = await stack.Grains.GetGrain<IInteractionGrain>(key).AssignWrapUpAsync(new AssignWrapUp(agentId, "Sale"));
            Assert.Equal("wrapUp.timedOut", refused.ErrorCode);
            await Eventually.MatchesAsync(() => TasksAsync(key), t => t.Count == 1 && DispositionOf(t[0]) == "Ambiguous",
                timeout: TimeSpan.FromSeconds(30), because: "the Task's CallDisposition to carry the ambiguous code");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    private static string? DispositionOf(JsonElement task) =>
        task.TryGetProperty("CallDisposition", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<List<JsonElement>> TasksAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = stack.SalesforceUri };
        return await http.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [];
    }

    private async Task<T?> SimulatorAsync<T>(string path)
    {
        using var http = new HttpClient { BaseAddress = stack.SimulatorUri };
        return await http.GetFromJsonAsync<T>(path);
    }
}
