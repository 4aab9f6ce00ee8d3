using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions;

/// <summary>A fact about one interaction (call, callback, chat, email). The stream id is the interaction key.</summary>
public abstract record InteractionEvent(DateTimeOffset OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionDiscovered"), EventType("V1.InteractionDiscovered")]
public sealed record InteractionDiscovered(
    string InteractionId,
    string ObjectType,
    InteractionDirection Direction,
    string RemoteAddress,
    string RemoteName,
    string? Workgroup,
    bool Internal,
    DateTimeOffset? InitiatedAt,
    DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionAssigned"), EventType("V1.InteractionAssigned")]
public sealed record InteractionAssigned(string UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionPartyChanged"), EventType("V1.InteractionPartyChanged")]
public sealed record InteractionPartyChanged(string RemoteAddress, string RemoteName, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionOffered"), EventType("V1.InteractionOffered")]
public sealed record InteractionOffered(string? Workgroup, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionAlerting"), EventType("V1.InteractionAlerting")]
public sealed record InteractionAlerting(string? UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionDialing"), EventType("V1.InteractionDialing")]
public sealed record InteractionDialing(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionConnected"), EventType("V1.InteractionConnected")]
public sealed record InteractionConnected(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionHeld"), EventType("V1.InteractionHeld")]
public sealed record InteractionHeld(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionRetrieved"), EventType("V1.InteractionRetrieved")]
public sealed record InteractionRetrieved(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionSentToVoicemail"), EventType("V1.InteractionSentToVoicemail")]
public sealed record InteractionSentToVoicemail(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionMuteChanged"), EventType("V1.InteractionMuteChanged")]
public sealed record InteractionMuteChanged(bool Muted, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionDisconnected"), EventType("V1.InteractionDisconnected")]
public sealed record InteractionDisconnected(DisconnectedBy By, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionDeallocated"), EventType("V1.InteractionDeallocated")]
public sealed record InteractionDeallocated(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>
/// An interaction closed as <see cref="DisconnectedBy.Unobserved"/> was seen alive again: the close was a mistake of
/// ours, not CIC's, so the disconnect (and any deallocation) is retracted and later observations apply again.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionReopened"), EventType("V1.InteractionReopened")]
public sealed record InteractionReopened(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionUnassigned"), EventType("V1.InteractionUnassigned")]
public sealed record InteractionUnassigned(string UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.ScreenPopDecided"), EventType("V1.ScreenPopDecided")]
public sealed record ScreenPopDecided(ScreenPopView Decision, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>CIC's attributes beyond the state changed: the conference the interaction is in (or is, with its member count), whether it
/// is an Interaction Dialer call, its account code.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionFeaturesObserved"), EventType("V1.InteractionFeaturesObserved")]
public sealed record InteractionFeaturesObserved(
    string? ConferenceId, int? ConferenceMembers, bool IsDialer, string? AccountCode, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The interaction went through another workgroup (a blind transfer to a workgroup): its wrap-up follows that workgroup.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionRouted"), EventType("V1.InteractionRouted")]
public sealed record InteractionRouted(string Workgroup, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
