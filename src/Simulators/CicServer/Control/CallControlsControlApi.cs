using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>The far end refusing a call, and what the call controls did: consults, conferences, recordings, secure
/// pauses, DTMF sent, assistance requests (which a supervisor can complete).</summary>
internal static class CallControlsControlApi
{
    public static void MapCallControlsControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/interactions/{id}/refuse", (string id, CicEngine engine) =>
        {
            engine.Refuse(id);
            return Results.NoContent();
        });
        control.MapGet("/consults", (CicEngine engine) => Results.Ok(engine.ListConsults()));
        control.MapGet("/conferences", (CicEngine engine) => Results.Ok(engine.ListConferences()));
        control.MapGet("/recordings", (string? interactionId, CicEngine engine) => Results.Ok(engine.ListRecordings(interactionId)));
        control.MapGet("/secure-pauses", (CicEngine engine) => Results.Ok(engine.ListSecurePauses()));
        control.MapGet("/dtmf", (string? interactionId, CicEngine engine) => Results.Ok(engine.ListDtmf(interactionId)));
        control.MapGet("/assistance-requests", (CicEngine engine) => Results.Ok(engine.ListAssistanceRequests()));
        control.MapPost("/assistance-requests/{id}/complete", (string id, CicEngine engine) =>
        {
            engine.CompleteAssistance(id);
            return Results.NoContent();
        });
        control.MapGet("/attendant-profiles", (CicEngine engine) => Results.Ok(engine.AttendantProfiles));
    }
}
