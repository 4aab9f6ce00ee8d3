using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

// Workgroup queues (spec: "Workgroup Queues view"): watching one needs the "View Workgroup Queues" right on it, picking up what waits
// in it the "Modify Workgroup Queues" right. Members have both unless configured otherwise; a queue monitor may always watch.
public sealed partial class CicEngine
{
    /// <summary>Control API: the user's rights on the workgroup's queue.</summary>
    public void SetWorkgroupQueueRights(string workgroup, string userId, bool view, bool modify) => Run(() =>
    {
        var group = _workgroups.GetValueOrDefault(workgroup) ?? throw NotFound($"Workgroup '{workgroup}' does not exist.");
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        group.QueueRights[user.Id] = new WorkgroupQueueRights(view, modify);
    });

    /// <summary>Whether the user exists (control API checks, e.g. before a voicemail is left for them).</summary>
    public bool HasUser(string userId) => Run(() => _users.ContainsKey(userId));

    private static WorkgroupQueueRights QueueRightsOf(SimUser user, SimWorkgroup workgroup)
    {
        var rights = workgroup.QueueRights.GetValueOrDefault(user.Id)
            ?? (workgroup.Members.ContainsKey(user.Id) ? WorkgroupQueueRights.Member : WorkgroupQueueRights.None);
        return user.CanMonitorQueues ? rights with { View = true } : rights;
    }

    /// <summary>A pickup by a user whose queue the interaction is not on: one waiting in a workgroup queue the user may modify moves
    /// to the user's queue and connects; one an agent already has is refused (400, it no longer waits).</summary>
    private void PickupFromWorkgroup(Session session, Interaction call)
    {
        var workgroup = call.Workgroup;
        if (workgroup is null || call.Deallocated || !QueueRightsOf(session.User, workgroup).View)
        {
            throw NotYourInteraction(call.Id);
        }

        if (!QueueRightsOf(session.User, workgroup).Modify)
        {
            throw new IcwsErrorException(403, ErrorIds.AccessDenied,
                $"The user does not have the Modify Workgroup Queues right for the workgroup '{workgroup.Name}'.");
        }

        if (call.User is not null || !workgroup.Waiting.Contains(call))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidState,
                $"The interaction {call.Id} no longer waits in the workgroup queue '{workgroup.Name}'.");
        }

        workgroup.Waiting.Remove(call);
        var user = session.User;
        call.AssignUser(user);
        user.Interactions.Add(call);
        call.Set(Attr.UserName, user.Id);
        call.Set(Attr.LocalUserId, user.Id);
        call.Set(Attr.LocalAddress, user.FirstStation?.Extension ?? user.Extension);
        HoldOtherCalls(user, call);
        ConnectCall(call);
        RefreshUser(user);
    }
}
