using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>The far end of calls: inbound calls, remote hang-up, answer of outbound calls.</summary>
internal static class CallsControlApi
{
    public static void MapCallsControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/calls", (InjectCallRequest request, CicEngine engine) =>
        {
            var id = engine.InjectCall(request.Ani, request.RemoteName, request.Workgroup, request.User, request.CampaignId);
            return Results.Created($"/control/interactions/{id}", new InteractionIdResponse(id));
        });
        control.MapGet("/interactions", (CicEngine engine) => Results.Ok(engine.ListInteractions()));
        control.MapGet("/interactions/{id}", (string id, CicEngine engine) => Results.Ok(engine.GetInteraction(id)));
        control.MapPost("/interactions/{id}/remote-disconnect", (string id, CicEngine engine) =>
        {
            engine.RemoteDisconnect(id);
            return Results.NoContent();
        });
        control.MapGet("/interactions/{id}/wrap-up-assignments", (string id, CicEngine engine) => Results.Ok(engine.WrapUpAssignments(id)));
        control.MapPost("/interactions/{id}/answer", (string id, CicEngine engine) =>
        {
            engine.Answer(id);
            return Results.NoContent();
        });
    }
}
