namespace PureConnect.Grains.Interactions;

/// <summary>
/// What the ingest saw of an interaction on the CIC server: the interaction id, the queue owner and all
/// attributes known so far (ICWS deltas already merged), at a point in time.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionObservation")]
public sealed record InteractionObservation(
    string InteractionId,
    string? QueueUserId,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset ObservedAt);
