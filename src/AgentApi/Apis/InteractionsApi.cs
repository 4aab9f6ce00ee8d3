using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Apis;

/// <summary>The agent's interactions, call controls and make call (spec: "Call controls", "Make a call").
/// Only the agent's own interactions are reachable (<see cref="InteractionOwnership"/>); anything else is a 404.</summary>
public static class InteractionsApi
{
    public static void MapInteractionsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Interactions").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        me.MapGet("/interactions", async (HttpContext http, IGrainFactory grains, CallLogSubjects subjects) =>
            Results.Ok(await ListAsync(grains, await grains.Agent(http.User).GetViewAsync(), subjects)))
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
        me.MapPost("/interactions/{key}/wrap-up", async (string key, AssignWrapUpRequest request, HttpContext http, IGrainFactory grains, ILogger<AssignWrapUp> logger) =>
        {
            if (string.IsNullOrWhiteSpace(request.Code))
            {
                return ApiErrors.Error("wrapUp.unknownCode", "code is required.");
            }

            var userId = http.User.AgentId()!;
            if (!await InteractionOwnership.IsOwnedByAsync(key, grains.Agent(http.User)))
            {
                logger.LogWarning("Agent {UserId} tried to wrap up interaction {InteractionKey}, which is not theirs", userId, key);
                return InteractionOwnership.NotFound();
            }

            var result = await grains.GetGrain<IInteractionGrain>(key).AssignWrapUpAsync(new AssignWrapUp(userId, request.Code));
            return result.Succeeded ? Results.Ok(new AcceptedResponse(result.InteractionId)) : ApiErrors.From(result);
        }).WithSummary("Assign a wrap-up code while the prompt is open (spec: \"Wrap up a call\")")
            .Produces<AcceptedResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        me.MapPut("/interactions/{key}/call-log", async (string key, EditCallLogRequest request, HttpContext http, IGrainFactory grains,
            CallLogSubjects subjects, ILogger<EditCallLog> logger) =>
        {
            var userId = http.User.AgentId()!;
            if (!await InteractionOwnership.IsOwnedByAsync(key, grains.Agent(http.User)))
            {
                logger.LogWarning("Agent {UserId} tried to edit the call log of interaction {InteractionKey}, which is not theirs", userId, key);
                return InteractionOwnership.NotFound();
            }

            var interaction = grains.GetGrain<IInteractionGrain>(key);
            var result = await interaction.EditCallLogAsync(new EditCallLog(userId, request.Subject, request.Comments, request.WhoId, request.WhatId));
            return result.Succeeded ? Results.Ok((await interaction.GetViewAsync()).ToResponse(subjects)) : ApiErrors.From(result);
        }).WithSummary("Save the call log's Subject, Comments, Name and Related To (spec: Call log details)")
            .Produces<InteractionResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        me.MapPost("/calls", async (MakeCallRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var agent = grains.Agent(http.User);
            if (!DialRules.IsDialable(request.Number ?? ""))
            {
                return ApiErrors.Error("call.invalidNumber", $"'{request.Number}' is not a number that can be dialed.");
            }

            var result = request.AdvancedOpen is null && request.WhoId is null && request.WhatId is null
                ? await agent.MakeCallAsync(new MakeCall(request.Number ?? ""))
                : await agent.DialAsync(new PureConnect.Grains.Calls.DialNumber(request.Number!, request.AdvancedOpen ?? false, request.AccountCode, request.Workgroup),
                    Blank(request.WhoId), Blank(request.WhatId));
            return result.Succeeded ? Results.Accepted(value: new CallResponse(result.InteractionId)) : ApiErrors.From(result);
        }).WithSummary("Place a call to a typed number").Produces<CallResponse>(202).Produces<ErrorResponse>(400);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The views of the interactions on the agent's queue, in queue order, then those deallocated by CIC that still
    /// wait for a wrap-up code. An interaction CIC still lists on the agent's queue but assigned to someone else or to no one (transferred,
    /// waiting in a workgroup queue) has left the agent and is not listed.</summary>
    public static async Task<IReadOnlyList<InteractionResponse>> ListAsync(IGrainFactory grains, AgentView agent, CallLogSubjects subjects)
    {
        var entries = agent.Interactions.Concat(agent.WrapUps ?? []);
        var views = await Task.WhenAll(entries.Select(i => grains.GetGrain<IInteractionGrain>(i.Key).GetViewAsync()));
        return [.. views.Where(v => !HasLeft(v, agent.UserId)).Select(v => v.ToResponse(subjects))];
    }

    /// <summary>Assigned to another user, or unassigned once it was seen (one not observed yet has no user either, and stays).</summary>
    private static bool HasLeft(InteractionView view, string agentId) =>
        view.UserId != agentId && (view.UserId is not null || view.FirstSeenAt is not null);
}
