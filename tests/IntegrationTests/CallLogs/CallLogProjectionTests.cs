using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.EndToEnd;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.EndToEnd.AgentSessionHelpers;

namespace PureConnect.IntegrationTests.CallLogs;

[Collection(StackCollection.Name)]
public sealed class CallLogProjectionTests(StackFixture stack)
{
    [Fact]
    public async Task A_connected_call_reaches_the_projector_through_the_relay_and_becomes_a_call_log()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550160", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");
            Succeeded(await agent.ControlAsync(key, CallControl.Disconnect));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "disconnected");

            var fields = await Eventually.MatchesAsync(() => FieldsAsync(key), f => f?.GetProperty("status").GetString() == "Completed",
                because: "the call log to be projected");


            Assert.Equal(key, fields!.Value.GetProperty("callObject").GetString());
            Assert.Equal("Inbound", fields.Value.GetProperty("callType").GetString());
            Assert.StartsWith("Call ", fields.Value.GetProperty("subject").GetString());
            Assert.True(fields.Value.GetProperty("callDurationInSeconds").GetInt32() >= 0);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task The_Task_of_a_call_is_owned_by_the_agents_Salesforce_user_not_the_integration_user()
    {
        var agentId = stack.TakeAgent();
        using var org = new HttpClient { BaseAddress = stack.SalesforceUri };
        var added = await org.PostAsJsonAsync("/control/users", new { userName = $"{agentId}@example.com", federationIdentifier = agentId });
        added.EnsureSuccessStatusCode();
        var userId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550162", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));

            var tasks = await Eventually.MatchesAsync(() => TasksAsync(key), t => t.Count == 1, because: "the Task of the connected call");

            Assert.Equal(userId, tasks[0].GetProperty("OwnerId").GetString());
            Succeeded(await agent.ControlAsync(key, CallControl.Disconnect));
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task A_call_becomes_exactly_one_Salesforce_Task_with_the_call_log_fields_and_its_id_goes_back_to_CIC()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550161", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");
            var created = await Eventually.MatchesAsync(() => TasksAsync(key), t => t.Count == 1, because: "the Task to be created when the call connects");
            Assert.Equal("In Progress", created[0].GetProperty("Status").GetString());
            var taskId = created[0].GetProperty("Id").GetString();
            await Eventually.MatchesAsync(() => stack.Control.GetInteractionAsync(interactionId),
                i => i?.GetProperty("attributes").TryGetProperty("PureConnect_SalesforceActivityId", out var a) == true && a.GetString() == taskId,
                because: "the activity id to be written back to the interaction on CIC");

            Succeeded(await agent.ControlAsync(key, CallControl.Disconnect));
            var tasks = await Eventually.MatchesAsync(() => TasksAsync(key),
                t => t.Count == 1 && t[0].GetProperty("Status").GetString() == "Completed", because: "the Task to be updated at the disconnect");
            await Task.Delay(600);

            var task = Assert.Single(await TasksAsync(key));
            Assert.Equal(created[0].GetProperty("Id").GetString(), task.GetProperty("Id").GetString());
            Assert.Equal((key, "Inbound", "Call"), (task.GetProperty("CallObject").GetString(), task.GetProperty("CallType").GetString(),
                task.GetProperty("TaskSubtype").GetString()));
            Assert.StartsWith("Call ", task.GetProperty("Subject").GetString());
            Assert.True(task.GetProperty("CallDurationInSeconds").GetInt32() >= 0);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    private async Task<List<JsonElement>> TasksAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = stack.SalesforceUri };
        var tasks = await http.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}");
        return tasks ?? [];
    }

    private async Task<JsonElement?> FieldsAsync(string key)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT fields::text FROM call_logs WHERE interaction_key = @k", connection);
        command.Parameters.AddWithValue("k", key);
        return await command.ExecuteScalarAsync() is string json ? JsonDocument.Parse(json).RootElement.Clone() : null;
    }
}
