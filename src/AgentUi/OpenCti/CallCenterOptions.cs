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
}
