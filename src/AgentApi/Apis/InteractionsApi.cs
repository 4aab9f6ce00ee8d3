using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Apis;

/// <summary>The agent's interactions, call controls and make call (spec: "Call controls", "Make a call").
/// Only interactions on the agent's own queue are reachable; anything else is a 404.</summary>
public static class InteractionsApi
{
    public static void MapInteractionsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Interactions").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        me.MapGet("/interactions", async (HttpContext http, IGrainFactory grains) =>
            Results.Ok(await ListAsync(grains, await grains.Agent(http.User).GetViewAsync())))
            .WithSummary("Active and recently disconnected interactions (until deallocated)").Produces<List<InteractionResponse>>();
        me.MapPost("/interactions/{key}/{action}", async (string key, string action, HttpContext http, IGrainFactory grains) =>
        {
            if (!Enum.TryParse<CallControl>(action, ignoreCase: true, out var control) || !Enum.IsDefined(control))
            {
                return ApiErrors.Error("interaction.unknownAction", "action must be pickup, hold, unhold, mute, unmute or disconnect.");
            }

            var result = await grains.Agent(http.User).ControlAsync(key, control);
            return result.Succeeded ? Results.Accepted(value: new AcceptedResponse(result.InteractionId)) : ApiErrors.From(result);
        }).WithSummary("A call control; the new state arrives on the event stream").Produces<AcceptedResponse>(202).Produces<ErrorResponse>(404);
        me.MapPost("/calls", async (MakeCallRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var result = await grains.Agent(http.User).MakeCallAsync(new MakeCall(request.Number ?? ""));
            return result.Succeeded ? Results.Accepted(value: new CallResponse(result.InteractionId)) : ApiErrors.From(result);
        }).WithSummary("Place a call to a typed number").Produces<CallResponse>(202).Produces<ErrorResponse>(400);
    }

    /// <summary>The views of the interactions on the agent's queue, in queue order.</summary>
    public static async Task<IReadOnlyList<InteractionResponse>> ListAsync(IGrainFactory grains, AgentView agent)
    {
        var views = await Task.WhenAll(agent.Interactions.Select(i => grains.GetGrain<IInteractionGrain>(i.Key).GetViewAsync()));
        return [.. views.Select(v => v.ToResponse())];
    }
}
