using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Replay.Reading;

/// <summary>A stored event read back as its contract record, with where and when it was stored.</summary>
public sealed record ReplayedEvent(string StreamId, long StreamVersion, string EventType, DateTimeOffset RecordedAt, EventMetadata Metadata, object Event)
{
    /// <summary>When the fact happened (the event's own time; the store's time for an event that carries none).</summary>
    public DateTimeOffset OccurredAt => Event switch
    {
        InteractionEvent e => e.OccurredAt,
        AgentEvent e => e.OccurredAt,
        _ => RecordedAt,
    };

    /// <summary>The interaction key of an interaction stream (<c>interaction-{key}</c>), else null.</summary>
    public string? InteractionKey => StreamIds.InteractionKeyOf(StreamId);

    /// <summary>The user id of an agent stream (<c>agent-{userId}</c>), else null.</summary>
    public string? AgentId => StreamIds.AgentIdOf(StreamId);
}
