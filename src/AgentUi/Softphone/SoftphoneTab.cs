namespace PureConnect.AgentUi.Softphone;

/// <summary>The views of the softphone's tabs and menu (spec: "Menu").</summary>
public enum SoftphoneTab
{
    Interactions,
    History,
    Directory,
}
