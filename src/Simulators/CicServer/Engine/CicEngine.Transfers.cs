using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

// Blind transfer (reference §7.4) to a user, a workgroup, an attendant profile or an outside number, and the refused
// transfer to another user's voicemail.
public sealed partial class CicEngine
{
    private readonly Dictionary<string, AttendantProfile> _attendantProfiles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Outside-number transfers whose far end has not answered yet: call id → the transferring agent.</summary>
    private readonly Dictionary<string, SimUser> _outsideTransfers = new(StringComparer.Ordinal);

    public IReadOnlyList<AttendantProfile> AttendantProfiles => Run(() => (IReadOnlyList<AttendantProfile>)[.. _attendantProfiles.Values]);

    /// <summary>
    /// Sends the call on without speaking to the recipient. A user's queue gets it alerting (a user without a station
    /// gets it in voicemail), a workgroup queues it for ACD, an attendant profile takes it only when configured to, an
    /// outside number rings until the control API answers or refuses. Until the target connects the call stays on the
    /// transferring agent's queue too, unless <see cref="CallControlOptions.BlindTransferCompletion"/> says at once.
    /// </summary>
    public void BlindTransfer(Session session, string interactionId, string? target, QueueId? queue) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (call.State is not (CallStates.Alerting or CallStates.Connected or CallStates.Held) || IsConferenceInteraction(call))
        {
            throw InvalidState(call, "transfer");
        }

        if (ActiveConsultOf(call) is not null)
        {
            throw new IcwsErrorException(400, ErrorIds.ConsultInProgress, $"Interaction {call.Id} is being consulted on; conclude or cancel the consult first.");
        }

        var agent = session.User;
        var destination = ResolveDestination(target, queue, agent);
        if (destination.Attendant is { AllowTransfer: false } closed)
        {
            throw new IcwsErrorException(400, ErrorIds.TransferNotAllowed, $"The attendant profile '{closed.Name}' does not accept transferred calls.");
        }

