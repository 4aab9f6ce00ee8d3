using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions;

// The wrap-up of one interaction (spec: "Wrap up a call"). Deliberately grouped.

/// <summary>The call from a workgroup with wrap-up codes disconnected: <paramref name="UserId"/> must pick one of
/// <paramref name="Codes"/> before <paramref name="Deadline"/>, else <paramref name="AmbiguousCode"/> is assigned.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpPrompted"), EventType("V1.WrapUpPrompted")]
public sealed record WrapUpPrompted(
    string UserId,
    string Workgroup,
    IReadOnlyList<WrapUpCodeOption> Codes,
    string AmbiguousCode,
    DateTimeOffset Deadline,
    DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The agent assigned a code within the time allowed (CIC accepted it on the agent's session).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpAssigned"), EventType("V1.WrapUpAssigned")]
public sealed record WrapUpAssigned(string Code, string Label, string AssignedBy, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>No code was picked in time: the ambiguous code is the call's result.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpTimedOut"), EventType("V1.WrapUpTimedOut")]
public sealed record WrapUpTimedOut(string Code, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
