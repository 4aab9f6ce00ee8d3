using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

// Transfers of one interaction (spec: "Transfer an interaction"). Deliberately grouped.

/// <summary>The interaction left the agent for <paramref name="Target"/>, blind or after a consult. Its
/// <paramref name="OccurredAt"/> is where the call log's Call Duration ends ("from the time of connection to
/// disconnection or transfer").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionTransferred"), EventType("V1.InteractionTransferred")]
public sealed record InteractionTransferred(string UserId, TransferTarget Target, bool Consulted, DateTimeOffset OccurredAt)
    : InteractionEvent(OccurredAt);

/// <summary>A consult began: the original caller is on hold while the agent speaks with <paramref name="Target"/>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ConsultStarted"), EventType("V1.ConsultStarted")]
public sealed record ConsultStarted(string UserId, TransferTarget Target, DateTimeOffset OccurredAt, string? ConsultId = null, string? ConsultInteractionId = null)
    : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.ConsultModeChanged"), EventType("V1.ConsultModeChanged")]
public sealed record ConsultModeChanged(ConsultMode Mode, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The consulted party was dropped; the original caller stays on hold with the agent.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ConsultDisconnected"), EventType("V1.ConsultDisconnected")]
public sealed record ConsultDisconnected(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
