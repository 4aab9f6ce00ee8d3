using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

// Secure pause of one agent's ad hoc recording (spec: "Securely pause a recording"). Deliberately grouped.

/// <summary><paramref name="UserId"/>'s recording is paused until <paramref name="EndsAt"/> (the CIC-configured length).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SecurePauseStarted"), EventType("V1.SecurePauseStarted")]
public sealed record SecurePauseStarted(string UserId, DateTimeOffset EndsAt, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>Pressed again while paused: the countdown starts over at the maximum (never longer).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SecurePauseReset"), EventType("V1.SecurePauseReset")]
public sealed record SecurePauseReset(string UserId, DateTimeOffset EndsAt, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The timer ran out (or the call ended): recording resumes. <paramref name="OccurredAt"/> is when the timer ran out.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SecurePauseEnded"), EventType("V1.SecurePauseEnded")]
public sealed record SecurePauseEnded(string UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
