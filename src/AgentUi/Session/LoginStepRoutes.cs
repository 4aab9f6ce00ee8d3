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

    /// <summary>Change Password at any time, from the menu (spec: "Change your password"); the same form as the expired-password step.</summary>
    public const string AccountPassword = "/account/password";

    /// <summary>The softphone inside the Salesforce console (the Open CTI adapter page).</summary>
    public const string ConsoleSoftphone = "/opencti";

    /// <summary>Set while the agent uses the softphone in the console, so that the login steps lead back there.</summary>
    public const string HomeCookie = "pureconnect.home";

    /// <summary>The page of <paramref name="step"/>; a ready agent goes back to the console's softphone when it came from there.</summary>
    public static string For(string step, HttpContext context) =>
        step == LoginSteps.Ready && context.Request.Cookies[HomeCookie] == "console" ? ConsoleSoftphone : For(step);

    /// <summary>Remembers (<c>/opencti</c>) or forgets (<c>/</c>) the console as the softphone's home, before any login redirect.</summary>
    public static void TrackHome(HttpContext context)
    {
        var path = context.Request.Path;
        // Over https it is sent inside the console's (cross-site) iframe too.
        var https = context.Request.IsHttps;
        var options = new CookieOptions { HttpOnly = true, SameSite = https ? SameSiteMode.None : SameSiteMode.Lax, Secure = https, Path = "/" };
        if (path.Equals(ConsoleSoftphone, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Cookies.Append(HomeCookie, "console", options);
        }
        else if (path.Equals(Softphone, StringComparison.Ordinal) && context.Request.Cookies.ContainsKey(HomeCookie))
        {
            context.Response.Cookies.Delete(HomeCookie, options);
        }
    }

    public static string For(string step) => step switch
    {
        LoginSteps.Agreement => Agreement,
        LoginSteps.ChangePassword => Password,
        LoginSteps.Station => Station,
        LoginSteps.Ready => Softphone,
        _ => Login,
    };
}
