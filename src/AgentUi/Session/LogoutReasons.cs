namespace PureConnect.AgentUi.Session;

/// <summary>Why the softphone went back to the login page: AgentApi's reason codes the login page has a text for
/// (<c>Logout.&lt;code&gt;</c> in the resources); any other value shows nothing.</summary>
public static class LogoutReasons
{
    public const string SessionEnded = "sessionEnded";
    public const string ServerRestarted = "serverRestarted";
    public const string LoggedInElsewhere = "loggedInElsewhere";

    public static bool IsKnown(string? reason) => reason is SessionEnded or ServerRestarted or LoggedInElsewhere;

    /// <summary>The login page, saying why when the reason is known.</summary>
    public static string LoginPage(string? reason) =>
        IsKnown(reason) ? $"{LoginStepRoutes.Login}?reason={reason}" : LoginStepRoutes.Login;
}
