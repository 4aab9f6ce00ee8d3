namespace PureConnect.Simulators.CicServer.Options;

/// <summary>What <c>GET /icws/connection/version</c> reports.</summary>
public sealed class VersionSeed
{
    public string MajorVersion { get; set; } = "18";

    public string MinorVersion { get; set; } = "4";

    public string Su { get; set; } = "0";

    public string Build { get; set; } = "18.4.0.1";

    public string ProductId { get; set; } = "I3_IC";

    public string CodebaseId { get; set; } = "CICSIM";

    public string ProductReleaseDisplayString { get; set; } = "2018 R4";

    public string ProductPatchDisplayString { get; set; } = "";
}
