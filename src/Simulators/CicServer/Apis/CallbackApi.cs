using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>/icws/{sessionId}/interactions/{id}/callback/...</c> (reference §7.6, channels facts §3).</summary>
internal static class CallbackApi
{
    public const string CreateResponseCallType = "urn:inin.com:interactions.callback:createCallbackResponseCallParameters";

    public static void MapCallbackApi(this RouteGroupBuilder session)
    {
        // The callback subscription (facts §5.2): 200, then callbackMessage now and on every change.
        session.MapPut("/messaging/subscriptions/interactions/{interactionId}/callback", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.SubscribeCallback(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapDelete("/messaging/subscriptions/interactions/{interactionId}/callback", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeCallback(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPut("/interactions/{interactionId}/callback/disposition", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var disposition = body.Int("disposition") ?? throw RequestBody.Malformed("'disposition' (0 success, 1 failure, 2 retry) is required.");
            if (!Enum.IsDefined((CallbackDisposition)disposition))
            {
                throw RequestBody.Malformed($"'disposition' must be 0 (success), 1 (failure) or 2 (retry), not {disposition}.");
            }

            engine.DispositionCallback(http.IcwsSession(), interactionId, (CallbackDisposition)disposition);
            return IcwsResult.Status(engine.CallbackDispositionSuccessStatus);
        });
    }
}
