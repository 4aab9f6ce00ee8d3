namespace PureConnect.Simulators.CicServer.Engine;

// Call life cycle: inbound arrival, ACD routing, state transitions, deallocation.
public sealed partial class CicEngine
{
    /// <summary>An inbound call from <paramref name="ani"/> to exactly one of a workgroup (ACD) or a user.</summary>
    /// <param name="campaignId">Makes it a Dialer call (attribute <c>is_attr_campaignid</c>), which cannot be conferenced.</param>
    public string InjectCall(string ani, string? remoteName = null, string? workgroup = null, string? userId = null, string? campaignId = null) =>
        Run(() =>
        {
            var call = InjectCallCore(ani, remoteName, workgroup, userId, plan: null);
            if (!string.IsNullOrEmpty(campaignId))
            {
                call.Set(Attr.DialerCampaignId, campaignId);
            }

            return call.Id;
        });

    /// <summary>The caller hangs up (state E).</summary>
    public void RemoteDisconnect(string interactionId) => Run(() =>
    {
        var call = FindForControl(interactionId);
        if (call.IsDisconnected)
        {
            throw Conflict($"Interaction {interactionId} is already disconnected.");
        }

        DisconnectCall(call, remote: true);
    });

    /// <summary>The far end of an outbound call, consult call or transfer to an outside number answers.</summary>
    public void Answer(string interactionId) => Run(() =>
    {
        var call = FindForControl(interactionId);
        if (call.State != CallStates.Proceeding)
        {
            throw Conflict($"Interaction {interactionId} is not proceeding (state {call.State}).");
        }

        ConnectCall(call);
    });

    public InteractionSnapshot GetInteraction(string interactionId) => Run(() => Snapshot(FindForControl(interactionId)));

    public IReadOnlyList<InteractionSnapshot> ListInteractions() =>
        Run(() => _interactions.Values.OrderBy(i => i.Id, StringComparer.Ordinal).Select(Snapshot).ToList());

    private Interaction InjectCallCore(string ani, string? remoteName, string? workgroupName, string? userId, CallPlan? plan)
    {
        if (string.IsNullOrWhiteSpace(ani))
        {
            throw Invalid("ani is required.");
        }

        if (string.IsNullOrWhiteSpace(workgroupName) == string.IsNullOrWhiteSpace(userId))
        {
            throw Invalid("Give exactly one of workgroup and user.");
        }

        SimWorkgroup? workgroup = null;
        SimUser? user = null;
        if (!string.IsNullOrWhiteSpace(workgroupName))
        {
            workgroup = _workgroups.GetValueOrDefault(workgroupName) ?? throw NotFound($"Workgroup '{workgroupName}' does not exist.");
        }
        else
        {
            user = _users.GetValueOrDefault(userId!) ?? throw NotFound($"User '{userId}' does not exist.");
            if (!user.HasStation)
            {
                throw Conflict($"User '{user.Id}' is not logged into a station.");
            }
        }

        var call = NewInteraction(plan);
        call.Set(Attr.CallDirection, "I");
        call.Set(Attr.CallType, "E");
        call.Set(Attr.RemoteAddress, ani);
        call.Set(Attr.RemoteName, remoteName ?? _callers.NextName());
        call.Set(Attr.RemoteTnNormalized, PhoneNumbers.Normalize(ani));
        if (workgroup is not null)
        {
            call.AssignWorkgroup(workgroup);
            call.Set(Attr.WorkgroupName, workgroup.Name);
            workgroup.Interactions.Add(call);
            call.QueueSequence = _nextQueueSequence++;
            SetState(call, CallStates.Offering, "ACD - Wait Agent");
            workgroup.Waiting.Add(call);
        }
        else
        {
            OfferTo(call, user!);
        }

        return call;
    }

