namespace PureConnect.Grains.Agents;

/// <summary>An ICWS user status as the ingest received it.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentStatusObservation")]
public sealed record AgentStatusObservation(
    string StatusId,
    string? Notes,
    string? ForwardNumber,
    DateTimeOffset? Until,
    bool? OnPhone,
    bool? LoggedIn,
    IReadOnlyList<string> Stations,
    DateTimeOffset? StatusChangedAt,
    DateTimeOffset ObservedAt);
