using PureConnect.Simulators.SalesforceOrg.Control;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Console;

/// <summary>
/// The simulated agent console's Omni-Channel: the only way to change a presence, as in a real org (the Omni-Channel utility or
/// the toolkit inside the agent's Lightning console). Answers in the toolkit's shapes (<c>{statusId, statusName, statusApiName,
/// channels}</c>). Also the users a test or demo adds, and the presence change events (<c>UserServicePresenceChangeEvent</c>).
/// </summary>
internal static class AgentConsoleApi
{
    public static IEndpointRouteBuilder MapAgentConsole(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/control").AddEndpointFilter<ControlErrorFilter>();
        control.MapPost("/users", (UserSeed seed, PresenceStore presence) =>
            string.IsNullOrWhiteSpace(seed.UserName)
                ? Results.BadRequest(new { message = "userName is required" })
                : Results.Ok(presence.AddUser(seed.UserName.Trim(), seed.FederationIdentifier?.Trim(), seed.Email?.Trim())));
        control.MapGet("/users", (PresenceStore presence) => Results.Ok(presence.Users()));
        control.MapGet("/presence-statuses", (PresenceStore presence) => Results.Ok(presence.Statuses));

        // The change events of UserServicePresence with their replay ids (what a CDC subscription delivers), oldest first.
        control.MapGet("/change-events/UserServicePresence", (long? after, PresenceStore presence) =>
            Results.Ok(presence.ChangesAfter(after ?? -1).Select(c => new
            {
                replayId = c.ReplayId,
                ChangeEventHeader = new { entityName = "UserServicePresence", changeType = c.ChangeType, recordIds = new[] { c.RecordId }, commitTimestamp = c.CommitTimestamp.ToUnixTimeMilliseconds() },
                c.UserId,
                c.ServicePresenceStatusId,
                c.IsCurrentState,
                StatusStartDate = SalesforceTime.Format(c.StatusStartDate),
                StatusEndDate = c.StatusEndDate is { } end ? SalesforceTime.Format(end) : null,
            })));

        var console = app.MapGroup("/console/{userId}/omni").AddEndpointFilter<ControlErrorFilter>();
        console.MapGet("/status", (string userId, PresenceStore presence) =>
        {
            _ = presence.User(userId) ?? throw new OrgException(404, ErrorCodes.NotFound, $"No user '{userId}'.");
            return presence.Current(userId) is { } row && presence.Status(row.ServicePresenceStatusId) is { } status
                ? Results.Ok(Toolkit(status))
                : Results.Ok(new { statusId = (string?)null });
        });
        console.MapPost("/status", (string userId, SetStatus request, PresenceStore presence) =>
        {
            var row = presence.SetPresence(userId, request.StatusId ?? "");
            return Results.Ok(Toolkit(presence.Status(row.ServicePresenceStatusId)!) with { StartedAt = SalesforceTime.Format(row.StatusStartDate) });
        });
        console.MapPost("/logout", (string userId, PresenceStore presence) =>
        {
            presence.LogOut(userId);
            return Results.Ok(true);
        });
        console.MapGet("/statuses", (PresenceStore presence) => Results.Ok(presence.Statuses.Select(Toolkit)));
        return app;
    }

    private static ToolkitStatus Toolkit(PresenceStatus status) =>
        new(status.Id[..15], status.Label, status.DeveloperName, status.Routable ? "[{\"channelId\":\"0N1SIM000phone\",\"developerName\":\"Phone\"}]" : "[]", null);

    internal sealed record UserSeed(string? UserName, string? FederationIdentifier, string? Email = null);

    internal sealed record SetStatus(string? StatusId);

    internal sealed record ToolkitStatus(string StatusId, string StatusName, string StatusApiName, string Channels, string? StartedAt);
}
