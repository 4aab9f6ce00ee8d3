using Microsoft.AspNetCore.Authentication;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>
/// The login steps on the static pages: loads the agent's AgentApi session from the auth cookie, and after each
/// AgentApi answer signs the agent in again (new step, renewed cookies and CSRF token) or out.
/// </summary>
public sealed class LoginFlow(AgentApiClient api, AgentApiSessionHolder holder)
{
    /// <summary>The agent of this request (null when not signed in); their AgentApi session becomes current.</summary>
    public AgentIdentity? Load(HttpContext context)
    {
        var agent = AgentIdentity.From(context.User);
        if (agent is not null)
        {
            holder.Update(_ => agent.ApiSession);
        }

        return agent;
    }

    /// <summary>Signs in with the step AgentApi answered; returns the page of that step.</summary>
    public async Task<string> AdvanceAsync(HttpContext context, string userId, LoginStepResult result)
    {
        if (result.Step == LoginSteps.LoggedOut)
        {
            await context.SignOutAsync();
            return LoginStepRoutes.Login;
        }

        holder.Update(s => s.WithCsrfToken(result.CsrfToken));
        var previous = AgentIdentity.From(context.User) is { } signedIn && signedIn.UserId == userId ? signedIn : null;
        var stations = result.Stations is not null ? StationChoices.From(result) : previous?.Stations ?? StationChoices.None;
        var agent = new AgentIdentity(userId, result.DisplayName ?? previous?.DisplayName, result.Step, holder.Current, stations);
        if (result.Step == LoginSteps.Ready)
        {
            return await SyncAsync(context, agent);
        }

        await context.SignInAsync(agent.ToPrincipal());
        return LoginStepRoutes.For(result.Step, context);
    }

    /// <summary>
    /// Asks AgentApi where this session is (<c>GET /api/session</c>): signs out when AgentApi no longer knows it,
    /// otherwise keeps its step, name and CSRF token. Returns the page to show.
    /// </summary>
    public async Task<string> SyncAsync(HttpContext context, AgentIdentity agent)
    {
        var session = await api.GetSessionAsync();
        if (session.Unauthorized || (session.Succeeded && session.Value is null))
        {
            await context.SignOutAsync();
            return LoginStepRoutes.Login;
        }

        if (session is { Succeeded: true, Value: { } info })
        {
            holder.Update(s => s.WithCsrfToken(info.CsrfToken));
            agent = agent with { Step = info.Step, DisplayName = info.DisplayName ?? agent.DisplayName };
        }

        await context.SignInAsync((agent with { ApiSession = holder.Current }).ToPrincipal());
        return LoginStepRoutes.For(agent.Step, context);
    }
}
