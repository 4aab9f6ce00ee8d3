namespace PureConnect.Simulators.CicServer.Engine;

// Read-only views the control API returns. Deliberately grouped.

/// <param name="SupportedMediaTypes">The <c>supportedMediaTypes</c> the client sent with its station connection; null when it sent none.</param>
public sealed record SessionSnapshot(
    string SessionId, string UserId, string? Station, int SseConnections, int QueuedMessages, IReadOnlyList<int>? SupportedMediaTypes = null);

public sealed record InteractionSnapshot(
    string InteractionId, string State, IReadOnlyDictionary<string, string> Attributes, string? UserId, string? Workgroup);

/// <summary>When an interaction state change was first enqueued to a subscriber.</summary>
public readonly record struct Emission(string InteractionId, char State, long EmittedAtUnixMs);
