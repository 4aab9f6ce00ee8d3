namespace PureConnect.Simulators.CicServer.Engine;

// What an agent's session does to interactions: place calls, read and write attributes, commands.
public sealed partial class CicEngine
{
    /// <summary>Places an outbound call (state R, then C after <c>OutboundAnswerDelay</c>). With account codes enabled an
    /// unknown <paramref name="accountCodeId"/> is refused; with them disabled it is ignored (reference §7.2).</summary>
    public string CreateCall(
        Session session, string? target, string? workgroup = null, IReadOnlyDictionary<string, string>? additionalAttributes = null,
        string? accountCodeId = null) => Run(() => CreateCallCore(session, target, workgroup, additionalAttributes, accountCodeId).Id);

    private Interaction CreateCallCore(
        Session session, string? target, string? workgroup, IReadOnlyDictionary<string, string>? additionalAttributes, string? accountCodeId)
    {
        EnsureAlive(session);
        var station = session.Station ?? throw NoStation();
        target = target?.Trim();
        if (string.IsNullOrEmpty(target))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "target is required.");
        }

        // A user's extension dials that user, as CIC does (the Directory view calls agents by extension).
        var targetUser = _users.GetValueOrDefault(target) ?? _users.Values.FirstOrDefault(u => u.Extension == target);
        if (targetUser is null && !PhoneNumbers.IsDialable(target))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidTarget, $"'{target}' is neither a dialable number nor a user.");
        }

        SimWorkgroup? group = null;
        if (!string.IsNullOrWhiteSpace(workgroup) && !_workgroups.TryGetValue(workgroup, out group))
        {
            throw new IcwsErrorException(400, ErrorIds.WorkgroupNotFound, $"The workgroup '{workgroup}' does not exist.");
        }

        var accountCode = AccountCodeFor(accountCodeId);
        var call = PlaceCall(session.User, station, target, targetUser, autoAnswer: true);
        call.Set(Attr.WorkgroupName, group?.Name ?? "");
        if (accountCode is not null)
        {
            call.Set(Attr.AccountCode, accountCode.Id);
        }

        SetAdditionalAttributes(call, additionalAttributes);
        return call;
    }

    /// <summary>A new outbound call of <paramref name="user"/> in state R; the far end answers after <c>OutboundAnswerDelay</c>
    /// when <paramref name="autoAnswer"/> (the control API answers, refuses or hangs up meanwhile).</summary>
    private Interaction PlaceCall(SimUser user, StationConnection station, string target, SimUser? targetUser, bool autoAnswer)
    {
        var call = NewInteraction(plan: null);
        call.Set(Attr.CallDirection, "O");
        call.Set(Attr.CallType, targetUser is null ? "E" : "I");
        call.Set(Attr.RemoteAddress, target);
        call.Set(Attr.RemoteName, targetUser?.DisplayName ?? "");
        call.Set(Attr.RemoteTnNormalized, targetUser?.Extension ?? PhoneNumbers.Normalize(target));
        call.Set(Attr.UserName, user.Id);
        call.Set(Attr.LocalUserId, user.Id);
        call.Set(Attr.LocalAddress, station.Extension);
        call.AssignUser(user);
        user.Interactions.Add(call);
        SetState(call, CallStates.Proceeding, "Proceeding");
        RefreshUser(user);
        if (autoAnswer)
        {
            AnswerLater(call);
        }

        return call;
    }

    private void AnswerLater(Interaction call)
    {
        if (_options.OutboundAnswerDelay > TimeSpan.Zero)
        {
            var epoch = call.Epoch;
            After(_options.OutboundAnswerDelay, () =>
            {
                if (call.Epoch == epoch)
                {
                    ConnectCall(call);
                }
            });
        }
    }

    private static void SetAdditionalAttributes(Interaction call, IReadOnlyDictionary<string, string>? attributes)
    {
        foreach (var (name, value) in attributes ?? new Dictionary<string, string>())
        {
            if (!Attr.Maintained.Contains(name))
            {
                call.Set(name, value);
            }
        }
    }

    /// <summary>Attribute values by requested name (unset ones are empty); no names → only <c>Eic_CallId</c>.</summary>
    public IReadOnlyDictionary<string, string> GetAttributes(Session session, string interactionId, IReadOnlyList<string> names) => Run(() =>
    {
        EnsureAlive(session);
        var call = FindInteraction(interactionId);
        if (call.User != session.User && call.TransferredFrom != session.User && !session.User.CanMonitorQueues
            && !(call.Workgroup?.Members.ContainsKey(session.UserId) ?? false))
        {
            throw new IcwsErrorException(403, ErrorIds.AccessDenied, $"The user may not see interaction {interactionId}.");
        }

        IReadOnlyList<string> selected = names.Count > 0 ? names : [Attr.CallId];
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in selected)
        {
            attributes.TryAdd(name, call.Get(name));
        }

        return attributes;
    });

    /// <summary>Sets custom attributes. <paramref name="appendMode"/>: 1 append, 2 append with a <c>|</c> separator.</summary>
    public void SetAttributes(Session session, string interactionId, IReadOnlyDictionary<string, string?> attributes, int appendMode = 0) => Run(() =>
    {
        EnsureAlive(session);
        var call = FindInteraction(interactionId);
        if (call.User != session.User && !session.User.CanMonitorQueues)
        {
            throw NotYourInteraction(interactionId);
        }

        if (attributes.Keys.FirstOrDefault(Attr.Maintained.Contains) is { } reserved)
        {
            throw new IcwsErrorException(400, ErrorIds.ReadOnlyAttribute, $"The attribute '{reserved}' is maintained by the server.");
        }

        foreach (var (name, value) in attributes)
        {
            var old = call.Get(name);
            call.Set(name, appendMode switch
            {
                1 => old + value,
                2 when old.Length > 0 => old + "|" + value,
                _ => value ?? "",
            });
        }
    });

    public void Pickup(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        var call = FindInteraction(interactionId);
        if (call.User != session.User)
        {
            PickupFromWorkgroup(session, call);
            return;
        }

        switch (call.State)
        {
            case CallStates.Alerting or CallStates.Held:
                HoldOtherCalls(session.User, call);
                ConnectCall(call);
                break;
            case CallStates.Connected:
                break;
            case CallStates.LocalDisconnect or CallStates.RemoteDisconnect when TryReopenEmail(call):
                break;
            default:
                throw InvalidState(call, "pickup");
        }
    });

    /// <summary>Ends the user's part: an alerting ACD call is declined (back to its workgroup queue), leaving a conference
    /// interaction leaves the conference, anything else disconnects.</summary>
    public void Disconnect(Session session, string interactionId) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        EnsureNoOpenResponses(call);
        if (call.State == CallStates.Alerting && call.Workgroup is not null && _options.CallControls.DeclinedAcdCallsReturnToQueue)
        {
            ReturnToQueue(call);
        }
        else if (_conferences.TryGetValue(call.Id, out var conference) && !conference.Ended)
        {
            LeaveConference(conference);
        }
        else
        {
            DisconnectCall(call, remote: false);
        }
    });

    /// <summary>Picking up a call holds the user's other connected calls ([U], <c>PickupHoldsConnectedCalls</c>); members
    /// of a conference stay connected to each other (the conference interaction is held instead).</summary>
    private void HoldOtherCalls(SimUser user, Interaction picked)
    {
        // Chats share no voice path: picking one up holds nothing, and picking up a call leaves the chats connected.
        if (!_options.CallControls.PickupHoldsConnectedCalls || picked.IsMedia)
        {
            return;
        }

        foreach (var other in user.Interactions.Where(i => i != picked && i.User == user && i.State == CallStates.Connected
                     && i.ConferenceParentId is null && !i.IsMedia).ToList())
        {
            HoldCall(other);
        }
    }

    public void Hold(Session session, string interactionId, bool on) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        switch (call.State, on)
        {
            case (CallStates.Connected, true):
                HoldCall(call);
                break;
            case (CallStates.Held, false):
                ConnectCall(call);
                break;
            case (CallStates.Held, true) or (CallStates.Connected, false):
                break;
            default:
                throw InvalidState(call, on ? "hold" : "unhold");
        }
    });

    public void Mute(Session session, string interactionId, bool on) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (call.State is not (CallStates.Connected or CallStates.Held or CallStates.Proceeding))
        {
            throw InvalidState(call, "mute");
        }

        call.Set(Attr.Muted, on ? "1" : "0");
    });

    private Interaction FindInteraction(string interactionId) =>
        _interactions.GetValueOrDefault(interactionId)
        ?? throw new IcwsErrorException(404, ErrorIds.InteractionNotFound, $"The interaction {interactionId} was not found.");

    private Interaction FindOwned(Session session, string interactionId)
    {
        EnsureAlive(session);
        var call = FindInteraction(interactionId);
        return call.User == session.User ? call : throw NotYourInteraction(interactionId);
    }

    private static IcwsErrorException NotYourInteraction(string interactionId) =>
        new(403, ErrorIds.AccessDenied, $"The interaction {interactionId} is not on the user's queue.");

    private static IcwsErrorException InvalidState(Interaction call, string command) =>
        new(400, ErrorIds.InvalidState, $"Cannot {command} interaction {call.Id} in state {call.State}.");
}
