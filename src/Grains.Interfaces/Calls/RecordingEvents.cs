using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

// The recordings of one call (spec: "Record a call", "Snippet Recording Precedence"). Deliberately grouped.
// Recording counts the separate recordings of the call: a merged snippet keeps the number of the ad hoc recording it absorbed.

/// <summary><paramref name="UserId"/> pressed Record: an ad hoc recording (a WAV file on the media server) started.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AdHocRecordingStarted"), EventType("V1.AdHocRecordingStarted")]
public sealed record AdHocRecordingStarted(string UserId, int Recording, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.AdHocRecordingStopped"), EventType("V1.AdHocRecordingStopped")]
public sealed record AdHocRecordingStopped(string UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>A snippet recording started, by <paramref name="StartedBy"/> (null: someone else, as observed from CIC). When
/// <paramref name="MergedAdHocOf"/> is set, that user's running ad hoc recording merged into this snippet.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SnippetRecordingStarted"), EventType("V1.SnippetRecordingStarted")]
public sealed record SnippetRecordingStarted(string? StartedBy, string? MergedAdHocOf, int Recording, DateTimeOffset OccurredAt)
    : InteractionEvent(OccurredAt);

/// <summary>CIC's attributes now show what our own press did to the snippet (<paramref name="Active"/>): later messages are current again.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SnippetRecordingConfirmed"), EventType("V1.SnippetRecordingConfirmed")]
public sealed record SnippetRecordingConfirmed(bool Active, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The snippet recording stopped, by <paramref name="StoppedBy"/> (null: observed from CIC or the call ended).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SnippetRecordingStopped"), EventType("V1.SnippetRecordingStopped")]
public sealed record SnippetRecordingStopped(string? StoppedBy, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
