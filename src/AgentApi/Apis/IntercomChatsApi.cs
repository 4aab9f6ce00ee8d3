using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;

namespace PureConnect.AgentApi.Apis;

/// <summary>Intercom chats and Chat Mail (spec: "Start an intercom chat", "Work with chats"): the agent starts a chat with another
/// logged-in CIC user (the directory's Chat link); with a user who is not logged in CIC refuses it and the agent leaves a Chat Mail
/// instead. The chat itself then uses the chat endpoints and the call controls like a web chat.</summary>
public static class IntercomChatsApi
{
    public static void MapIntercomChatsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Chats").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        me.MapPost("/intercom-chats", async (IntercomChatRequest request, HttpContext http, IGrainFactory grains) =>
            {
                var started = await grains.Agent(http.User).StartIntercomChatAsync(request.UserId ?? "");
                return started.Succeeded
                    ? Results.Accepted(value: new IntercomChatResponse(started.InteractionId!, started.Key!))
                    : ApiErrors.Error(started.ErrorCode ?? "error", started.Message ?? "The request failed.");
            })
            .WithSummary("Start an intercom chat with another logged-in user; answers the new chat's interaction id and key")
            .Produces<IntercomChatResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(403).Produces<ErrorResponse>(404)
            .Produces<ErrorResponse>(409);
        me.MapPost("/chat-mail", async (ChatMailRequest request, HttpContext http, IGrainFactory grains) =>
            {
                var result = await grains.Agent(http.User).SendChatMailAsync(request.UserId ?? "", request.Text ?? "");
                return result.Succeeded ? Results.Accepted(value: new AcceptedResponse()) : ApiErrors.From(result);
            })
            .WithSummary("Leave a Chat Mail (e-mailed by CIC) for a user who is not logged in")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
    }
}
