namespace PureConnect.Grains.Agents;

/// <summary>A station selection must name what its kind needs: a workstation id, or a dialable remote number.</summary>
public static class StationRules
{
    public static CommandResult? Check(StationSelection station) => station.Kind switch
    {
        StationKind.Workstation or StationKind.RemoteWorkstation when string.IsNullOrWhiteSpace(station.StationId)
            => CommandResult.Fail("station.required", "Choose a station."),
        StationKind.RemoteNumber when !DialRules.IsDialable(station.RemoteNumber)
            => CommandResult.Fail("station.invalidNumber", "Enter a remote number that can be dialed."),
        StationKind.Workstation or StationKind.RemoteWorkstation or StationKind.RemoteNumber => null,
        _ => CommandResult.Fail("station.invalidKind", "Unknown station type."),
    };
}
