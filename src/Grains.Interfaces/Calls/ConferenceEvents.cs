using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

// One conference interaction (spec: "Make a conference call"); the stream is the conference's. Deliberately grouped.

/// <summary><paramref name="UserId"/> dragged call <paramref name="Dragged"/> onto call <paramref name="Underneath"/>; the
/// one underneath is the one the wrap-up goes to.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ConferenceCreated"), EventType("V1.ConferenceCreated")]
public sealed record ConferenceCreated(string ConferenceId, string UserId, string Underneath, string Dragged, DateTimeOffset OccurredAt)
    : InteractionEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.ConferenceCallAdded"), EventType("V1.ConferenceCallAdded")]
public sealed record ConferenceCallAdded(string InteractionId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>A party left: an agent (by user id) or the far end of a merged call (by interaction id).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ConferencePartyLeft"), EventType("V1.ConferencePartyLeft")]
public sealed record ConferencePartyLeft(string PartyId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>One party remained, so the conference ended.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ConferenceEnded"), EventType("V1.ConferenceEnded")]
public sealed record ConferenceEnded(DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