    private Interaction NewInteraction(CallPlan? plan)
    {
        var id = (_nextInteractionId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var call = new Interaction(id, Now, plan, OnInteractionChanging);
        call.Set(Attr.ObjectType, ObjectTypes.Call);
        foreach (var name in (ReadOnlySpan<string>)[Attr.RemoteName, Attr.LocalAddress, Attr.LocalUserId, Attr.UserName,
                     Attr.WorkgroupName, Attr.ConnectTime, Attr.TerminationTime, Attr.ConferenceId])
        {
            call.Set(name, "");
        }

        call.Set(Attr.Muted, "0");
        _interactions[id] = call;
        return call;
    }

    private void ConnectCall(Interaction call)
    {
        var firstConnect = call.Get(Attr.ConnectTime).Length == 0;
        SetState(call, CallStates.Connected, "Connected");
        if (call.Chat is not null)
        {
            JoinChat(call);
        }

        _outsideTransfers.Remove(call.Id);
        ReleaseTransferor(call);
        // An intercom call's other side connects with it; an intercom chat's does not (its target picks it up).
        if (call.Peer is { State: CallStates.Proceeding or CallStates.Alerting, Chat: null } peer)
        {
            ConnectCall(peer);
        }

        if (firstConnect)
        {
            call.Set(Attr.ConnectTime, IcwsTime.Compact(Now));
            if (call.Plan?.TalkTime is { } talkTime)
            {
                After(talkTime, () =>
                {
                    if (!call.IsDisconnected && !call.Deallocated)
                    {
                        DisconnectCall(call, remote: true);
                    }
                });
            }
        }

        RefreshUser(call.User);
    }

    private void HoldCall(Interaction call)
    {
        SetState(call, CallStates.Held, "On Hold");
        RefreshUser(call.User);
    }

    private void DisconnectCall(Interaction call, bool remote)
    {
        if (call.IsDisconnected)
        {
            return;
        }

        call.Workgroup?.Waiting.Remove(call);
        SetState(call, remote ? CallStates.RemoteDisconnect : CallStates.LocalDisconnect,
            remote ? "Disconnected (Remote Disconnect)" : "Disconnected (Local Disconnect)");
        call.Set(Attr.TerminationTime, IcwsTime.Compact(Now));
        if (call.Chat is not null)
        {
            EndChat(call, remote);
        }

        if (call.Email is not null)
        {
            EmailEnded(call);
        }

        RefreshUser(call.User);
        _outsideTransfers.Remove(call.Id);
        ReleaseTransferor(call);
        if (call.Peer is { IsDisconnected: false } peer)
        {
            DisconnectCall(peer, remote: true);
        }

        EndCallControls(call);
        if (call.Plan?.Run is { } run)
        {
            run.Completed++;
        }

        KeepForWrapUp(call);
        var epoch = call.Epoch;

        // An email reopened meanwhile is not deallocated by its earlier disconnect's timer.
        After(call.Email is not null ? _options.Emails.DeallocationDelay ?? _options.DeallocationDelay : _options.DeallocationDelay, () =>
        {
            if (call.Email is null || call.Epoch == epoch)
            {
                Deallocate(call);
            }
        });
    }

    private void Deallocate(Interaction call)
    {
        if (call.Deallocated)
        {
            return;
        }

        ReleaseTransferor(call);
        call.Deallocate();
        _interactions.Remove(call.Id);
        call.User?.Interactions.Remove(call);
        call.Workgroup?.Interactions.Remove(call);
    }

    private void SetState(Interaction call, char state, string text)
    {
        call.SetState(state, text);
        call.Set(Attr.Capabilities, _capabilityMasks[state]);
    }

    /// <summary>Keeps onPhone (a connected or held call) and the idle clock of the user in step.</summary>
    private void RefreshUser(SimUser? user)
    {
        if (user is null)
        {
            return;
        }

        var now = Now;
        var onPhone = user.Interactions.Exists(i => i.IsOnPhone);
        if (onPhone != user.OnPhone)
        {
            user.OnPhone = onPhone;
            user.OnPhoneChanged = now;
            MarkUserDirty(user);
        }

        var active = user.Interactions.Exists(i => !i.IsDisconnected);
        if (user.HasActiveCall && !active)
        {
            user.IdleSince = now;
        }

        user.HasActiveCall = active;
    }

    private Interaction FindForControl(string interactionId) =>
        _interactions.GetValueOrDefault(interactionId) ?? throw NotFound($"Interaction {interactionId} does not exist.");

    private static InteractionSnapshot Snapshot(Interaction call) => new(
        call.Id,
        call.State.ToString(),
        new Dictionary<string, string>(call.Attributes, StringComparer.OrdinalIgnoreCase),
        call.User?.Id,
        call.Workgroup?.Name);
}
