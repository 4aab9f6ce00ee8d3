using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>The web visitor's side of chats: start one, type, send texts, leave; and the transcript as the server holds it.</summary>
internal static class ChatsControlApi
{
    public static void MapChatsControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/chats", (InjectChatRequest request, CicEngine engine) =>
        {
            var id = engine.InjectChat(request.Workgroup, request.Name, request.Email, request.Text);
            return Results.Created($"/control/interactions/{id}", new InteractionIdResponse(id));
        });
        control.MapPost("/chats/{id}/messages", (string id, ChatTextRequest request, CicEngine engine) =>
        {
            engine.VisitorSays(id, request.Text ?? "");
            return Results.NoContent();
        });
        control.MapPost("/chats/{id}/typing", (string id, ChatTypingRequest request, CicEngine engine) =>
        {
            engine.VisitorTyping(id, request.Typing);
            return Results.NoContent();
        });
        control.MapPost("/chats/{id}/leave", (string id, CicEngine engine) =>
        {
            engine.VisitorLeaves(id);
            return Results.NoContent();
        });
        control.MapGet("/chats/{id}/transcript", (string id, CicEngine engine) => Results.Ok(engine.ChatTranscript(id)));
        control.MapGet("/users/{userId}/chat-mail", (string userId, CicEngine engine) => Results.Ok(engine.ChatMailOf(userId)));
    }
}
