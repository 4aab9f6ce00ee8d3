using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>The agent's side of chats (channels facts §1.2–1.4): the chat subscription, texts and the typing indicator.
/// Pickup and disconnect are the generic interaction commands.</summary>
internal static class ChatApi
{
    /// <summary>The <c>__type</c> of <c>POST interactions</c> that starts an intercom chat (channels facts §1.5).</summary>
    public const string CreateChatType = "urn:inin.com:interactions.chat:createChatParameters";

    public static void MapChatApi(this RouteGroupBuilder session)
    {
        session.MapPut("/messaging/subscriptions/interactions/{interactionId}/chat", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.SubscribeChat(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapDelete("/messaging/subscriptions/interactions/{interactionId}/chat", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeChat(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/chat/messages", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.AgentSays(http.IcwsSession(), interactionId, body.String("text"), body.Bool("clearTypingIndicator") ?? false);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/chat/send-response-management-file",
            async (string interactionId, HttpContext http, CicEngine engine, ResponseManagement.ResponseLibraryStore responses) =>
            {
                var body = await RequestBody.ReadAsync(http.Request);
                var item = responses.Item(http.IcwsSession(), body.String("itemId") ?? throw RequestBody.Malformed("'itemId' is required."));
                if (item.Type != ResponseManagement.ResponseItemTypes.File)
                {
                    throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, $"The response '{item.Name}' is not a file.");
                }

                engine.AgentSendsFile(http.IcwsSession(), interactionId, ResponseManagement.ResponseItemTypes.FileName(item.Value));
                return IcwsResult.Ok();
            });
        // [U] No ICWS resource for Chat Mail is known: the simulator's own, so a client can leave a message for a user who is
        // not logged in (the help: Chat Mail is e-mailed to them).
        session.MapPost("/chat-mail", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.SendChatMail(http.IcwsSession(), body.String("target"), body.String("text"));
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
        session.MapPut("/interactions/{interactionId}/chat/typing-indicator", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var on = body.Bool("on") ?? throw RequestBody.Malformed("'on' (true or false) is required.");
            engine.AgentTyping(http.IcwsSession(), interactionId, on);
            return IcwsResult.Status(engine.ChatTypingSuccessStatus);
        });
    }
}
