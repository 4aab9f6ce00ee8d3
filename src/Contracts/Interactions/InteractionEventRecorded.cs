namespace PureConnect.Contracts.Interactions.V1;

/// <summary>
/// Integration event: a fact about one interaction was stored. Published by the event relay in global
/// order, with the stored event's id as the MassTransit <c>MessageId</c> (consumers deduplicate on it).
/// <see cref="Payload"/> is the stored event's JSON, typed by <see cref="EventType"/> (for example
/// <c>V1.InteractionConnected</c>); a consumer ignores types it does not know.
/// </summary>
public sealed record InteractionEventRecorded(
    Guid EventId,
    string InteractionKey,
    long StreamVersion,
    string EventType,
    string Payload,
    DateTimeOffset RecordedAt);
