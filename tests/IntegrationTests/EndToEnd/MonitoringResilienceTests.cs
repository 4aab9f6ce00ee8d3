using Microsoft.Extensions.Diagnostics.HealthChecks;
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

    [Fact]
    public async Task When_the_primary_dies_the_ingest_and_the_agents_log_in_again_on_the_alternate_learned_at_login_and_calls_flow_again()
    {
        var agentId = stack.TakeAgent();
        var before = await stack.LogInAvailableAsync(agentId); // a login on the primary teaches the alternate host
        await before.LogOutAsync();

        await stack.Control.PrimaryDownAsync(true);
        try
        {
            // The configured URL now gets no answer at all (not a 503): only the learned alternate can be reached.
            var agent = await stack.LogInAvailableAsync(agentId);
            try
            {
                var interactionId = await stack.Control.InjectCallAsync("3175550142", user: agentId);
                var key = await agent.QueueKeyOfAsync(interactionId);
                await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "a call seen by the ingest after the primary died");
            }
            finally
            {
                await agent.LogOutAsync();
            }
        }
        finally
        {
            await stack.Control.PrimaryDownAsync(false);
        }
    }

    [Fact]
    public async Task A_faulted_queue_subscription_is_subscribed_again_and_the_ingest_is_degraded_until_its_fresh_snapshot_arrives()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var subscriptionId = "user-queue:" + agentId;
            // CIC refuses the first subscription attempts too, so the Degraded state lasts long enough to be seen.
            await stack.Control.InjectFaultAsync(500, 2, subscriptionId);
            await stack.Control.FaultQueueSubscriptionAsync(StackFixture.MonitorUser, subscriptionId, "queue server lost");

            await Eventually.MatchesAsync(() => stack.IngestHealth.CheckHealthAsync(new HealthCheckContext()),
                h => h.Status == HealthStatus.Degraded && h.Description!.Contains(subscriptionId, StringComparison.Ordinal),
                because: "the ingest degraded while the subscription is faulted");

            // Delivered only once the subscription is put again: the fresh snapshot brings the call.
            var interactionId = await stack.Control.InjectCallAsync("3175550143", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "a call on the queue subscribed again");
            await Eventually.MatchesAsync(() => stack.IngestHealth.CheckHealthAsync(new HealthCheckContext()),
                h => h.Description?.Contains(subscriptionId, StringComparison.Ordinal) != true,
                because: "the ingest no longer degraded by the subscription once it recovered");
        }
        finally
        {
            await stack.Control.ClearFaultsAsync();
            await agent.LogOutAsync();
        }
    }
}
