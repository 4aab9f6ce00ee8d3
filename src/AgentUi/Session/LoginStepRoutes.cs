using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>Which page shows which login step.</summary>
public static class LoginStepRoutes
{
    public const string Login = "/login";
    public const string Agreement = "/login/agreement";
    public const string Password = "/login/password";
    public const string Station = "/login/station";
    public const string Softphone = "/";

    public static string For(string step) => step switch
    {
        LoginSteps.Agreement => Agreement,
        LoginSteps.ChangePassword => Password,
        LoginSteps.Station => Station,
        LoginSteps.Ready => Softphone,
        _ => Login,
    };
}
