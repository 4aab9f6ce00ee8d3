using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;

namespace PureConnect.AgentApi.Apis;

/// <summary>The signed-in agent: their view, status (spec: "Set your status", "Set status notes and details") and favorites.</summary>
public static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Me").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        me.MapGet("/", async (HttpContext http, IGrainFactory grains) => Results.Ok((await grains.Agent(http.User).GetViewAsync()).ToResponse()))
            .WithSummary("The agent: station, status, favorites").Produces<MeResponse>();
        me.MapPut("/status", async (ChangeStatusRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var result = await grains.Agent(http.User).ChangeStatusAsync(new ChangeStatus(request.StatusId ?? "", request.Notes, request.ForwardNumber, request.Until));
            return result.Succeeded ? Results.Accepted(value: new AcceptedResponse()) : ApiErrors.From(result);
        }).WithSummary("Ask CIC for a new status; it arrives on the event stream").Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400);
        me.MapPut("/favorites", async (FavoritesRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var agent = grains.Agent(http.User);
            var result = await agent.SetFavoritesAsync(request.StatusIds ?? []);
            return result.Succeeded ? Results.Ok((await agent.GetViewAsync()).ToResponse()) : ApiErrors.From(result);
        }).WithSummary("Replace the favorite statuses (kept per agent)").Produces<MeResponse>().Produces<ErrorResponse>(400);
    }
}
