namespace PureConnect.Grains.Agents;

/// <summary>The kinds of station an agent can log in with (spec: "Change station").</summary>
public enum StationKind
{
    Workstation = 1,
    RemoteWorkstation = 2,
    RemoteNumber = 3,
}
