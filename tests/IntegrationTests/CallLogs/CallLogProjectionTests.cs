using System.Text.Json;
using Npgsql;
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
    public async Task A_connected_call_reaches_the_projector_through_the_relay_and_becomes_a_call_log_to_write()
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

    private async Task<JsonElement?> FieldsAsync(string key)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT fields::text FROM call_logs WHERE interaction_key = @k AND dirty", connection);
        command.Parameters.AddWithValue("k", key);
        return await command.ExecuteScalarAsync() is string json ? JsonDocument.Parse(json).RootElement.Clone() : null;
    }
}
