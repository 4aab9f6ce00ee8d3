using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.EndToEnd.AgentSessionHelpers;

namespace PureConnect.IntegrationTests.EndToEnd;

[Collection(StackCollection.Name)]
public sealed class MonitoringResilienceTests(StackFixture stack)
{
    [Fact]
    public async Task Malformed_and_unknown_ICWS_messages_are_skipped_and_the_calls_after_them_still_arrive()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            await stack.Control.InjectRawMessageAsync(StackFixture.MonitorUser, "{\"__type\": \"urn:inin.com:queues:queueContentsMessage\", \"isDelta\": tru");
            await stack.Control.InjectRawMessageAsync(StackFixture.MonitorUser, "{\"__type\": \"urn:inin.com:future:somethingNewMessage\", \"isDelta\": true, \"x\": 1}");

            var interactionId = await stack.Control.InjectCallAsync("3175550140", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);

            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "the call after the bad messages");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task After_a_switchover_the_ingest_and_the_agents_move_to_the_alternate_host_and_calls_flow_again()
    {
        await stack.Control.SwitchoverAsync(durationSeconds: 30);

        // Logging in through the primary now answers 503 with the alternate host; the client follows it.
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550141", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "a call handled after the switchover");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }
}
