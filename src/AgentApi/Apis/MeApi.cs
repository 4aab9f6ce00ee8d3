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
        me.MapGet("/workgroups", async (HttpContext http, IGrainFactory grains) =>
        {
            var found = await grains.Agent(http.User).GetWorkgroupActivationsAsync();
            return found.Result.Succeeded ? Results.Ok(ToResponse(found)) : ApiErrors.From(found.Result);
        }).WithSummary("The workgroups you belong to and whether you are active in each (spec: \"Change your workgroup activation status\")")
            .Produces<List<WorkgroupActivationResponse>>();
        me.MapPut("/workgroups/{workgroup}", async (string workgroup, WorkgroupActivationRequest request, HttpContext http, IGrainFactory grains) =>
        {
            if (request.Activated is not { } activated)
            {
                return ApiErrors.Error("workgroup.invalid", "Say whether to activate: {\"activated\": true} or false.");
            }

            var changed = await grains.Agent(http.User).SetWorkgroupActivationAsync(workgroup, activated);
            return changed.Result.Succeeded ? Results.Ok(ToResponse(changed)) : ApiErrors.From(changed.Result);
        }).WithSummary("Activate or deactivate yourself in one of your workgroups (needs CIC's Activate self right)")
            .Produces<List<WorkgroupActivationResponse>>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(403).Produces<ErrorResponse>(404);
    }

    private static List<WorkgroupActivationResponse> ToResponse(WorkgroupActivationsResult result) =>
        [.. result.Workgroups.Select(w => new WorkgroupActivationResponse(w.Workgroup, w.Activated))];
}
