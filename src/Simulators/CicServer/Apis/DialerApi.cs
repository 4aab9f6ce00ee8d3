using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Interaction Dialer requests on <c>/icws/{sessionId}/dialer/...</c> (reference §9.2); the outcome comes as messages.</summary>
internal static class DialerApi
{
    public static void MapDialerApi(this RouteGroupBuilder session)
    {
        var dialer = session.MapGroup("/dialer");
        dialer.MapPost("/log-in", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request, required: false);
            engine.DialerLogIn(http.IcwsSession(), body.String("campaignId"));
            return IcwsResult.Ok();
        });
        dialer.MapPost("/log-off", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request, required: false);
            engine.DialerLogOff(http.IcwsSession(), body.Strings("campaignIds"));
            return IcwsResult.Ok();
        });
        dialer.MapPost("/ready-for-calls", (HttpContext http, CicEngine engine) =>
        {
            engine.DialerReadyForCalls(http.IcwsSession());
            return IcwsResult.Ok();
        });
        dialer.MapPost("/request-break", (HttpContext http, CicEngine engine) =>
        {
            engine.DialerRequestBreak(http.IcwsSession());
            return IcwsResult.Ok();
        });
        dialer.MapPost("/end-break", (HttpContext http, CicEngine engine) =>
        {
            engine.DialerEndBreak(http.IcwsSession());
            return IcwsResult.Ok();
        });
        dialer.MapPost("/disposition", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var scheduled = body.Long("scheduledTime") is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
            engine.DialerDisposition(http.IcwsSession(),
                new DispositionRequest(body.RequiredString("label"), scheduled, body.String("scheduledAgent"), body.Bool("isAbandon") ?? false));
            return IcwsResult.Ok();
        });
        dialer.MapPost("/place-preview-call", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request, required: false);
            engine.DialerPlacePreviewCall(http.IcwsSession(), body.Bool("callInitiatedByTimer") ?? false);
            return IcwsResult.Ok();
        });
    }
}
