namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A parsed <c>PUT .../connection/station</c> body.</summary>
public sealed record StationRequest(
    StationKind Kind,
    string? Workstation = null,
    string? RemoteNumber = null,
    bool PersistentConnection = false,
    IReadOnlyList<int>? SupportedMediaTypes = null,
    int StationConnectionMode = 0);
