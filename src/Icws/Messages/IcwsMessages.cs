namespace PureConnect.Icws.Messages;

/// <summary>A message from the ICWS messaging channel.</summary>
/// <param name="Type">The <c>__type</c> URN (see <see cref="IcwsMessageTypes"/>); "" for a malformed message.</param>
/// <param name="IsDelta">False: the payload replaces the cached state of its subscription; true: merge it.</param>
public abstract record IcwsMessage(string Type, bool IsDelta);

/// <summary>Interactions added to, changed in or removed from the queues of one queue subscription.</summary>
public sealed record QueueContentsMessage(
    string SubscriptionId,
    IReadOnlyList<InteractionSnapshot> Added,
    IReadOnlyList<InteractionSnapshot> Changed,
    IReadOnlyList<string> Removed) : IcwsMessage(IcwsMessageTypes.QueueContents, false);

/// <summary>Attributes of one interaction (keys are case-insensitive, null values read as "").</summary>
public sealed record InteractionSnapshot(string InteractionId, IReadOnlyDictionary<string, string> Attributes, string? ConferenceParentId);

/// <summary>Statuses of subscribed users.</summary>
public sealed record UserStatusMessage(IReadOnlyList<UserStatus> Statuses) : IcwsMessage(IcwsMessageTypes.UserStatus, false);

/// <summary>Status definitions added, changed or removed (by status id).</summary>
public sealed record StatusMessagesMessage(
    IReadOnlyList<StatusMessage> Added,
    IReadOnlyList<StatusMessage> Changed,
    IReadOnlyList<string> Removed) : IcwsMessage(IcwsMessageTypes.StatusMessages, false);

/// <summary>The session's connection changed state (0 none, 1 up, 2 down); after "down" the session is gone.</summary>
public sealed record ConnectionStateChangeMessage(int PreviousState, int NewState, string Reason, bool? ShouldReconnect)
    : IcwsMessage(IcwsMessageTypes.ConnectionStateChange, false)
{
    /// <summary>Connection state "down".</summary>
    public const int Down = 2;
}

/// <summary>The session's station connection was created, updated or removed.</summary>
public sealed record StationConnectionStateChangeMessage(StationInfo? Previous, StationInfo? New)
    : IcwsMessage(IcwsMessageTypes.StationConnectionStateChange, false);

/// <summary>State of a queue subscription: 0 none, 1 normal, 2 suspended, 3 faulted.</summary>
public sealed record QueueSubscriptionStateMessage(string SubscriptionId, int State, string? ErrorMessage)
    : IcwsMessage(IcwsMessageTypes.QueueSubscriptionState, false)
{
    /// <summary>The subscription no longer delivers: it must be put again.</summary>
    public const int Faulted = 3;
}

/// <summary>
/// The outcome of a request the server accepted with 202 and a <c>requestId</c> (§4.4): <see cref="Error"/> null when it
/// succeeded. Sent on the messaging channel of the session that made the request.
/// </summary>
public sealed record AsyncOperationCompletedMessage(string RequestId, IcwsAsyncError? Error)
    : IcwsMessage(IcwsMessageTypes.AsyncOperationCompleted, false);

/// <summary>Why an asynchronous operation failed: the <c>error</c> of its completion message.</summary>
public sealed record IcwsAsyncError(string? ErrorId, string Message);

/// <summary>A well-formed message of a type this client does not model.</summary>
public sealed record UnknownMessage(string Type, string RawJson) : IcwsMessage(Type, false);

/// <summary>A message that could not be read; yielded instead of failing the stream.</summary>
public sealed record MalformedMessage(string RawText, string Error) : IcwsMessage("", false);

/// <summary><c>urn:inin.com:unifiedMessaging:mwiMessage</c>: how many unheard voicemail messages wait.</summary>
public sealed record MessagesWaitingMessage(int MessagesWaiting) : IcwsMessage(IcwsMessageTypes.MessagesWaiting, false);
