using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Agents;

/// <summary>A fact about one agent (CIC user). The stream id is derived from the user id.</summary>
public abstract record AgentEvent(DateTimeOffset OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentLoggedIn"), EventType("V1.AgentLoggedIn")]
public sealed record AgentLoggedIn(string SessionId, StationSelection Station, DateTimeOffset OccurredAt, string? DisplayName = null) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentLoggedOut"), EventType("V1.AgentLoggedOut")]
public sealed record AgentLoggedOut(string Reason, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentStatusChanged"), EventType("V1.AgentStatusChanged")]
public sealed record AgentStatusChanged(string StatusId, string? Notes, string? ForwardNumber, DateTimeOffset? Until, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentOnPhoneChanged"), EventType("V1.AgentOnPhoneChanged")]
public sealed record AgentOnPhoneChanged(bool OnPhone, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentCicPresenceChanged"), EventType("V1.AgentCicPresenceChanged")]
public sealed record AgentCicPresenceChanged(bool LoggedIn, IReadOnlyList<string> Stations, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionQueued"), EventType("V1.InteractionQueued")]
public sealed record InteractionQueued(string Key, string InteractionId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.InteractionDequeued"), EventType("V1.InteractionDequeued")]
public sealed record InteractionDequeued(string Key, bool Unobserved, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentUserAgreementAccepted"), EventType("V1.AgentUserAgreementAccepted")]
public sealed record AgentUserAgreementAccepted(DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>The agent changed their CIC password (the password itself is never recorded).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentPasswordChanged"), EventType("V1.AgentPasswordChanged")]
public sealed record AgentPasswordChanged(DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentStationRemembered"), EventType("V1.AgentStationRemembered")]
public sealed record AgentStationRemembered(StationSelection Station, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentStationForgotten"), EventType("V1.AgentStationForgotten")]
public sealed record AgentStationForgotten(DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentFavoriteStatusesChanged"), EventType("V1.AgentFavoriteStatusesChanged")]
public sealed record AgentFavoriteStatusesChanged(IReadOnlyList<string> StatusIds, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>An interaction of the agent waits for a wrap-up code; it stays listed until <see cref="AgentWrapUpSettled"/>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentWrapUpPending"), EventType("V1.AgentWrapUpPending")]
public sealed record AgentWrapUpPending(string Key, string InteractionId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AgentWrapUpSettled"), EventType("V1.AgentWrapUpSettled")]
public sealed record AgentWrapUpSettled(string Key, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>
/// A click-to-dial call was placed for Salesforce records: they wait, on the agent's stream, for the call to reach the
/// agent's queue (a reactivated grain still associates them), until <see cref="DialAssociationSettled"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialAssociationPending"), EventType("V1.DialAssociationPending")]
public sealed record DialAssociationPending(string InteractionId, string? WhoId, string? WhatId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>The records of a click-to-dial call went to its call log (or were given up on: the call never showed).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialAssociationSettled"), EventType("V1.DialAssociationSettled")]
public sealed record DialAssociationSettled(string InteractionId, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>A call of this agent ended (or was transferred or sent to voicemail): a line of the Call History view (<see cref="CallHistoryLine"/>
/// as recorded).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallRecorded"), EventType("V1.CallRecorded")]
public sealed record CallRecorded(
    string InteractionId,
    string Name,
    string Number,
    DateTimeOffset At,
    Interactions.InteractionDirection Direction,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? EndedAt,
    bool Forwarded,
    DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>What an interaction grain reports to its agent when a call ends (becomes <see cref="CallRecorded"/>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallHistoryLine")]
public sealed record CallHistoryLine(
    string InteractionId,
    string Name,
    string Number,
    DateTimeOffset At,
    Interactions.InteractionDirection Direction,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? EndedAt,
    bool Forwarded);
