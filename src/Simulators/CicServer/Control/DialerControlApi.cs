using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>Interaction Dialer from the supervisor's and administrator's side: campaigns, agents' rights, supervisor
/// log-in/log-out, the Dialer server's switchover.</summary>
internal static class DialerControlApi
{
    public static void MapDialerControlApi(this RouteGroupBuilder control)
    {
        var dialer = control.MapGroup("/dialer");
        dialer.MapGet("/campaigns", (CicEngine engine) => Results.Ok(engine.ListCampaigns()));
        dialer.MapPost("/campaigns", (CampaignSeed seed, CicEngine engine) =>
        {
            engine.AddCampaign(seed);
            return Results.Created($"/control/dialer/campaigns/{seed.Id}", null);
        });
        dialer.MapPost("/campaigns/{id}/state", (string id, CampaignStateRequest request, CicEngine engine) =>
        {
            engine.SetCampaignState(id, request.State);
            return Results.NoContent();
        });
        dialer.MapPost("/campaigns/{id}/pace", (string id, CampaignPaceRequest request, CicEngine engine) =>
        {
            engine.SetCampaignPace(id, request.SecondsBetweenCalls);
            return Results.NoContent();
        });
        dialer.MapGet("/agents/{userId}", (string userId, CicEngine engine) => Results.Ok(engine.GetDialerAgent(userId)));
        dialer.MapPut("/agents/{userId}/rights", (string userId, DialerRightsRequest request, CicEngine engine) =>
        {
            engine.SetDialerRights(userId, request.HasDialerLicense, request.CanLogonCampaign, request.IsBlendedAgent);
            return Results.NoContent();
        });
        dialer.MapPost("/agents/{userId}/campaigns/{campaignId}/log-in", (string userId, string campaignId, CicEngine engine) =>
        {
            engine.SupervisorLogIn(userId, campaignId);
            return Results.NoContent();
        });
        dialer.MapPost("/agents/{userId}/campaigns/{campaignId}/log-out", (string userId, string campaignId, CicEngine engine) =>
        {
            engine.SupervisorLogOut(userId, campaignId);
            return Results.NoContent();
        });
        dialer.MapPost("/switchover", (CicEngine engine) => Results.Ok(new { agentsLoggedOut = engine.DialerSwitchover() }));
    }
}
