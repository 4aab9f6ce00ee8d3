using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>The station a session is logged into: a workstation, or a remote number (no workstation).</summary>
internal sealed record StationConnection(
    StationKind Kind, SimStation? Station, string? RemoteNumber, bool Persistent, IReadOnlyList<int> MediaTypes, int Mode)
{
    public string Id => Station?.Id ?? RemoteNumber ?? "";

    public string Extension => Station?.Extension ?? RemoteNumber ?? "";

    public StationInformation ToInformation() =>
        new(Id, Extension, (int)Kind, CanBeDialed: true, RingAlways: false, RemoteNumber, MediaTypes);
}
