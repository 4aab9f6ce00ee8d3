namespace PureConnect.Simulators.CicServer.Engine;

/// <summary><c>Eic_State</c> letters (reference §8.2) and the capability names each state allows.</summary>
internal static class CallStates
{
    public const char Alerting = 'A';
    public const char Connected = 'C';
    public const char Held = 'H';
    public const char Messaging = 'M';
    public const char Offering = 'O';
    public const char Proceeding = 'R';
    public const char System = 'S';
    public const char LocalDisconnect = 'I';
    public const char RemoteDisconnect = 'E';

    public static IReadOnlyList<string> CapabilitiesOf(char state) => state switch
    {
        Offering => ["Pickup", "Disconnect", "Transfer"],
        Alerting => ["Pickup", "Disconnect", "Transfer", "Messaging"],
        Connected => ["Disconnect", "Hold", "Mute", "Transfer", "Consult", "Conference", "Park", "Record", "Private", "RequestHelp",
            "Messaging", "SecureRecordingPause"],
        Held => ["Pickup", "Disconnect", "Mute", "Transfer", "Consult", "Conference", "Park"],
        Proceeding => ["Disconnect", "Mute"],
        Messaging or System => ["Disconnect"],
        _ => [],
    };
}