        var linger = _options.CallControls.BlindTransferCompletion == TransferCompletion.WhenTargetConnects;
        switch (destination)
        {
            case { User: { } user }:
                LeaveAgent(call, agent, linger && user.HasStation);
                if (user.HasStation)
                {
                    OfferTo(call, user);
                }
                else
                {
                    TakeToVoicemail(call, user);
                }

                break;
            case { Workgroup: { } workgroup }:
                LeaveAgent(call, agent, linger);
                EnterWorkgroup(call, workgroup);
                break;
            case { Attendant: { } profile }:
                if (profile.Workgroup is { } name && _workgroups.GetValueOrDefault(name) is { } routed)
                {
                    LeaveAgent(call, agent, linger);
                    EnterWorkgroup(call, routed);
                }
                else
                {
                    LeaveAgent(call, agent, linger: false);
                    SetState(call, CallStates.System, "Attendant: " + profile.Name);
                }

                break;
            default:
                LeaveAgent(call, agent, linger);
                SetState(call, CallStates.Proceeding, "Proceeding");
                _outsideTransfers[call.Id] = agent;
                AnswerLater(call);
                break;
        }
    });

    /// <summary>Refused with 400 (the Salesforce integration cannot transfer to another agent's voicemail) unless
    /// <see cref="CallControlOptions.VoicemailTransferSupported"/>; then the call goes to the user's voicemail.</summary>
    public void TransferToVoicemail(Session session, string interactionId, string? target, QueueId? queue) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (!_options.CallControls.VoicemailTransferSupported)
        {
            throw new IcwsErrorException(400, ErrorIds.VoicemailTransferNotSupported, "Transferring a call to another user's voicemail is not supported.");
        }

        var user = ResolveDestination(target, queue, session.User).User
            ?? throw new IcwsErrorException(400, ErrorIds.InvalidTarget, "Only a user has a voicemail to transfer to.");
        LeaveAgent(call, session.User, linger: false);
        TakeToVoicemail(call, user);
    });

    /// <summary>The far end refuses (busy). A proceeding outside transfer fails back to the transferring agent (alerting);
    /// an outbound or consult call ends as a remote disconnect reading "Busy".</summary>
    public void Refuse(string interactionId) => Run(() =>
    {
        var call = FindForControl(interactionId);
        if (call.State != CallStates.Proceeding)
        {
            throw Conflict($"Interaction {interactionId} is not proceeding (state {call.State}).");
        }

        if (_outsideTransfers.Remove(call.Id, out var agent) && agent.HasStation)
        {
            ReleaseTransferor(call);
            OfferTo(call, agent);
            return;
        }

        DisconnectCall(call, remote: true);
        call.Set(Attr.CallStateString, "Disconnected (Busy)");
    });

    private TransferDestination ResolveDestination(string? target, QueueId? queue, SimUser caller)
    {
        target = target?.Trim();
        if (string.IsNullOrEmpty(target) == queue is null)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "Give exactly one of target and queueID.");
        }

        var destination = queue is not null ? ResolveQueue(queue) : ResolveTarget(target!);
        return destination.User == caller
            ? throw new IcwsErrorException(400, ErrorIds.InvalidTarget, "A user cannot transfer a call to themselves.")
            : destination;
    }

    private TransferDestination ResolveQueue(QueueId queue) => queue.QueueType switch
    {
        0 or 1 => new(_users.GetValueOrDefault(queue.QueueName ?? "")
            ?? throw new IcwsErrorException(400, ErrorIds.UserNotFound, $"The user '{queue.QueueName}' does not exist."), null, null, null),
        2 => new(null, _workgroups.GetValueOrDefault(queue.QueueName ?? "")
            ?? throw new IcwsErrorException(400, ErrorIds.WorkgroupNotFound, $"The workgroup '{queue.QueueName}' does not exist."), null, null),
        _ => throw new IcwsErrorException(400, ErrorIds.UnsupportedQueueType, $"Queue type {queue.QueueType} cannot be a transfer target."),
    };

    /// <summary>A user id or extension, a workgroup name, an attendant profile name, or a dialable number, in that order.</summary>
    private TransferDestination ResolveTarget(string target)
    {
        var user = _users.GetValueOrDefault(target) ?? _users.Values.FirstOrDefault(u => u.Extension == target);
        if (user is not null)
        {
            return new(user, null, null, null);
        }

        if (_workgroups.GetValueOrDefault(target) is { } workgroup)
        {
            return new(null, workgroup, null, null);
        }

        if (_attendantProfiles.GetValueOrDefault(target) is { } profile)
        {
            return new(null, null, profile, null);
        }

        return PhoneNumbers.IsDialable(target)
            ? new(null, null, null, target)
            : throw new IcwsErrorException(400, ErrorIds.InvalidTarget, $"'{target}' is not a user, workgroup, attendant profile or dialable number.");
    }

    /// <summary>The call leaves the agent: off their queue now, or (<paramref name="linger"/>) once the target connects.</summary>
    private void LeaveAgent(Interaction call, SimUser agent, bool linger)
    {
        EndAgentRecordings(call, agent);
        if (linger)
        {
            call.AssignTransferredFrom(agent);
        }
        else
        {
            agent.Interactions.Remove(call);
        }

        call.AssignUser(null);
        call.Set(Attr.UserName, "");
        call.Set(Attr.LocalUserId, "");
        call.Set(Attr.LocalAddress, "");
        RefreshUser(agent);
    }

    private void ReleaseTransferor(Interaction call)
    {
        if (call.TransferredFrom is not { } from)
        {
            return;
        }

        call.AssignTransferredFrom(null);
        if (call.User != from)
        {
            from.Interactions.Remove(call);
        }

        RefreshUser(from);
    }

    private void EnterWorkgroup(Interaction call, SimWorkgroup workgroup)
    {
        if (call.Workgroup is { } old && old != workgroup)
        {
            old.Waiting.Remove(call);
            old.Interactions.Remove(call);
        }

        call.AssignWorkgroup(workgroup);
        workgroup.Interactions.Add(call);
        call.Set(Attr.WorkgroupName, workgroup.Name);
        call.QueueSequence = _nextQueueSequence++;
        SetState(call, CallStates.Offering, "ACD - Wait Agent");
        workgroup.Waiting.Add(call);
    }

    /// <summary>The call sits on <paramref name="user"/>'s queue in voicemail (state M) while the caller leaves a message.</summary>
    private void TakeToVoicemail(Interaction call, SimUser user)
    {
        if (call.User != user)
        {
            call.AssignUser(user);
            user.Interactions.Add(call);
            call.Set(Attr.UserName, user.Id);
            call.Set(Attr.LocalUserId, user.Id);
        }

        SendToVoicemailCore(call);
    }
}
