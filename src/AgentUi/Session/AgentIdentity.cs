using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>
/// The signed-in agent as AgentUi's auth cookie carries it: CIC user id, name, login step, the AgentApi session
/// (cookies and CSRF token) and the station choices. The cookie is encrypted with Data Protection and HttpOnly.
/// </summary>
public sealed record AgentIdentity(string UserId, string? DisplayName, string Step, AgentApiSession ApiSession, StationChoices Stations)
{
    /// <summary>Name of AgentUi's auth cookie.</summary>
    public const string CookieName = "pc_agentui";

    private const string StepClaim = "pc:step";
    private const string ApiSessionClaim = "pc:api";
    private const string StationsClaim = "pc:stations";

    public bool IsReady => Step == LoginSteps.Ready;

    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, UserId),
            new Claim(ClaimTypes.Name, string.IsNullOrEmpty(DisplayName) ? UserId : DisplayName),
            new Claim(StepClaim, Step),
            new Claim(ApiSessionClaim, ApiSession.Serialize()),
            new Claim(StationsClaim, JsonSerializer.Serialize(Stations, AgentApiClient.Json)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The agent of a signed-in principal, or null.</summary>
    public static AgentIdentity? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        return new AgentIdentity(
            userId,
            principal.FindFirstValue(ClaimTypes.Name),
            principal.FindFirstValue(StepClaim) ?? LoginSteps.LoggedOut,
            AgentApiSession.Deserialize(principal.FindFirstValue(ApiSessionClaim)),
            ReadStations(principal.FindFirstValue(StationsClaim)));
    }

    private static StationChoices ReadStations(string? json)
    {
        try
        {
            return json is null ? StationChoices.None : JsonSerializer.Deserialize<StationChoices>(json, AgentApiClient.Json) ?? StationChoices.None;
        }
        catch (JsonException)
        {
            return StationChoices.None;
        }
    }
}
