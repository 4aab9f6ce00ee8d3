using System.Collections.Concurrent;
using Orleans.Runtime;
using Orleans.Streams;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.EndToEnd;

[Collection(StackCollection.Name)]
public sealed class AgentUpdateStreamTests(StackFixture stack)
{
    [Fact]
    public async Task An_agents_stream_carries_their_status_and_their_interactions_as_they_change()
    {
        var agentId = stack.TakeAgent();
        var updates = new ConcurrentQueue<AgentUpdate>();
        var stream = stack.Cluster.GetStreamProvider(AgentUpdateStreams.Provider)
            .GetStream<AgentUpdate>(StreamId.Create(AgentUpdateStreams.Namespace, agentId));
        var subscription = await stream.SubscribeAsync((update, _) =>
        {
            updates.Enqueue(update);
            return Task.CompletedTask;
        });
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550150", user: agentId);

            await Eventually.MatchesAsync(() => Task.FromResult(updates.ToList()),
                u => u.Any(x => x.Agent?.StatusId == "Available") && u.Any(x => x.Interaction is { Status: InteractionStatus.Alerting } i && i.InteractionId == interactionId),
                because: "the status and the alerting call on the agent's stream");
        }
        finally
        {
            await subscription.UnsubscribeAsync();
            await agent.LogOutAsync();
        }
    }
}
