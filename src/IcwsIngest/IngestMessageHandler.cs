using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Turns ICWS messages of the monitoring session into grain calls. A full queue snapshot (after every
/// (re)subscription) is reconciled by the agent grain: interactions that ended while the channel was down
/// are closed, new ones opened. Unknown and malformed messages are counted and skipped. Text from CIC is
/// cleaned of control characters here, where it comes in (<see cref="IncomingText"/>), counted and logged.
/// </summary>
public sealed class IngestMessageHandler(IGrainFactory grains, GrainLanes lanes, TimeProvider time, ILogger<IngestMessageHandler> logger)
{
    public const string UserQueuePrefix = "user-queue:";
    private readonly Dictionary<string, QueueContents> _queues = new(StringComparer.Ordinal);

    /// <summary>Handles one message; false when the session is going down and must be re-established.</summary>
    public async ValueTask<bool> HandleAsync(IcwsMessage message, CancellationToken cancellationToken)
    {
        IngestMetrics.MessagesReceived.Add(1);
        switch (message)
        {
            case QueueContentsMessage queue:
                await HandleQueueAsync(queue, cancellationToken);
                return true;
            case UserStatusMessage statuses:
                await HandleStatusesAsync(statuses, cancellationToken);
                return true;
            case ConnectionStateChangeMessage { NewState: 2 } down:
                logger.LogWarning("CIC reports the monitoring session down: {Reason}", down.Reason);
                return false;
            case MalformedMessage malformed:
                IngestMetrics.MessagesIgnored.Add(1);
                logger.LogError("Skipped a malformed ICWS message: {Error}", malformed.Error);
                return true;
            default:
                IngestMetrics.MessagesIgnored.Add(1);
                logger.LogDebug("Ignored ICWS message {Type}", message.Type);
                return true;
        }
    }

    private async ValueTask HandleQueueAsync(QueueContentsMessage message, CancellationToken cancellationToken)
    {
        if (!message.SubscriptionId.StartsWith(UserQueuePrefix, StringComparison.Ordinal))
        {
            logger.LogWarning("Queue message for unknown subscription {SubscriptionId}", message.SubscriptionId);
            return;
        }

        var userId = message.SubscriptionId[UserQueuePrefix.Length..];
        var queue = QueueOf(userId);
        var at = time.GetUtcNow();
        var agent = grains.GetGrain<IAgentGrain>(userId);
        if (!message.IsDelta)
        {
            queue.Reset();
        }

        var added = new List<QueueEntry>();
        foreach (var received in message.Added.Concat(message.Changed))
        {
            var snapshot = IncomingText.Clean(received, out var cleaned);
            if (cleaned > 0)
            {
                IngestMetrics.ControlCharactersStripped.Add(cleaned, new KeyValuePair<string, object?>("source", "interaction"));
                logger.LogWarning("Stripped control characters from {Count} attribute(s) of interaction {InteractionId} on the queue of {UserId}",
                    cleaned, snapshot.InteractionId, userId);
            }

            var observation = queue.Merge(snapshot, at);
            var key = queue.KeyOf(snapshot.InteractionId);
            added.Add(new QueueEntry(key, snapshot.InteractionId));
            await lanes.EnqueueAsync(key, $"observe interaction {snapshot.InteractionId} on the queue of {userId}",
                () => grains.GetGrain<IInteractionGrain>(key).ObserveAsync(observation), cancellationToken);
        }

        if (!message.IsDelta)
        {
            await lanes.EnqueueAsync(userId, $"reconcile the queue of {userId} ({added.Count} interactions)",
                () => agent.ReconcileQueueAsync(added, at), cancellationToken);
            return;
        }

        var removed = new List<string>();
        foreach (var interactionId in message.Removed)
        {
            var key = queue.Remove(interactionId);
            removed.Add(key);
            await lanes.EnqueueAsync(key, $"observe interaction {interactionId} removed from the queue of {userId}",
                () => grains.GetGrain<IInteractionGrain>(key).ObserveRemovedAsync(userId, at), cancellationToken);
        }

        var newlyAdded = added.Take(message.Added.Count).ToList();
        if (newlyAdded.Count > 0 || removed.Count > 0)
        {
            await lanes.EnqueueAsync(userId, $"observe the queue of {userId} ({newlyAdded.Count} added, {removed.Count} removed)",
                () => agent.ObserveQueueAsync(newlyAdded, removed, at), cancellationToken);
        }
    }

    private async ValueTask HandleStatusesAsync(UserStatusMessage message, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        foreach (var received in message.Statuses)
        {
            var status = IncomingText.Clean(received, out var cleaned);
            if (cleaned > 0)
            {
                IngestMetrics.ControlCharactersStripped.Add(cleaned, new KeyValuePair<string, object?>("source", "status"));
                logger.LogWarning("Stripped control characters from {Count} field(s) of the status of {UserId}", cleaned, status.UserId);
            }

            var observation = new AgentStatusObservation(status.StatusId, status.Notes, status.ForwardNumber,
                status.Until?.UntilDateTime, status.OnPhone, status.LoggedIn, status.Stations, status.StatusChanged, at);
            var agent = grains.GetGrain<IAgentGrain>(status.UserId);
            await lanes.EnqueueAsync(status.UserId, $"observe the status of {status.UserId}", () => agent.ObserveStatusAsync(observation), cancellationToken);
        }
    }

    private QueueContents QueueOf(string userId)
    {
        if (!_queues.TryGetValue(userId, out var queue))
        {
            queue = new QueueContents(userId);
            _queues[userId] = queue;
        }

        return queue;
    }
}
