using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.EndToEnd.AgentSessionHelpers;

namespace PureConnect.IntegrationTests.EndToEnd;

[Collection(StackCollection.Name)]
public sealed class ReconnectTests(StackFixture stack)
{
    [Fact]
    public async Task A_call_that_ended_while_the_monitoring_session_was_gone_is_closed_and_one_that_started_is_opened_after_reconnect()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550130", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");

            // Keep the ingest out: its session dies and every new login fails until the call is gone for good.
            await stack.Control.InjectFaultAsync(statusCode: 500, count: 100_000, pathContains: "/icws/connection");
            string startedMeanwhile;
            try
            {
                await stack.Control.ExpireSessionsOfAsync(StackFixture.MonitorUser);
                await stack.Control.RemoteDisconnectAsync(interactionId);
                await Eventually.MatchesAsync(() => stack.Control.GetInteractionAsync(interactionId),
                    i => i is null || (i.Value.TryGetProperty("deallocated", out var d) && d.GetBoolean()),
                    because: "the server to deallocate the ended call");
                Assert.Equal(InteractionStatus.Connected, (await stack.Grains.GetGrain<IInteractionGrain>(key).GetViewAsync()).Status);
                startedMeanwhile = await stack.Control.InjectCallAsync("3175550132", user: agentId);
            }
            finally
            {
                await stack.Control.ClearFaultsAsync();
            }

            var closed = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "the reconcile after reconnect");
            Assert.Equal((DisconnectedBy.Unobserved, true), (closed.DisconnectedBy, closed.Deallocated));
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.Interactions.All(i => i.Key != key), because: "the queue to drop it");

            var newKey = await agent.QueueKeyOfAsync(startedMeanwhile);
            await stack.WaitForAsync(newKey, v => v.Status == InteractionStatus.Alerting, "the call that started while the channel was down");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task A_dropped_event_stream_is_reopened_and_the_messages_queued_meanwhile_arrive()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550131", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");

            await stack.Control.DropChannelsOfAsync(StackFixture.MonitorUser);
            await stack.Control.RemoteDisconnectAsync(interactionId);

            var ended = await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "the hang-up after the stream reopens");
            Assert.Equal(DisconnectedBy.Remote, ended.DisconnectedBy);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }
}
