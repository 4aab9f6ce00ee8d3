using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents.Presence;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// The agent's Omni-Channel sync, for the softphone inside the Salesforce console: the presence request waiting for the console, and
/// the console's confirmation once the Omni-Channel toolkit applied it. Only the agent's own grain is reachable.
/// </summary>
public static class PresenceSyncApi
{
    public static void MapPresenceSyncApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/omni-presence").WithTags("Omni-Channel").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        me.MapGet("/", async (HttpContext http, IGrainFactory grains) => Results.Ok(await grains.Agent(http.User).GetPresenceSyncAsync()))
            .WithSummary("The Omni-Channel presence and the request the console should apply").Produces<PresenceSyncView>();
        me.MapPost("/confirmations", async (ConfirmPresenceRequest request, HttpContext http, IGrainFactory grains, TimeProvider time) =>
        {
            if (string.IsNullOrWhiteSpace(request.RequestId) || string.IsNullOrWhiteSpace(request.StatusId) || request.RequestId.Length > 64 || request.StatusId.Length > 18)
            {
                return ApiErrors.Error("presence.invalid", "requestId and statusId (an Omni-Channel presence status id) are required.");
            }

            var result = await grains.Agent(http.User).ConfirmOmniPresenceAsync(request.RequestId.Trim(),
                new OmniPresenceObservation(request.StatusId.Trim(), time.GetUtcNow()));
            return result.Succeeded ? Results.Ok(new AcceptedResponse()) : ApiErrors.From(result);
        }).WithSummary("The console applied a presence request through the Omni-Channel toolkit")
            .Produces<AcceptedResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(409);
    }
}

/// <summary>The presence request the console applied, and the status Omni-Channel now shows.</summary>
public sealed record ConfirmPresenceRequest(string? RequestId, string? StatusId);
