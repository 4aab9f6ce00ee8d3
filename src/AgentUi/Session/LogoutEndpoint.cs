using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>
/// <c>POST /logout</c> (a plain form with an antiforgery token): logs the agent out of CIC through AgentApi
/// (the status stays as it was, spec: "Statuses") and removes AgentUi's cookie.
/// </summary>
public static class LogoutEndpoint
{
    public const string LoggedInToDialer = "dialer.loggedIn";

    public static void MapLogout(this WebApplication app) =>
        app.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery, LoginFlow flow, AgentApiClient api) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            // "You cannot log out of CIC while you are logged in to a campaign": AgentApi refuses, the agent stays, and is told why.
            if (flow.Load(context) is not null && (await api.LogOutAsync()).Error is { Code: LoggedInToDialer })
            {
                return Results.LocalRedirect($"/?refused={LoggedInToDialer}");
            }

            await context.SignOutAsync();
            return Results.LocalRedirect(LoginStepRoutes.Login);
        });
}
