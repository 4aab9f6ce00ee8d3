namespace PureConnect.AgentUi.Softphone;

/// <summary>The call controls of the softphone (spec: "Call controls"): the main row, then the tray under the arrow.</summary>
public enum CallControl
{
    Pickup,
    Hold,
    Mute,
    Transfer,
    Disconnect,
    Record,
    Snip,
    SecurePause,
    Voicemail,
    DialPad,
    Assistance,
}
