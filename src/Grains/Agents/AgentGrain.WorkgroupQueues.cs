using Microsoft.Extensions.Logging;
using PureConnect.Grains.Interactions;
using PureConnect.Icws;
using A = PureConnect.Icws.Interactions.IcwsAttributeNames;

namespace PureConnect.Grains.Agents;

// The Workgroup Queues view (spec: "Workgroup Queues view", "Filter a Queue View"): a workgroup's queue read on the agent's own CIC
// session each time (CIC decides the View / Modify Workgroup Queues rights), and a pickup of what waits there into My Interactions.
public sealed partial class AgentGrain
{
    private static readonly string[] QueueAttributes =
    [
        A.Eic_State, A.Eic_CallStateString, A.Eic_ObjectType, A.Eic_RemoteName, A.Eic_RemoteAddress, A.Eic_UserName,
        A.Eic_CallDirection, A.Eic_InitiationTime, "Eic_Subject",
    ];

    public async Task<WorkgroupQueueResult> GetWorkgroupQueueAsync(WorkgroupQueueQuery query)
    {
        var (result, queue) = await ReadWorkgroupQueueAsync(query.Workgroup);
        if (!result.Succeeded)
        {
            return new WorkgroupQueueResult(result, query.Workgroup, [], 0, query.Limit);
        }

        var (shown, matching) = WorkgroupQueueLimits.Apply(queue, query);
        return new WorkgroupQueueResult(result, query.Workgroup, shown, matching, Math.Clamp(query.Limit, 1, WorkgroupQueueLimits.Hard));
    }

    public async Task<CommandResult> PickupFromWorkgroupQueueAsync(string workgroup, string interactionId)
    {
        var (read, queue) = await ReadWorkgroupQueueAsync(workgroup);
        if (!read.Succeeded)
        {
            return read;
        }

        var entry = queue.FirstOrDefault(e => e.InteractionId == interactionId);
        if (entry is null || entry.User.Length > 0 && !string.Equals(entry.User, UserId, StringComparison.OrdinalIgnoreCase))
        {
            return Taken(workgroup, entry);
        }

        return await _session.RunAsync(async session =>
        {
            try
            {
                await session.PickupAsync(interactionId);
            }
            catch (IcwsRequestException ex) when (ex.StatusCode == 403)
            {
                return CommandResult.Fail("workgroupQueue.noModifyRight", $"You do not have the Modify Workgroup Queues right for {workgroup}.");
            }
            catch (IcwsRequestException ex) when (ex.StatusCode is 400 or 404 or 410)
            {
                // Between the read and the pickup another agent (or the ACD) took it, or the caller hung up.
                return Taken(workgroup, entry);
            }

            logger.LogInformation("Agent {UserId} picked up interaction {InteractionId} from the workgroup queue {Workgroup}", UserId, interactionId, workgroup);
            return CommandResult.Ok();
        }, OnSessionExpiredAsync);
    }

    private static CommandResult Taken(string workgroup, WorkgroupQueueEntry? entry) => CommandResult.Fail("workgroupQueue.taken",
        entry is { User.Length: > 0 }
            ? $"{entry.User} already has that interaction; it no longer waits in {workgroup}."
            : $"That interaction no longer waits in {workgroup}.");

    private async Task<(CommandResult Result, IReadOnlyList<WorkgroupQueueEntry> Queue)> ReadWorkgroupQueueAsync(string workgroup)
    {
        IReadOnlyList<WorkgroupQueueEntry> queue = [];
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                queue = [.. (await session.ReadWorkgroupQueueAsync(workgroup, QueueAttributes)).Select(ToQueueEntry)];
                return CommandResult.Ok();
            }
            catch (IcwsRequestException ex) when (ex.StatusCode is 400 or 404)
            {
                return CommandResult.Fail("workgroupQueue.notFound", $"There is no workgroup queue named {workgroup}.");
            }
            catch (IcwsRequestException ex) when (ex.StatusCode == 403)
            {
                return CommandResult.Fail("workgroupQueue.noViewRight", $"You do not have the View Workgroup Queues right for {workgroup}.");
            }
        }, OnSessionExpiredAsync);
        return (result, queue);
    }

    private static WorkgroupQueueEntry ToQueueEntry(Icws.Messages.InteractionSnapshot snapshot)
    {
        var a = snapshot.Attributes;
        string Get(string name) => a.TryGetValue(name, out var value) ? value ?? "" : "";
        return new WorkgroupQueueEntry(
            snapshot.InteractionId,
            Get(A.Eic_ObjectType) is { Length: > 0 } type ? type : "Call",
            IcwsInteractionTranslator.MapState(Icws.Interactions.InteractionStateCodes.Parse(Get(A.Eic_State))).Status,
            Get(A.Eic_CallStateString),
            Get(A.Eic_RemoteName),
            Get(A.Eic_RemoteAddress),
            Get(A.Eic_UserName),
            Get(A.Eic_CallDirection) switch
            {
                "I" or "i" => InteractionDirection.Inbound,
                "O" or "o" => InteractionDirection.Outbound,
                _ => InteractionDirection.Unknown,
            },
            Icws.Interactions.IcwsDateTime.TryParse(Get(A.Eic_InitiationTime), out var at) ? at : null,
            Get("Eic_Subject"));
    }
}
