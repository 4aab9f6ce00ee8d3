using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

// Assistance requests on one ACD interaction (spec: "Request assistance"). Deliberately grouped.

/// <summary><paramref name="UserId"/> asks the supervisors of <paramref name="Workgroup"/> (the workgroup the interaction
/// was routed from) for help with <paramref name="Message"/>; <paramref name="Request"/> counts this interaction's requests.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AssistanceRequested"), EventType("V1.AssistanceRequested")]
public sealed record AssistanceRequested(string UserId, string Workgroup, string Message, int Request, DateTimeOffset OccurredAt)
    : InteractionEvent(OccurredAt);

/// <summary>The active request is over; another may be made.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AssistanceCompleted"), EventType("V1.AssistanceCompleted")]
public sealed record AssistanceCompleted(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
