namespace PureConnect.Contracts.Agents.V1;

/// <summary>Integration event: a fact about one agent (CIC user) was stored. Same conventions as the interaction events.</summary>
public sealed record AgentEventRecorded(
    Guid EventId,
    string UserId,
    long StreamVersion,
    string EventType,
    string Payload,
    DateTimeOffset RecordedAt);
