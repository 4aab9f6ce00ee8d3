using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Callbacks;

namespace PureConnect.AgentApi.Apis;

/// <summary>Respond to callbacks (spec): call the requester's number, then Complete, Retry or Failure. Only the agent's own
/// interactions are reachable (404 otherwise); a command the callback's state does not allow is a 409.</summary>
public static class CallbacksApi
{
    public static void MapCallbacksApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/interactions/{key}/callback").WithTags("Callbacks").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        Map(me, "call", CallbackCommandKind.CallNumber, "Call the callback's number; 202 { interactionId } of the new call");
        Map(me, "complete", CallbackCommandKind.Complete, "Complete: the requester was reached");
        Map(me, "retry", CallbackCommandKind.Retry, "Retry: back to the workgroup, snoozed for the configured interval");
        Map(me, "fail", CallbackCommandKind.Fail, "Failure: the callback cannot be completed");
    }

    private static void Map(RouteGroupBuilder me, string path, CallbackCommandKind kind, string summary) =>
        me.MapPost($"/{path}", (string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                InteractionOwnership.RunOwnedAsync(key, http, grains, loggers.CreateLogger(typeof(CallbacksApi)), "a callback command",
                    (interaction, userId) => interaction.ExecuteCallbackAsync(new CallbackCommand(userId, kind))))
            .WithSummary(summary).Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
}
