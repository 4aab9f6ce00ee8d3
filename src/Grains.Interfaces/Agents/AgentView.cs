namespace PureConnect.Grains.Agents;

/// <summary>An agent as clients see it. Time in status is <c>now - StatusSince</c>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentView")]
public sealed record AgentView(
    string UserId,
    bool SessionActive,
    StationSelection? Station,
    string? StatusId,
    string? Notes,
    string? ForwardNumber,
    DateTimeOffset? Until,
    DateTimeOffset? StatusSince,
    bool OnPhone,
    bool CicLoggedIn,
    IReadOnlyList<QueueEntry> Interactions,
    long Version);
