namespace PureConnect.AgentUi.Softphone;

/// <summary>An interaction's state as the softphone shows it (AgentApi's <c>status</c>).</summary>
public enum CallState
{
    Unknown,
    Offering,
    Alerting,
    Dialing,
    Connected,
    Held,
    Voicemail,
    Disconnected,
}
