using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.AgentApi.Login;
using PureConnect.Grains.Agents;
using PureConnect.Icws;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// The login, one step at a time (spec: "Log in to PureConnect for Salesforce"), and our own session. The steps live in the
/// agent's grain; this layer only signs the cookie in and out and turns progress into HTTP.
/// </summary>
public static class LoginApi
{
    public static void MapLoginApi(this IEndpointRouteBuilder app)
    {
        var login = app.MapGroup("/api/login").WithTags("Login").AddEndpointFilter<CsrfFilter>();
        login.MapGet("/options", GetOptionsAsync).WithSummary("What the login page shows, and the CSRF token for the first POST");
        login.MapPost("/", BeginAsync).WithSummary("Log in with CIC credentials; answers the next step and sets the session cookie")
            .Produces<LoginStepResponse>().Produces<ErrorResponse>(400);
        login.MapPost("/agreement", async (AgreementRequest request, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery) =>
        {
            var agent = grains.Agent(http.User);
            var progress = request.Accept ? await agent.AcceptAgreementAsync() : await agent.DeclineAgreementAsync();
            return await AnswerAsync(progress, http, antiforgery);
        }).RequireAuthorization().WithSummary("Accept or decline the user agreement").Produces<LoginStepResponse>().Produces<ErrorResponse>(409);
        login.MapPost("/password", async (PasswordRequest request, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery) =>
        {
            var change = new ChangePassword(request.OldPassword ?? "", request.NewPassword ?? "", request.ConfirmPassword ?? "");
            return await AnswerAsync(await grains.Agent(http.User).ChangePasswordAsync(change), http, antiforgery);
        }).RequireAuthorization().WithSummary("Change the CIC password (required when it has expired)").Produces<LoginStepResponse>().Produces<ErrorResponse>(400);
        login.MapPost("/station", async (StationRequest request, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery) =>
        {
            if (!Enum.TryParse<StationKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return ApiErrors.Error("station.invalidKind", "kind must be Workstation, RemoteWorkstation or RemoteNumber.");
            }

            var station = new StationSelection(kind, request.StationId, request.RemoteNumber, request.Persistent ?? false);
            var progress = await grains.Agent(http.User).SelectStationAsync(new SelectStation(station, request.Remember ?? false));
            return await AnswerAsync(progress, http, antiforgery);
        }).RequireAuthorization().WithSummary("Choose (or change) the station").Produces<LoginStepResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(403);

        var session = app.MapGroup("/api/session").WithTags("Login").AddEndpointFilter<CsrfFilter>();
        session.MapGet("/", GetSessionAsync).WithSummary("Who is signed in, at which login step, and the CSRF token")
            .Produces<SessionResponse>().Produces<ErrorResponse>(401);
        session.MapDelete("/", async (HttpContext http, IGrainFactory grains, IAntiforgery antiforgery, ILoggerFactory loggers) =>
        {
            if (http.User.AgentId() is { } userId)
            {
                // "You cannot log out of CIC while you are logged in to a campaign": refused, the session and cookie stay.
                if (await grains.GetGrain<IAgentGrain>(userId).LogOutAsync() is { Succeeded: false } refused)
                {
                    return ApiErrors.From(refused);
                }

                loggers.CreateLogger(typeof(LoginApi)).LogInformation("Agent {UserId} logged out through the API", userId);
            }

            return Results.Ok(new LoginStepResponse(LoginStep.LoggedOut.ToName(), await http.SignOutAsync(antiforgery)));
        }).WithSummary("Log out of CIC (the status stays as it was)").Produces<LoginStepResponse>();
    }

    private static async Task<IResult> GetOptionsAsync(HttpContext http, IcwsConnector connector, IOptions<IcwsClientOptions> options, IAntiforgery antiforgery)
    {
        var info = await connector.GetServerInfoAsync(http.RequestAborted);
        var server = options.Value.ServerUri;
        return Results.Ok(new LoginOptionsResponse(
            true, server.Host, info.UserAgreementRequired, info.UserAgreementText, antiforgery.GetAndStoreTokens(http).RequestToken!));
    }

    private static async Task<IResult> BeginAsync(
        LoginRequest request, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery, IOptions<IcwsClientOptions> options,
        LoginThrottle throttle, IOptions<LoginThrottleOptions> throttling)
    {
        var userId = request.UserId?.Trim();
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(request.Password))
        {
            return ApiErrors.Error("login.required", "Enter your CIC user id and password.");
        }

        if (!string.IsNullOrWhiteSpace(request.ServerName)
            && !string.Equals(request.ServerName.Trim(), options.Value.ServerUri.Host, StringComparison.OrdinalIgnoreCase))
        {
            return ApiErrors.Error("login.serverUnknown", $"This softphone is configured for the CIC server '{options.Value.ServerUri.Host}'.");
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsThrottled(userId, address))
        {
            http.Response.Headers.RetryAfter = ((int)throttling.Value.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return ApiErrors.Error("login.throttled", "Too many failed log-ins; wait a few minutes and try again.", LoginStep.LoggedOut.ToName());
        }

        var progress = await grains.GetGrain<IAgentGrain>(userId).BeginLogInAsync(new BeginLogIn(request.Password));
        if (!progress.Succeeded)
        {
            if (progress.Error!.ErrorCode == "login.failed")
            {
                throttle.RecordFailure(userId, address);
            }

            return ApiErrors.From(progress.Error!, progress.Step.ToName());
        }

        var csrfToken = await http.SignInAsync(userId, antiforgery);
        return Results.Ok(progress.ToResponse(csrfToken));
    }

    private static async Task<IResult> GetSessionAsync(HttpContext http, IGrainFactory grains, IAntiforgery antiforgery)
    {
        if (http.User.AgentId() is not { } userId)
        {
            return ApiErrors.Error("session.none", "You are not logged in.", LoginStep.LoggedOut.ToName(), antiforgery.GetAndStoreTokens(http).RequestToken);
        }

        var progress = await grains.GetGrain<IAgentGrain>(userId).GetLoginProgressAsync();
        if (progress.Step == LoginStep.LoggedOut)
        {
            // The CIC session ended (logged out elsewhere, expired, switchover): our cookie follows it.
            var anonymousToken = await http.SignOutAsync(antiforgery);
            return ApiErrors.Error("session.none", "Your CIC session has ended; log in again.", progress.Step.ToName(), anonymousToken);
        }

        return Results.Ok(new SessionResponse(userId, progress.DisplayName, progress.Step.ToName(), antiforgery.GetAndStoreTokens(http).RequestToken!));
    }

    /// <summary>A step's answer; a step that ends the login (declined agreement, session gone) also ends our cookie.</summary>
    private static async Task<IResult> AnswerAsync(LoginProgress progress, HttpContext http, IAntiforgery antiforgery)
    {
        var csrfToken = progress.Step == LoginStep.LoggedOut
            ? await http.SignOutAsync(antiforgery)
            : antiforgery.GetAndStoreTokens(http).RequestToken;
        return progress.Succeeded ? Results.Ok(progress.ToResponse(csrfToken)) : ApiErrors.From(progress.Error!, progress.Step.ToName(), csrfToken);
    }
}
