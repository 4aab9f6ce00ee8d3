namespace PureConnect.Grains.Agents;

/// <summary>
/// An agent as clients see it. Time in status is <c>now - StatusSince</c>. <see cref="StatusText"/> is the status's display
/// text when the agent's session knows it, else the status id. <see cref="LogoutReason"/>: why the last session ended
/// (<see cref="Agents.LogoutReason"/>). <see cref="StatusGroup"/> and <see cref="StatusIconUri"/>: the status's group tag
/// (Available, Away, Busy...) and icon as CIC's status message gives them, for its colour.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentView")]
public sealed record AgentView(
    string UserId,
    bool SessionActive,
    StationSelection? Station,
    string? StatusId,
    string? Notes,
    string? ForwardNumber,
    DateTimeOffset? Until,
    DateTimeOffset? StatusSince,
    bool OnPhone,
    bool CicLoggedIn,
    IReadOnlyList<QueueEntry> Interactions,
    string? DisplayName,
    string? StatusText,
    IReadOnlyList<string> Favorites,
    StationSelection? RememberedStation,
    long Version,
    IReadOnlyList<QueueEntry>? WrapUps = null,
    Calls.RecordingRights? RecordingRights = null,
    bool AdvancedDialOpen = false,
    Presence.PresenceSyncView? PresenceSync = null,
    Dialer.DialerView? Dialer = null,
    string? LogoutReason = null,
    string? StatusGroup = null,
    string? StatusIconUri = null);
