using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PureConnect.Grains.Agents;

namespace PureConnect.AgentApi.Http;

/// <summary>Our session cookie carries only the CIC user id; everything else is asked of the agent's grain.</summary>
public static class AgentPrincipal
{
    public static string? AgentId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static IAgentGrain Agent(this IGrainFactory grains, ClaimsPrincipal user) =>
        grains.GetGrain<IAgentGrain>(user.AgentId() ?? throw new InvalidOperationException("The request is not signed in."));

    /// <summary>Signs the agent in and answers a CSRF token bound to the new identity.</summary>
    public static async Task<string> SignInAsync(this HttpContext http, string userId, IAntiforgery antiforgery)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userId)], CookieAuthenticationDefaults.AuthenticationScheme));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        http.User = principal;
        return antiforgery.GetAndStoreTokens(http).RequestToken!;
    }

    /// <summary>Signs out and answers a CSRF token for the anonymous page that follows.</summary>
    public static async Task<string> SignOutAsync(this HttpContext http, IAntiforgery antiforgery)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        http.User = new ClaimsPrincipal(new ClaimsIdentity());
        return antiforgery.GetAndStoreTokens(http).RequestToken!;
    }
}
