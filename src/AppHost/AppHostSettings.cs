namespace PureConnect.AppHost;

/// <summary>What the AppHost runs, from its command line; the defaults are the embedded demo.</summary>
public sealed record AppHostSettings(
    string DataDirectory,
    string? PostgresConnectionString,
    Uri? CicServerUrl,
    string MonitorUser,
    string MonitorPassword,
    IReadOnlyList<string> Agents,
    int Silos,
    int PostgresPort,
    int PortOffset,
    int DashboardPort,
    string Environment = AppHostSettings.Production,
    string OperationsKey = "")
{
    public const string Production = "Production";

    public bool UsesSimulator => CicServerUrl is null;
}
