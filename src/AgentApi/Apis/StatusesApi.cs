using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;

namespace PureConnect.AgentApi.Apis;

/// <summary>The statuses the agent may choose, favorites first then by text (spec: "Set your status").</summary>
public static class StatusesApi
{
    public static void MapStatusesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/statuses").WithTags("Statuses").RequireAuthorization()
            .MapGet("/", async (string? search, HttpContext http, IGrainFactory grains) =>
                Results.Ok((await grains.Agent(http.User).GetStatusesAsync(search)).Select(s => s.ToResponse()).ToList()))
            .WithSummary("Statuses this agent may use; empty while the agent has no CIC session").Produces<List<StatusResponse>>();
    }
}
