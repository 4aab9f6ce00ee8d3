namespace PureConnect.Icws;

/// <summary>The session's station (<c>stationInformation</c>).</summary>
/// <param name="Id">Station id.</param>
/// <param name="Extension">Station extension.</param>
/// <param name="StationSetting">0 none, 1 workstation, 2 remote workstation, 3 remote number.</param>
/// <param name="RemoteNumber">Remote number, if any.</param>
public sealed record StationInfo(string Id, string Extension, int StationSetting, string? RemoteNumber);
