namespace PureConnect.Grains.Agents;

/// <summary>
/// Why an agent's session ended, as the reason of <see cref="AgentLoggedOut"/> and the code clients show a text for
/// (docs/agent-api.md, "Events"). Events stored before these codes carry a sentence; <see cref="CodeOf"/> reads both.
/// </summary>
public static class LogoutReason
{
    /// <summary>CIC ended the agent's session (it expired, or CIC refused it: 401).</summary>
    public const string SessionEnded = "sessionEnded";

    /// <summary>The server restarted: the session could not be resumed after the agent's grain came back on a silo.</summary>
    public const string ServerRestarted = "serverRestarted";

    /// <summary>The agent logged in from another browser or device, which took the session over.</summary>
    public const string LoggedInElsewhere = "loggedInElsewhere";

    /// <summary>The agent logged out.</summary>
    public const string LoggedOut = "loggedOut";

    public static string CodeOf(string? reason) => reason switch
    {
        SessionEnded or "CIC session ended" => SessionEnded,
        ServerRestarted or "session lost on reactivation" => ServerRestarted,
        LoggedInElsewhere or "new login" => LoggedInElsewhere,
        _ => LoggedOut,
    };
}
