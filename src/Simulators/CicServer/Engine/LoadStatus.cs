namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>Body of <c>GET /control/load</c>.</summary>
public sealed record LoadStatus(
    bool Active,
    double CallsPerSecond,
    string? Workgroup,
    long CallsGenerated,
    long CallsCompleted,
    DateTimeOffset? StartedAt,
    double DurationSeconds);
