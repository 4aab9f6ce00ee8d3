using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>/icws/{sessionId}/interactions/...</c> (reference §7).</summary>
internal static class InteractionsApi
{
    private const string CreateCallType = "urn:inin.com:interactions:createCallParameters";

    public static void MapInteractionsApi(this RouteGroupBuilder session)
    {
        session.MapPost("/interactions", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var current = http.IcwsSession();
            string id;
            if (string.Equals(body.Type, CreateCallType, StringComparison.OrdinalIgnoreCase))
            {
                var additional = body.Map("additionalAttributes").ToDictionary(a => a.Key, a => a.Value ?? "", StringComparer.OrdinalIgnoreCase);
                id = engine.CreateCall(current, body.String("target"), body.String("workgroup"), additional, body.String("accountCodeId"));
            }
            else if (string.Equals(body.Type, ChatApi.CreateChatType, StringComparison.OrdinalIgnoreCase))
            {
                var additional = body.Map("additionalAttributes").ToDictionary(a => a.Key, a => a.Value ?? "", StringComparer.OrdinalIgnoreCase);
                id = engine.StartIntercomChat(current, body.String("target"), additional);
            }
            else if (string.Equals(body.Type, CallbackApi.CreateResponseCallType, StringComparison.OrdinalIgnoreCase))
            {
                id = engine.CreateCallbackResponseCall(current, body.String("parentInteractionId"), body.String("target"),
                    body.String("workgroup"), body.String("accountCodeId"));
            }
            else if (string.Equals(body.Type, EmailApi.CreateResponseType, StringComparison.OrdinalIgnoreCase))
            {
                var content = body.Object("emailContent");
                id = engine.CreateEmailResponse(current, body.String("parentInteractionId"), body.Int("responseType"),
                    content is null ? null : EmailApi.Content(content), content?.Int("attachmentsFromParent"));
            }
            else
            {
                return IcwsResult.Error(400, ErrorIds.Unsupported,
                    $"__type must be '{CreateCallType}', '{ChatApi.CreateChatType}', '{CallbackApi.CreateResponseCallType}' or '{EmailApi.CreateResponseType}' (the simulator creates no new emails).");
            }

            return new IcwsResult(StatusCodes.Status201Created, new InteractionIdResponse(id), new Dictionary<string, string>
            {
                ["Location"] = $"/icws/{current.Id}/interactions/{id}",
            });
        });

        session.MapGet("/interactions/{interactionId}", (string interactionId, string? select, HttpContext http, CicEngine engine) =>
        {
            var names = (select ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return IcwsResult.Ok(new AttributesResponse(engine.GetAttributes(http.IcwsSession(), interactionId, names)));
        });

        session.MapPost("/interactions/{interactionId}", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.SetAttributes(http.IcwsSession(), interactionId, body.Map("attributes"), body.Int("appendMode") ?? 0);
            return IcwsResult.Ok();
        });

        session.MapPost("/interactions/{interactionId}/pickup", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.Pickup(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/disconnect", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.Disconnect(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/hold", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.Hold(http.IcwsSession(), interactionId, await ReadOnAsync(http));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/mute", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.Mute(http.IcwsSession(), interactionId, await ReadOnAsync(http));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/wrap-up-assignments", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            if (!IcwsTime.TryParse(body.String("time"), out var time))
            {
                throw RequestBody.Malformed("'time' (an ISO 8601 date) is required.");
            }

            var request = new WrapUpAssignmentRequest(body.RequiredString("code"),
                body.Int("segmentId") ?? throw RequestBody.Malformed("'segmentId' is required."), time,
                body.RequiredString("user"), body.RequiredString("sourceInteractionId"));
            engine.AssignWrapUp(http.IcwsSession(), interactionId, request);
            return IcwsResult.Ok();
        });
    }

    private static async Task<bool> ReadOnAsync(HttpContext http) =>
        (await RequestBody.ReadAsync(http.Request)).Bool("on") ?? throw RequestBody.Malformed("'on' (true or false) is required.");
}
