namespace PureConnect.Grains.Agents.Presence;

/// <summary>A current <c>UserServicePresence</c> of the agent's Salesforce user: the status and when it started.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceObservation")]
public sealed record OmniPresenceObservation(string OmniStatusId, DateTimeOffset StartedAt);

/// <summary>
/// The agent's Omni-Channel sync as the softphone needs it: the presence Omni shows, the presence the console should apply now
/// (<see cref="PendingRequestId"/>, null when nothing is to apply or the request is held for a call) and since when it waits.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PresenceSyncView")]
public sealed record PresenceSyncView(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] string? OmniStatusId,
    [property: Id(2)] string? PendingRequestId,
    [property: Id(3)] string? PendingOmniStatusId,
    [property: Id(4)] bool PendingHeldForCall,
    [property: Id(5)] DateTimeOffset? PendingSince);
