using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions;

// The Interaction Dialer side of one campaign call, on the interaction's stream (the call log's Call Result, campaign and
// callback come from here). Deliberately grouped.

/// <summary>The call's data pop: its campaign and the contact's attributes from the call list.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerDataPopRecorded"), EventType("V1.DialerDataPopRecorded")]
public sealed record DialerDataPopRecorded(string CampaignId, string CampaignName, IReadOnlyDictionary<string, string> Attributes, DateTimeOffset OccurredAt)
    : InteractionEvent(OccurredAt);

/// <summary>The agent's disposition of the call (or the skip of a preview), with the callback it scheduled, if any.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerDispositionRecorded"), EventType("V1.DialerDispositionRecorded")]
public sealed record DialerDispositionRecorded(
    string Label, string? WrapUpCategory, bool Skipped, bool Abandon, DateTimeOffset? CallbackAt, bool CallbackToMe, string UserId, DateTimeOffset OccurredAt)
    : InteractionEvent(OccurredAt);
