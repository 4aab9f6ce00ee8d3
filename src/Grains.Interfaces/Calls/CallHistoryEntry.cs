using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>One line of the Call History view (spec: "the name and phone number of the other party, the day and time of
/// the call and its duration").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallHistoryEntry")]
public sealed record CallHistoryEntry(
    string InteractionId,
    string Name,
    string Number,
    DateTimeOffset At,
    TimeSpan Duration,
    InteractionDirection Direction,
    CallHistoryKind Kind);
