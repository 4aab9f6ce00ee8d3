using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.CallLogs;

/// <summary>Spec: Call logs, Call log details: the agent's comments, subject, Name and Related To reach the one Salesforce Task, with
/// the wrap-up code as Call Result, until the edit window after the disconnect closes.</summary>
[Collection(StackCollection.Name)]
public sealed class CallLogEditTests(StackFixture stack)
{
    private const string Acme = "001000000000001AAA";

    [Fact]
    public async Task Pickup_comments_disconnect_wrap_up_make_exactly_one_Task_with_every_field_and_the_log_locks_after_the_window()
    {
        var agentId = stack.TakeAgent();
        var other = stack.TakeAgent();
        var workgroup = await CreateWorkgroupAsync(agentId);
        using var api = new AgentApiClient(stack.ApiUri);
        using var otherApi = new AgentApiClient(stack.ApiUri);
        await api.LogInAvailableAsync(agentId);
        await otherApi.LogInReadyAsync(other);
        try
        {
            await using var events = await api.OpenEventsAsync();
            Assert.Equal("snapshot", (await events.NextAsync()).Name);
            var interactionId = await stack.Control.InjectCallAsync("3175550102", workgroup: workgroup);
            var popped = await events.WaitForAsync("interaction", i => Is(i, interactionId) && i.GetProperty("screenPop").ValueKind == JsonValueKind.Object);
            var key = popped.GetProperty("key").GetString()!;
            var grace = popped.GetProperty("screenPop").GetProperty("recordId").GetString()!;
            (await api.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);

            var connected = await events.WaitForAsync("interaction", i => Is(i, interactionId) && i.GetProperty("callLog").ValueKind == JsonValueKind.Object);
            var log = connected.GetProperty("callLog");
            Assert.Equal(grace, log.GetProperty("whoId").GetString());
            Assert.Contains(log.GetProperty("names").EnumerateArray(), n => n.GetProperty("name").GetString() == "Grace Hopper");
            Assert.StartsWith("Call ", log.GetProperty("defaultSubject").GetString());
            Assert.Equal(JsonValueKind.Null, log.GetProperty("editableUntil").ValueKind);

            var edit = new { subject = "Billing question", comments = "Wants a callback on Friday", whoId = grace, whatId = Acme };
            (await otherApi.PutAsync($"/api/me/interactions/{key}/call-log", edit)).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
            (await api.PutAsync($"/api/me/interactions/{key}/call-log", edit with { whatId = "not-an-id" })).ShouldFail(HttpStatusCode.BadRequest, "callLog.invalid");
            var saved = (await api.PutAsync($"/api/me/interactions/{key}/call-log", edit)).ShouldBe(HttpStatusCode.OK);
            Assert.Equal("Wants a callback on Friday", saved.Json.GetProperty("callLog").GetProperty("comments").GetString());

            await stack.Control.RemoteDisconnectAsync(interactionId);
            await events.WaitForAsync("interaction", i => Is(i, interactionId) && i.GetProperty("wrapUp").ValueKind == JsonValueKind.Object);
            (await api.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "Sale" })).ShouldBe(HttpStatusCode.OK);

            var tasks = await Eventually.MatchesAsync(() => TasksAsync(key),
                t => t.Count == 1 && Text(t[0], "CallDisposition") == "Sale" && Text(t[0], "Description") is not null,
                timeout: TimeSpan.FromSeconds(30), because: "the Task to carry the comments and the wrap-up code");
            var task = Assert.Single(tasks);
            Assert.Equal(("Billing question", "Wants a callback on Friday", grace, Acme), (Text(task, "Subject"), Text(task, "Description"), Text(task, "WhoId"), Text(task, "WhatId")));
            Assert.Equal((key, "Inbound", "Completed", "Call"), (Text(task, "CallObject"), Text(task, "CallType"), Text(task, "Status"), Text(task, "TaskSubtype")));
            Assert.True(task.GetProperty("CallDurationInSeconds").GetInt32() >= 0);

            var ended = (await api.GetAsync("/api/me/interactions")).Json.EnumerateArray().FirstOrDefault(i => Is(i, interactionId));
            if (ended.ValueKind == JsonValueKind.Object)
            {
                Assert.True(ended.GetProperty("callLog").GetProperty("editableUntil").GetDateTimeOffset() > ended.GetProperty("disconnectedAt").GetDateTimeOffset());
            }

            await Task.Delay(StackFixture.CallLogEditWindow + TimeSpan.FromSeconds(1));
            (await api.PutAsync($"/api/me/interactions/{key}/call-log", edit with { comments = "Too late" })).ShouldFail(HttpStatusCode.Conflict, "callLog.locked");
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal("Wants a callback on Friday", Text(Assert.Single(await TasksAsync(key)), "Description"));
        }
        finally
        {
            await api.DeleteAsync("/api/session");
            await otherApi.DeleteAsync("/api/session");
        }
    }

    private static bool Is(JsonElement interaction, string interactionId) => interaction.GetProperty("interactionId").GetString() == interactionId;

    private static string? Text(JsonElement task, string field) =>
        task.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<string> CreateWorkgroupAsync(string agentId)
    {
        var workgroup = $"ItLog{Guid.NewGuid():N}"[..16];
        using var simulator = new HttpClient { BaseAddress = stack.SimulatorUri };
        (await simulator.PostAsJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } })).EnsureSuccessStatusCode();
        (await simulator.PutAsJsonAsync($"/control/workgroups/{workgroup}/wrap-up",
            new { codes = new[] { "Sale", "No Sale" }, timeLimitSeconds = 60, ambiguousCode = "Ambiguous" })).EnsureSuccessStatusCode();
        return workgroup;
    }

    private async Task<List<JsonElement>> TasksAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = stack.SalesforceUri };
        return await http.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [];
    }
}
