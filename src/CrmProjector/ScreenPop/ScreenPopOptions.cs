namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>Screen-pop settings (configuration section <c>ScreenPop</c>).</summary>
public sealed class ScreenPopOptions
{
    /// <summary>On: alerting inbound calls are searched in Salesforce and the decision is recorded on the interaction (needs the Orleans cluster).</summary>
    public bool Enabled { get; set; }

    /// <summary>Base URL of the Salesforce UI the links point at (the org's instance URL).</summary>
    public Uri SalesforceUrl { get; set; } = new("https://login.salesforce.com");
}
