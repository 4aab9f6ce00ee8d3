using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.AgentApi.Apis;

/// <summary>Chats (spec: "Chats"): the transcript of one of the agent's chats, oldest first; sending a text; the typing indicator.
/// Pickup, hold, transfer and disconnect are the call controls. Only the agent's own interactions are reachable (404 otherwise).</summary>
public static class ChatsApi
{
    public static void MapChatsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/interactions/{key}/chat").WithTags("Chats").RequireAuthorization();
        me.MapGet("", async (string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
            {
                var userId = http.User.AgentId()!;
                if (!await InteractionOwnership.IsOwnedByAsync(key, grains.Agent(http.User)))
                {
                    loggers.CreateLogger(typeof(ChatsApi)).LogWarning("Agent {UserId} asked for the chat of interaction {InteractionKey}, which is not theirs",
                        userId, key);
                    return InteractionOwnership.NotFound();
                }

                var chat = await grains.GetGrain<IInteractionGrain>(key).ReadChatAsync(userId);
                return chat is null
                    ? ApiErrors.Error("chat.notAChat", "That interaction is not a chat.")
                    : Results.Ok(chat.ToResponse());
            })
            .WithSummary("The chat's transcript (oldest first), members and unread count; reading it clears the unread count")
            .Produces<ChatResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);

        var commands = me.MapGroup("").AddEndpointFilter<CsrfFilter>();
        commands.MapPost("/messages", (string key, ChatTextRequest request, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new ChatCommand(user, ChatCommandKind.SendText, request.Text)))
            .WithSummary("Send a text (not empty, no control characters, at most 2000 characters)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPut("/typing", (string key, ChatTypingRequest request, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new ChatCommand(user, ChatCommandKind.Typing, Typing: request.Typing)))
            .WithSummary("Turn the typing indicator the visitor sees on or off")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPost("/response-files", SendResponseFileAsync)
            .WithSummary("Send a File response to the web chat's visitor (an intercom chat gets the file's path as text instead)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
    }

    private static async Task<IResult> SendResponseFileAsync(string key, ChatResponseFileRequest request, HttpContext http, IGrainFactory grains,
        ILoggerFactory loggers)
    {
        var (item, error) = await ResponseFileLookup.FindAsync(request.ResponseId, http, grains);
        return error ?? await RunAsync(key, http, grains, loggers, user => new ChatCommand(user, ChatCommandKind.SendResponseFile, item!.Id));
    }

    private static Task<IResult> RunAsync(string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers, Func<string, ChatCommand> command) =>
        InteractionOwnership.RunOwnedAsync(key, http, grains, loggers.CreateLogger(typeof(ChatsApi)), "a chat command",
            (interaction, userId) => interaction.ExecuteChatAsync(command(userId)));
}
