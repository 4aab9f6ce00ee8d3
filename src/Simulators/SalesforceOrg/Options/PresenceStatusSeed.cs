namespace PureConnect.Simulators.SalesforceOrg.Options;

/// <summary>An Omni-Channel presence status of the simulated org; <see cref="Routable"/> gives it a service channel (it routes work).</summary>
public sealed class PresenceStatusSeed
{
    public string DeveloperName { get; set; } = "";
    public string Label { get; set; } = "";
    public bool Routable { get; set; }
}
