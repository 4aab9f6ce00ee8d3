using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// The Workgroup Queues view (spec: "Workgroup Queues view", "Filter a Queue View"): the interactions in a workgroup's queue, filtered by
/// type, state and user, at most <c>limit</c> of them (50 unless asked, never more than 200) retrieved oldest or newest first; and
/// picking one that waits there up into My Interactions. CIC decides the View / Modify Workgroup Queues rights (403).
/// </summary>
public static class WorkgroupQueuesApi
{
    private const int MaxNameLength = 256;

    public static void MapWorkgroupQueuesApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/workgroup-queues").WithTags("Workgroup queues").RequireAuthorization();
        me.MapGet("", async (HttpContext http, IGrainFactory grains) =>
            {
                var found = await grains.Agent(http.User).GetWorkgroupActivationsAsync();
                return found.Result.Succeeded
                    ? Results.Ok(new WorkgroupQueueListResponse([.. found.Workgroups.Select(w => w.Workgroup)]))
                    : ApiErrors.From(found.Result);
            })
            .WithSummary("The workgroups whose queues the agent may choose from (their own)").Produces<WorkgroupQueueListResponse>();

        me.MapGet("/{workgroup}", async (string workgroup, int? limit, string? order, string[]? type, string[]? state, string[]? user,
                HttpContext http, IGrainFactory grains) =>
            {
                if (Query(workgroup, limit, order, type, state, user) is not { } query)
                {
                    return ApiErrors.Error("workgroupQueue.invalid",
                        $"Name a workgroup; limit 1 to {WorkgroupQueueLimits.Hard}; order oldest or newest; state one of {string.Join(", ", Enum.GetNames<InteractionStatus>())}.");
                }

                var found = await grains.Agent(http.User).GetWorkgroupQueueAsync(query);
                return found.Result.Succeeded
                    ? Results.Ok(new WorkgroupQueueResponse(found.Workgroup, found.Limit, found.Matching, [.. found.Interactions.Select(ToDto)]))
                    : ApiErrors.From(found.Result);
            })
            .WithSummary("A workgroup's queue: ?limit=50&order=oldest|newest&type=Call&state=Offering&user= (repeatable; user= alone: nobody's yet)")
            .Produces<WorkgroupQueueResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(403).Produces<ErrorResponse>(404);

        me.MapPost("/{workgroup}/interactions/{interactionId}/pickup", async (string workgroup, string interactionId, HttpContext http, IGrainFactory grains) =>
            {
                if (!IsName(workgroup) || !IsName(interactionId))
                {
                    return ApiErrors.Error("workgroupQueue.invalid", "Name a workgroup and one of the interactions in its queue.");
                }

                var result = await grains.Agent(http.User).PickupFromWorkgroupQueueAsync(workgroup, interactionId);
                return result.Succeeded ? Results.Accepted(value: new AcceptedResponse(interactionId)) : ApiErrors.From(result);
            })
            .AddEndpointFilter<CsrfFilter>()
            .WithSummary("Pick up an interaction waiting in the workgroup's queue; it joins My Interactions on the event stream")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(403).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
    }

    private static WorkgroupQueueQuery? Query(string workgroup, int? limit, string? order, string[]? types, string[]? states, string[]? users)
    {
        if (!IsName(workgroup) || limit is { } l && !WorkgroupQueueLimits.IsValid(l))
        {
            return null;
        }

        WorkgroupQueueLimitOrder? limitOrder = order?.ToLowerInvariant() switch
        {
            null or "" or "oldest" => WorkgroupQueueLimitOrder.OldestFirst,
            "newest" => WorkgroupQueueLimitOrder.NewestFirst,
            _ => null,
        };
        List<InteractionStatus>? parsed = null;
        foreach (var text in states ?? [])
        {
            if (!Enum.TryParse<InteractionStatus>(text, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(text, out _))
            {
                return null;
            }

            (parsed ??= []).Add(status);
        }

        if (limitOrder is null || (types ?? []).Concat(users ?? []).Any(t => t.Length > MaxNameLength || t.Any(char.IsControl)))
        {
            return null;
        }

        return new WorkgroupQueueQuery(workgroup, limit ?? WorkgroupQueueLimits.Default, limitOrder.Value,
            types is { Length: > 0 } ? types : null, parsed, users is { Length: > 0 } ? users : null);
    }

    private static bool IsName(string text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxNameLength && !text.Any(char.IsControl);

    private static WorkgroupQueueInteractionDto ToDto(WorkgroupQueueEntry e) =>
        new(e.InteractionId, e.Type, e.State.ToString(), e.StateText, e.RemoteName, e.RemoteAddress, e.User, e.Direction.ToString(), e.InitiatedAt, e.Subject);
}
