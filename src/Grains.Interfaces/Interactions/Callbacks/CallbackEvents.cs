using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions.Callbacks;

// What happened to a callback request (spec: "Respond to callbacks"), as CIC reported it. Deliberately grouped.

/// <summary>The customer's request as CIC holds it: the number to call, their message, and how many retries the workgroup allows
/// (null: CIC did not say).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackRequestObserved"), EventType("V1.CallbackRequestObserved")]
public sealed record CallbackRequestObserved(string Phone, string Message, int? MaxAttempts, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The agent called the number: <paramref name="CallId"/> is the new outbound call, shown beneath the callback.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackCallPlaced"), EventType("V1.CallbackCallPlaced")]
public sealed record CallbackCallPlaced(string CallId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>Retried: off the agent's queue, snoozed on its workgroup, routed again later; <paramref name="Attempt"/> counts the retries.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackRetried"), EventType("V1.CallbackRetried")]
public sealed record CallbackRetried(int Attempt, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The callback ended as a success (the requester was reached) or a failure.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackCompleted"), EventType("V1.CallbackCompleted")]
public sealed record CallbackCompleted(CallbackOutcome Outcome, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
