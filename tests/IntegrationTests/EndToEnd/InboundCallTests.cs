using Npgsql;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.EndToEnd.AgentSessionHelpers;

namespace PureConnect.IntegrationTests.EndToEnd;

[Collection(StackCollection.Name)]
public sealed class InboundCallTests(StackFixture stack)
{
    [Fact]
    public async Task An_injected_call_reaches_the_interaction_grain_and_agent_commands_come_back_through_the_ingest()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550123", user: agentId, remoteName: "Pat Caller");
            var key = await agent.QueueKeyOfAsync(interactionId);

            var alerting = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "alerting");
            Assert.Equal(("3175550123", "Pat Caller", InteractionDirection.Inbound, agentId, interactionId),
                (alerting.RemoteAddress, alerting.RemoteName, alerting.Direction, alerting.UserId, alerting.InteractionId));

            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            var connected = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected after pickup");
            Assert.NotNull(connected.ConnectedAt);

            Succeeded(await agent.ControlAsync(key, CallControl.Hold));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Held, "held");
            Succeeded(await agent.ControlAsync(key, CallControl.Unhold));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "retrieved");
            Succeeded(await agent.ControlAsync(key, CallControl.Mute));
            await stack.WaitForAsync(key, v => v.Muted, "muted");

            Succeeded(await agent.ControlAsync(key, CallControl.Disconnect));
            var ended = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "disconnected");
            Assert.Equal(DisconnectedBy.Agent, ended.DisconnectedBy);
            Assert.True(ended.CallDuration(DateTimeOffset.UtcNow) >= TimeSpan.Zero, "duration runs from connect to disconnect (ICWS times have whole seconds)");

            await stack.WaitForAsync(key, v => v.Deallocated, "deallocated by the server");
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.Interactions.All(i => i.Key != key), because: "the queue to drop it");

            // The screen-pop decision comes from the CRM projector at its own pace; it is checked on its own.
            var all = await StoredEventTypesAsync(InteractionGrain.StreamIdOf(key));
            Assert.True(all.Count(t => t == "V1.ScreenPopDecided") <= 1);
            var stored = all.Where(t => t != "V1.ScreenPopDecided").ToList();
            Assert.Equal(
                ["V1.InteractionDiscovered", "V1.InteractionAssigned", "V1.InteractionAlerting", "V1.InteractionConnected", "V1.InteractionHeld",
                 "V1.InteractionRetrieved", "V1.InteractionMuteChanged", "V1.InteractionDisconnected", "V1.InteractionDeallocated"],
                stored);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task An_ACD_call_to_a_workgroup_alerts_the_available_member_and_a_remote_hang_up_ends_it()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550124", workgroup: StackFixture.Workgroup);
            var key = await agent.QueueKeyOfAsync(interactionId);
            var alerting = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "alerting at the agent");
            Assert.Equal(StackFixture.Workgroup, alerting.Workgroup);

            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.OnPhone, because: "CIC to report the agent on the phone");

            await stack.Control.RemoteDisconnectAsync(interactionId);
            var ended = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "remote hang-up");
            Assert.Equal(DisconnectedBy.Remote, ended.DisconnectedBy);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task An_agent_cannot_act_on_another_agents_interaction()
    {
        var ownerId = stack.TakeAgent();
        var otherId = stack.TakeAgent();
        var owner = await stack.LogInAvailableAsync(ownerId);
        var other = await stack.LogInAvailableAsync(otherId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550125", user: ownerId);
            var key = await owner.QueueKeyOfAsync(interactionId);

            var refused = await other.ControlAsync(key, CallControl.Pickup);

            Assert.False(refused.Succeeded);
            Assert.Equal("interaction.notFound", refused.ErrorCode);
            var view = await stack.Grains.GetGrain<IInteractionGrain>(key).GetViewAsync();
            Assert.Equal(InteractionStatus.Alerting, view.Status);
        }
        finally
        {
            await owner.LogOutAsync();
            await other.LogOutAsync();
        }
    }

    [Fact]
    public async Task An_outbound_call_is_placed_on_the_agents_own_session_and_an_invalid_number_is_refused()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var invalid = await agent.MakeCallAsync(new MakeCall("call me maybe"));
            Assert.Equal("call.invalidNumber", invalid.ErrorCode);

            var placed = await agent.MakeCallAsync(new MakeCall("317-555-0199"));
            Assert.True(placed.Succeeded, placed.Message);
            var key = await agent.QueueKeyOfAsync(placed.InteractionId!);
            var connected = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "the far end to answer");
            Assert.Equal(InteractionDirection.Outbound, connected.Direction);
            Succeeded(await agent.ControlAsync(key, CallControl.Disconnect));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "disconnected");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task Login_errors_are_clear_and_status_rules_apply_before_CIC_is_asked()
    {
        var agentId = stack.TakeAgent();
        var otherId = stack.TakeAgent();
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);

        var wrongPassword = await agent.LogInAsync(new LogIn("not-the-password", StationSelection.Workstation(StackFixture.StationOf(agentId))));
        Assert.Equal("login.failed", wrongPassword.ErrorCode);

        var other = await stack.LogInAvailableAsync(otherId);
        try
        {
            var stationInUse = await agent.LogInAsync(new LogIn(StackFixture.Password, StationSelection.Workstation(StackFixture.StationOf(otherId))));
            Assert.Equal("station.inUse", stationInUse.ErrorCode);

            var noForwardNumber = await other.ChangeStatusAsync(new ChangeStatus("Available, Forward"));
            Assert.Equal("status.forwardNumberRequired", noForwardNumber.ErrorCode);

            var forwarded = await other.ChangeStatusAsync(new ChangeStatus("Available, Forward", ForwardNumber: "3175550100"));
            Assert.True(forwarded.Succeeded, forwarded.Message);
            var view = await Eventually.MatchesAsync(other.GetViewAsync, v => v.StatusId == "Available, Forward", because: "the forward status");
            Assert.Equal("3175550100", view.ForwardNumber);
        }
        finally
        {
            await other.LogOutAsync();
        }
    }

    private async Task<List<string>> StoredEventTypesAsync(string streamId)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT event_type FROM events WHERE stream_id = @s ORDER BY stream_version", connection);
        command.Parameters.AddWithValue("s", streamId);
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0));
        }

        return types;
    }
}
