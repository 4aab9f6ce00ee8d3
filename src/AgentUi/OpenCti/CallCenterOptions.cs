namespace PureConnect.AgentUi.OpenCti;

/// <summary>
/// What the call-center definition file says (section <c>OpenCti</c>): the names, the adapter URL of the softphone page for the
/// utility bar, its size, and our own settings (custom section <c>pureConnectSettings</c>).
/// </summary>
public sealed class CallCenterOptions
{
    public const string Section = "OpenCti";

    public string InternalName { get; set; } = "PureConnectOrleans";
    public string DisplayName { get; set; } = "PureConnect Softphone";

    /// <summary>The https address of the softphone's Open CTI page (this app's <c>/opencti</c>).</summary>
    public Uri? AdapterUrl { get; set; }

    public int Height { get; set; } = 550;
    public int Width { get; set; } = 300;

    /// <summary>What to pop when a number matches no record: <c>NewRecord</c>, <c>Search</c> or <c>None</c>.</summary>
    public string NoMatchBehaviour { get; set; } = "Search";

    /// <summary>The org's Open CTI library, <c>https://&lt;my-domain&gt;.my.salesforce.com/support/api/&lt;version&gt;/lightning/opencti_min.js</c>;
    /// without it the <c>/opencti</c> page works as the plain softphone and says Salesforce is not reachable.</summary>
    public Uri? ScriptUrl { get; set; }

    /// <summary>Origins allowed to frame the softphone (the console's, e.g. <c>https://acme.lightning.force.com</c>), sent as the
    /// Content-Security-Policy <c>frame-ancestors</c>; the softphone's own origin is always allowed.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>The Lightning message channel between the softphone and our utility-bar component (salesforce/ in the repository).</summary>
    public string OmniMessageChannel { get; set; } = "PureConnectOmni__c";

    /// <summary>Spec, "Auto Association on Navigation": the record the agent opens during a live call becomes its Name or Related To.</summary>
    public bool AutoAssociateOnNavigation { get; set; } = true;

    /// <summary>How long a presence request may wait for the console's confirmation before the softphone warns.</summary>
    public TimeSpan PresenceWarningAfter { get; set; } = TimeSpan.FromSeconds(15);
}
