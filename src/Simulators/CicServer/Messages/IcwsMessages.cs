using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Messages;

// The message family the simulator produces (reference §4.4). Deliberately grouped.

public sealed record QueueContentsMessage(
    bool IsDelta,
    string SubscriptionId,
    IReadOnlyList<QueueInteraction>? InteractionsAdded,
    IReadOnlyList<QueueInteraction>? InteractionsChanged,
    IReadOnlyList<string>? InteractionsRemoved) : IcwsMessage(IsDelta);

/// <summary><c>state</c>: 0 none, 1 normal, 2 suspended, 3 faulted.</summary>
public sealed record QueueSubscriptionStateMessage(bool IsDelta, string SubscriptionId, int State, IcwsError? Error)
    : IcwsMessage(IsDelta);

public sealed record UserStatusMessage(bool IsDelta, IReadOnlyList<UserStatus> UserStatusList) : IcwsMessage(IsDelta);

public sealed record StatusMessagesMessage(
    bool IsDelta,
    IReadOnlyList<StatusMessage> StatusMessagesAdded,
    IReadOnlyList<StatusMessage> StatusMessagesChanged,
    IReadOnlyList<string> StatusMessagesRemoved) : IcwsMessage(IsDelta);

/// <summary>Connection states: 0 none, 1 up, 2 down.</summary>
public sealed record ConnectionStateChangeMessage(
    bool IsDelta,
    int PreviousConnectionState,
    int NewConnectionState,
    string Reason,
    bool? ShouldReconnect) : IcwsMessage(IsDelta);

public sealed record StationConnectionStateChangeMessage(
    bool IsDelta,
    StationInformation? PreviousStationInfo,
    StationInformation NewStationInfo) : IcwsMessage(IsDelta);

/// <summary>The outcome of a request answered 202 with <c>requestId</c>; <c>error</c> null when it succeeded.</summary>
public sealed record AsyncOperationCompletedMessage(bool IsDelta, string RequestId, IcwsError? Error) : IcwsMessage(IsDelta);

/// <summary>Text enqueued verbatim through the control API (malformed JSON, unknown types).</summary>
public sealed record RawMessage(string Text) : IcwsMessage(false);
