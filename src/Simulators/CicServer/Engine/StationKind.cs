namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>The station setting a session asks for; values match <c>stationInformation.stationSetting</c>.</summary>
public enum StationKind
{
    Stationless = 0,
    Workstation = 1,
    RemoteWorkstation = 2,
    RemoteNumber = 3,
}
