using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Dialer;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// The agent's Interaction Dialer (spec: "Interaction Dialer campaigns"): campaigns, ready, breaks, preview calls and
/// dispositions. Each answers the agent's Dialer view after the request; what CIC grants later (a break, a log-off) comes
/// on the event stream with the agent.
/// </summary>
public static class DialerApi
{
    public static void MapDialerApi(this IEndpointRouteBuilder app)
    {
        var dialer = app.MapGroup("/api/dialer").WithTags("Interaction Dialer").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        dialer.MapGet("/", async (HttpContext http, IGrainFactory grains) => Results.Ok((await grains.Agent(http.User).GetViewAsync()).Dialer))
            .WithSummary("Campaigns, break, the campaign call waiting for its disposition").Produces<DialerView>();
        dialer.MapPost("/login", (DialerLogInRequest? request, HttpContext http, IGrainFactory grains) =>
            RunAsync(http, grains, agent => agent.DialerLogInAsync(request?.All == true ? "*" : request?.CampaignId)))
            .WithSummary("Log in to Dialer, to a campaign, or to all (then ready for calls)").Produces<DialerView>().Produces<ErrorResponse>(403);
        dialer.MapPost("/logoff", (DialerLogOffRequest? request, HttpContext http, IGrainFactory grains) =>
            RunAsync(http, grains, agent => agent.DialerLogOffAsync(request?.CampaignIds ?? [])))
            .WithSummary("Ask to log out of campaigns or of Dialer; granted once the last call is dispositioned").Produces<DialerView>().Produces<ErrorResponse>(409);
        dialer.MapPost("/ready", (HttpContext http, IGrainFactory grains) => RunAsync(http, grains, agent => agent.DialerReadyAsync()))
            .WithSummary("Available for campaign calls again").Produces<DialerView>();
        dialer.MapPost("/break", (HttpContext http, IGrainFactory grains) => RunAsync(http, grains, agent => agent.DialerRequestBreakAsync()))
            .WithSummary("Request a break; granted once the last call is dispositioned").Produces<DialerView>().Produces<ErrorResponse>(409);
        dialer.MapDelete("/break", (HttpContext http, IGrainFactory grains) => RunAsync(http, grains, agent => agent.DialerEndBreakAsync()))
            .WithSummary("End the break").Produces<DialerView>().Produces<ErrorResponse>(409);
        dialer.MapPost("/disposition", (DispositionRequest request, HttpContext http, IGrainFactory grains) =>
        {
            if (string.IsNullOrWhiteSpace(request.Label))
            {
                return Task.FromResult(ApiErrors.Error("dialer.unknownDisposition", "Choose one of the call's dispositions."));
            }

            if (request.CallbackTo is { } to && !to.Equals("Me", StringComparison.OrdinalIgnoreCase) && !to.Equals("Anyone", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(ApiErrors.Error("dialer.callbackTargetInvalid", "A callback goes to Me or to Anyone."));
            }

            var command = new SubmitDisposition(request.Label, request.CallbackAt, request.TheirTime ?? false,
                string.Equals(request.CallbackTo, "Me", StringComparison.OrdinalIgnoreCase));
            return RunAsync(http, grains, agent => agent.DialerDispositionAsync(command));
        }).WithSummary("Disposition the campaign call (with a scheduled callback)").Produces<DialerView>().Produces<ErrorResponse>(400);
        dialer.MapPost("/preview/place", (HttpContext http, IGrainFactory grains) => RunAsync(http, grains, agent => agent.DialerPlacePreviewAsync()))
            .WithSummary("Place the preview call").Produces<DialerView>().Produces<ErrorResponse>(409);
        dialer.MapPost("/preview/skip", (HttpContext http, IGrainFactory grains) => RunAsync(http, grains, agent => agent.DialerSkipAsync()))
            .WithSummary("Skip the preview call (where the campaign allows it)").Produces<DialerView>().Produces<ErrorResponse>(409);
    }

    private static async Task<IResult> RunAsync(HttpContext http, IGrainFactory grains, Func<IAgentGrain, Task<CommandResult>> command)
    {
        var agent = grains.Agent(http.User);
        var result = await command(agent);
        return result.Succeeded ? Results.Ok((await agent.GetViewAsync()).Dialer) : ApiErrors.From(result);
    }
}
