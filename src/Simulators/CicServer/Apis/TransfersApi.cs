using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Blind transfer and consult transfer on <c>/icws/{sessionId}/interactions/{id}/...</c> (reference §7.4, §7.5).</summary>
internal static class TransfersApi
{
    public static void MapTransfersApi(this RouteGroupBuilder session)
    {
        session.MapPost("/interactions/{interactionId}/blind-transfer", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.BlindTransfer(http.IcwsSession(), interactionId, body.String("target"), QueueOf(body));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/transfer-to-voicemail", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.TransferToVoicemail(http.IcwsSession(), interactionId, body.String("target"), QueueOf(body));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/consult", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var additional = body.Map("additionalAttributes").ToDictionary(a => a.Key, a => a.Value ?? "", StringComparer.OrdinalIgnoreCase);
            var current = http.IcwsSession();
            var (consultId, consultInteractionId) = engine.StartConsult(current, interactionId, body.String("target"), QueueOf(body), additional);
            return new IcwsResult(StatusCodes.Status201Created, new ConsultResponse(consultId, consultInteractionId), new Dictionary<string, string>
            {
                ["Location"] = $"/icws/{current.Id}/interactions/{interactionId}/consult/{consultId}",
            });
        });
        session.MapPost("/interactions/{interactionId}/consult/{consultId}/change-audience", async (string interactionId, string consultId, HttpContext http, CicEngine engine) =>
        {
            var audience = (await RequestBody.ReadAsync(http.Request)).Object("audience") ?? throw RequestBody.Malformed("'audience' is required.");
            engine.ChangeConsultAudience(http.IcwsSession(), interactionId, consultId,
                audience.Bool("originalParty") ?? false, audience.Bool("consultedParty") ?? false);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/consult/{consultId}/conclude", (string interactionId, string consultId, HttpContext http, CicEngine engine) =>
        {
            engine.ConcludeConsult(http.IcwsSession(), interactionId, consultId);
            return IcwsResult.Ok();
        });
        session.MapDelete("/interactions/{interactionId}/consult/{consultId}", (string interactionId, string consultId, HttpContext http, CicEngine engine) =>
        {
            engine.CancelConsult(http.IcwsSession(), interactionId, consultId);
            return IcwsResult.Ok();
        });
    }

    /// <summary><c>queueID</c> (the SDK's spelling; matched case-insensitively) as <c>{queueType, queueName}</c>.</summary>
    private static QueueId? QueueOf(RequestBody body) => body.Object("queueID") is { } queue
        ? new QueueId(queue.Int("queueType") ?? throw RequestBody.Malformed("queueID.queueType is required."), queue.RequiredString("queueName"))
        : null;
}
