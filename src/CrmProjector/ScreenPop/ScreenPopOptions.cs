namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>Screen-pop settings (configuration section <c>ScreenPop</c>).</summary>
public sealed class ScreenPopOptions
{
    /// <summary>On: alerting inbound calls are searched in Salesforce and the decision is recorded on the interaction (needs the Orleans cluster).</summary>
    public bool Enabled { get; set; }

    /// <summary>Base URL of the Salesforce UI the links point at (the org's instance URL).</summary>
    public Uri SalesforceUrl { get; set; } = new("https://login.salesforce.com");

    /// <summary>The Dialer contact attribute that holds a Salesforce record id (e.g. <c>is_attr_SalesforceId</c>): a campaign call
    /// pops that record directly; without it (or without a valid id) the dialed number is searched. Null: always search.</summary>
    public string? DialerRecordIdAttribute { get; set; }
}
