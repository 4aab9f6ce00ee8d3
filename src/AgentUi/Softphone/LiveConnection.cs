namespace PureConnect.AgentUi.Softphone;

/// <summary>The state of the circuit's event stream from AgentApi.</summary>
public enum LiveConnection
{
    Connecting,
    Live,
    Reconnecting,
}
