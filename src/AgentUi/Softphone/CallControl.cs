namespace PureConnect.AgentUi.Softphone;

/// <summary>The call controls of the softphone (spec: "Call controls").</summary>
public enum CallControl
{
    Pickup,
    Hold,
    Mute,
    Disconnect,
}
