namespace PureConnect.Simulators.CicServer.Engine;

// Read-only views the control API returns. Deliberately grouped.

public sealed record SessionSnapshot(string SessionId, string UserId, string? Station, int SseConnections, int QueuedMessages);

public sealed record InteractionSnapshot(
    string InteractionId, string State, IReadOnlyDictionary<string, string> Attributes, string? UserId, string? Workgroup);

/// <summary>When an interaction state change was first enqueued to a subscriber.</summary>
public readonly record struct Emission(string InteractionId, char State, long EmittedAtUnixMs);
