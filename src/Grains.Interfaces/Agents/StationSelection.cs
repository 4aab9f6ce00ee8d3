namespace PureConnect.Grains.Agents;

/// <summary>The station an agent chose: a workstation, a remote workstation, or a remote number (optionally persistent).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.StationSelection")]
public sealed record StationSelection(StationKind Kind, string? StationId, string? RemoteNumber, bool Persistent)
{
    public static StationSelection Workstation(string stationId) => new(StationKind.Workstation, stationId, null, false);
    public static StationSelection RemoteNumberStation(string number, bool persistent) => new(StationKind.RemoteNumber, null, number, persistent);
}
