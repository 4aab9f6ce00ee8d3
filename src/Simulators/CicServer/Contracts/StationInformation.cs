namespace PureConnect.Simulators.CicServer.Contracts;

/// <summary><c>stationInformation</c>: <c>stationSetting</c> 0 none, 1 workstation, 2 remote workstation, 3 remote number.</summary>
public sealed record StationInformation(
    string Id,
    string Extension,
    int StationSetting,
    bool CanBeDialed,
    bool RingAlways,
    string? RemoteNumber,
    IReadOnlyList<int> AllowedMediaTypes)
{
    public static StationInformation None { get; } = new("", "", 0, false, false, null, []);
}
