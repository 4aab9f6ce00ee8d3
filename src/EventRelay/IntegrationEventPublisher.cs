using MassTransit;
using PureConnect.Contracts.Agents.V1;
using PureConnect.Contracts.Interactions.V1;
using PureConnect.Persistence.EventStore;

namespace PureConnect.EventRelay;

/// <summary>
/// Turns a stored event into its integration event and publishes it with the stored event's id as the
/// message id. Streams are told apart by their id prefix; events of other streams are not published.
/// </summary>
public static class IntegrationEventPublisher
{
    public const string InteractionPrefix = "interaction-";
    public const string AgentPrefix = "agent-";

    /// <summary>Publishes the event; false when it has no integration event.</summary>
    public static async Task<bool> PublishAsync(this IPublishEndpoint bus, RecordedEvent stored, CancellationToken cancellationToken)
    {
        if (stored.StreamId.StartsWith(InteractionPrefix, StringComparison.Ordinal))
        {
            await bus.Publish(new InteractionEventRecorded(stored.EventId, stored.StreamId[InteractionPrefix.Length..], stored.StreamVersion,
                stored.EventType, stored.JsonPayload, stored.RecordedAt), context => context.MessageId = stored.EventId, cancellationToken);
            return true;
        }

        if (stored.StreamId.StartsWith(AgentPrefix, StringComparison.Ordinal))
        {
            await bus.Publish(new AgentEventRecorded(stored.EventId, stored.StreamId[AgentPrefix.Length..], stored.StreamVersion,
                stored.EventType, stored.JsonPayload, stored.RecordedAt), context => context.MessageId = stored.EventId, cancellationToken);
            return true;
        }

        return false;
    }
}
