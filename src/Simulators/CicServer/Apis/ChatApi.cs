using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>The agent's side of chats (channels facts §1.2–1.4): the chat subscription, texts and the typing indicator.
/// Pickup and disconnect are the generic interaction commands.</summary>
internal static class ChatApi
{
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
        session.MapPut("/interactions/{interactionId}/chat/typing-indicator", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var on = body.Bool("on") ?? throw RequestBody.Malformed("'on' (true or false) is required.");
            engine.AgentTyping(http.IcwsSession(), interactionId, on);
            return IcwsResult.Status(engine.ChatTypingSuccessStatus);
        });
    }
}
