using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>What the call history keeps of one call until it is listed.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallHistoryItem")]
public sealed record CallHistoryItem(
    string InteractionId,
    string Name,
    string Number,
    DateTimeOffset At,
    InteractionDirection Direction,
    DateTimeOffset? ConnectedAt = null,
    DateTimeOffset? EndedAt = null,
    bool Forwarded = false);
