namespace PureConnect.Grains.Interactions;

/// <summary>An interaction as clients see it. Durations are computed from the timestamps.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionView")]
public sealed record InteractionView(
    string Key,
    string InteractionId,
    InteractionStatus Status,
    InteractionDirection Direction,
    string ObjectType,
    string RemoteAddress,
    string RemoteName,
    string? Workgroup,
    string? UserId,
    bool Muted,
    bool Internal,
    DateTimeOffset? FirstSeenAt,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? DisconnectedAt,
    DisconnectedBy DisconnectedBy,
    bool Deallocated,
    long Version,
    WrapUpView? WrapUp = null,
    ScreenPopView? ScreenPop = null,
    CallLogView? CallLog = null,
    Calls.CallControlsView? Calls = null,
    DialerCallSummary? Dialer = null,
    Callbacks.CallbackView? Callback = null,
    Chats.ChatView? Chat = null,
    Emails.EmailView? Email = null)
{
    /// <summary>Call duration: connect to disconnect (or to <paramref name="now"/> while connected).</summary>
    public TimeSpan? CallDuration(DateTimeOffset now) =>
        ConnectedAt is { } start ? (DisconnectedAt ?? now) - start : null;
}
