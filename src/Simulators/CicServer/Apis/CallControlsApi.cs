using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Recording, secure pause, DTMF, voicemail and assistance commands on <c>/icws/{sessionId}/interactions/{id}/...</c> (reference §7.4).</summary>
internal static class CallControlsApi
{
    public static void MapCallControlsApi(this RouteGroupBuilder session)
    {
        session.MapPost("/interactions/{interactionId}/record", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var (on, supervisor) = await ReadRecordAsync(http);
            engine.Record(http.IcwsSession(), interactionId, on, supervisor);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/record-snippet", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var (on, supervisor) = await ReadRecordAsync(http);
            engine.RecordSnippet(http.IcwsSession(), interactionId, on, supervisor);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/secure-pause", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var type = body.Int("securePauseType") ?? throw RequestBody.Malformed("'securePauseType' (1-4) is required.");
            engine.SecurePause(http.IcwsSession(), interactionId, type, body.Int("duration"));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/send-digits", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.SendDigits(http.IcwsSession(), interactionId, body.String("dtmfDigits"));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/send-to-voicemail", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.SendToVoicemail(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/agent-assistance", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request, required: false);
            var requestId = engine.RequestAssistance(http.IcwsSession(), interactionId, body.String("notes") ?? body.String("message"));
            return new IcwsResult(StatusCodes.Status201Created, new AssistanceResponse(requestId));
        });
    }

    private static async Task<(bool On, bool Supervisor)> ReadRecordAsync(HttpContext http)
    {
        var body = await RequestBody.ReadAsync(http.Request);
        return (body.Bool("on") ?? throw RequestBody.Malformed("'on' (true or false) is required."),
            body.Bool("supervisor") ?? throw RequestBody.Malformed("'supervisor' (true or false) is required."));
    }
}
