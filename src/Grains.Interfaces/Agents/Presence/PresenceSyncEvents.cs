using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Agents.Presence;

/// <summary>The agent's Omni-Channel presence as the server saw it (a query of the org, or the console's confirmation).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceObserved"), EventType("V1.OmniPresenceObserved")]
public sealed record OmniPresenceObserved(string OmniStatusId, DateTimeOffset StartedAt, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>Omni → CIC: the sync sets the agent's CIC status; the status change it causes is not carried back to Omni.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CicStatusSyncRequested"), EventType("V1.CicStatusSyncRequested")]
public sealed record CicStatusSyncRequested(string CicStatusId, string OmniStatusId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>CIC refused the status the sync asked for (or the agent had no CIC session).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CicStatusSyncFailed"), EventType("V1.CicStatusSyncFailed")]
public sealed record CicStatusSyncFailed(string CicStatusId, string Reason, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>
/// CIC → Omni: the presence the agent's console must apply through the Omni-Channel toolkit. Held while the agent is on a
/// call when the status would route Omni work (<see cref="OmniPresenceReleased"/> when the call ends). A newer request replaces it.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceRequested"), EventType("V1.OmniPresenceRequested")]
public sealed record OmniPresenceRequested(string RequestId, string OmniStatusId, string CicStatusId, bool HeldForCall, DateTimeOffset OccurredAt)
    : AgentEvent(OccurredAt);

/// <summary>A call started before the console applied a routable presence: the request waits for the call to end.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceHeld"), EventType("V1.OmniPresenceHeld")]
public sealed record OmniPresenceHeld(string RequestId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>The call ended: a held request goes to the console.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceReleased"), EventType("V1.OmniPresenceReleased")]
public sealed record OmniPresenceReleased(string RequestId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>Omni-Channel shows the requested presence (the console confirmed it, or the org reports it).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceConfirmed"), EventType("V1.OmniPresenceConfirmed")]
public sealed record OmniPresenceConfirmed(string RequestId, string OmniStatusId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>A request no longer applies: the agent changed presence in Omni-Channel after it, or Omni already shows the target.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniPresenceWithdrawn"), EventType("V1.OmniPresenceWithdrawn")]
public sealed record OmniPresenceWithdrawn(string RequestId, string Reason, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>The settings of the Omni-Channel sync, as accepted after their check against the org.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PresenceSyncConfigured"), EventType("V1.PresenceSyncConfigured")]
public sealed record PresenceSyncConfigured(PresenceSyncSettings Settings, DateTimeOffset OccurredAt);
