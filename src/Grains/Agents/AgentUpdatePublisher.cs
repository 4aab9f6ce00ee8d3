using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Streams;

namespace PureConnect.Grains.Agents;

/// <summary>Publishes <see cref="AgentUpdate"/>s on agents' streams; a failure is logged, never thrown (the events are already durable).</summary>
internal static class AgentUpdatePublisher
{
    public static async Task PublishAsync(this Grain grain, string userId, AgentUpdate update, ILogger logger)
    {
        try
        {
            var stream = grain.GetStreamProvider(AgentUpdateStreams.Provider).GetStream<AgentUpdate>(StreamId.Create(AgentUpdateStreams.Namespace, userId));
            await stream.OnNextAsync(update);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not publish an update to agent {UserId}'s stream", userId);
        }
    }
}
