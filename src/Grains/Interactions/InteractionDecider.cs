namespace PureConnect.Grains.Interactions;

/// <summary>
/// The rules of one interaction's life: what each ICWS observation means, as events. Pure: no I/O, time
/// passed in. Observing the same thing twice yields no events (duplicate messages change nothing); a
/// disconnect reported by CIC is final. Only a close of ours (<see cref="DisconnectedBy.Unobserved"/>) can be wrong: an
/// interaction closed so and then seen alive again is reopened.
/// </summary>
public static class InteractionDecider
{
    public static IReadOnlyList<InteractionEvent> Observe(InteractionModel state, ObservedInteraction seen)
    {
        var events = new List<InteractionEvent>();
        var at = seen.ObservedAt;
        if (state.IsEnded)
        {
            if (!Reopens(state, seen))
            {
                return events;
            }

            var reopened = new InteractionReopened(at);
            events.Add(reopened);
            state = Evolve(state, reopened);
        }

        if (!state.Discovered)
        {
            events.Add(new InteractionDiscovered(seen.InteractionId, seen.ObjectType, seen.Direction, seen.RemoteAddress,
                seen.RemoteName, seen.Workgroup, seen.Internal, seen.InitiatedAt, at));
        }
        else if (PartyChanged(state, seen))
        {
            events.Add(new InteractionPartyChanged(
                Prefer(seen.RemoteAddress, state.RemoteAddress), Prefer(seen.RemoteName, state.RemoteName), at));
        }

        if (state.Discovered && seen.Workgroup is { } workgroup && workgroup != state.Workgroup && seen.Status != InteractionStatus.Offering)
        {
            events.Add(new InteractionRouted(workgroup, at));
        }

        var reassigned = seen.UserId is { } user && user != state.UserId;
        if ((reassigned || WaitsInAQueue(seen)) && state.UserId is { } previous && !state.IsEnded)
        {
            // It left its previous owner (transferred, back in a workgroup queue): their view lets it go.
            var left = new InteractionUnassigned(previous, at);
            events.Add(left);
            state = Evolve(state, left);
        }

        if (reassigned)
        {
            events.Add(new InteractionAssigned(seen.UserId!, at));
        }

        if (seen.Muted is { } muted && muted != state.Muted && seen.Status != InteractionStatus.Disconnected)
        {
            events.Add(new InteractionMuteChanged(muted, at));
        }

        if (seen.Features is { } features)
        {
            // Nothing known reads as no conference, not Dialer, no account code: an observation saying just that changes nothing.
            var known = state.Features;
            if (known?.ConferenceId != features.ConferenceId || known?.ConferenceMembers != features.ConferenceMembers
                || (known?.IsDialer ?? false) != features.IsDialer || known?.AccountCode != features.AccountCode)
            {
                events.Add(new InteractionFeaturesObserved(features.ConferenceId, features.ConferenceMembers, features.IsDialer, features.AccountCode, at));
            }

            // A snippet someone else started (a supervisor, another monitor) makes Record unavailable.
            if (features.SnippetRecording is { } snippet)
            {
                events.AddRange(Calls.RecordingPrecedence.ObserveSnippet(state.Recording, snippet, at));
            }
        }

        if (seen.Callback is { } callback && Callbacks.CallbackRules.Concerns(state, seen))
        {
            events.AddRange(Callbacks.CallbackRules.Observe(state.Callback, callback, at));
        }

        if (seen.Status != InteractionStatus.Unknown && seen.Status != state.Status)
        {
            events.Add(StatusEvent(state, seen));
            if (seen.Status == InteractionStatus.Disconnected)
            {
                // Whatever recorded or paused the recording stops with the call.
                events.AddRange(Calls.RecordingPrecedence.CallEnded(state.Recording, at));
                events.AddRange(Calls.SecurePause.CallEnded(state.SecurePause, at));
            }
        }

        return events;
    }

    /// <summary>The interaction left the queue of <paramref name="userId"/>.</summary>
    public static IReadOnlyList<InteractionEvent> Removed(InteractionModel state, string? userId, DateTimeOffset at)
    {
        if (!state.Discovered || state.Deallocated)
        {
            return [];
        }

        if (state.IsEnded)
        {
            return [new InteractionDeallocated(at)];
        }

        return userId is not null && state.UserId == userId ? [new InteractionUnassigned(userId, at)] : [];
    }

    /// <summary>
    /// Gone from every watched queue after a reconnect, and CIC confirmed it ended (look-up: not found, or disconnected)
    /// while nobody was watching.
    /// </summary>
    public static IReadOnlyList<InteractionEvent> CloseUnobserved(InteractionModel state, DateTimeOffset at)
    {
        if (!state.Discovered || state.Deallocated)
        {
            return [];
        }

        return state.IsEnded
            ? [new InteractionDeallocated(at)]
            : [new InteractionDisconnected(DisconnectedBy.Unobserved, at), new InteractionDeallocated(at)];
    }

    /// <summary>Closed by us as unobserved, yet CIC shows it alive (not disconnected): that close was wrong. A received email
    /// the agent reopened (spec: "Pick up or reopen an email message") is alive again too, until CIC lets it go.</summary>
    public static bool Reopens(InteractionModel state, ObservedInteraction seen) =>
        (state is { IsEnded: true, DisconnectedBy: DisconnectedBy.Unobserved }
            || (state is { IsEnded: true, Deallocated: false } && Emails.EmailRules.IsEmail(state) && !Emails.EmailRules.IsDraft(state)))
        && seen.Status is not (InteractionStatus.Unknown or InteractionStatus.Disconnected);

    /// <summary>A call pops once: the first decision is kept, later ones (redeliveries) change nothing.</summary>
    public static IReadOnlyList<InteractionEvent> DecideScreenPop(InteractionModel state, ScreenPopView decision, DateTimeOffset at) =>
        state.Discovered && state.ScreenPop is null ? [new ScreenPopDecided(decision, at)] : [];

    public static InteractionModel Evolve(InteractionModel state, InteractionEvent @event) => @event switch
    {
        InteractionDiscovered e => state with
        {
            Discovered = true,
            InteractionId = e.InteractionId,
            ObjectType = e.ObjectType,
            Direction = e.Direction,
            RemoteAddress = e.RemoteAddress,
            RemoteName = e.RemoteName,
            Workgroup = e.Workgroup,
            Internal = e.Internal,
            FirstSeenAt = e.InitiatedAt ?? e.OccurredAt,
        },
        InteractionAssigned e => state with { UserId = e.UserId, Transfer = Calls.TransferRules.NewLeg(state.Transfer) },
        InteractionUnassigned => state with
        {
            UserId = null,
            Status = state.Status == InteractionStatus.Alerting ? InteractionStatus.Offering : state.Status,
        },
        InteractionPartyChanged e => state with { RemoteAddress = e.RemoteAddress, RemoteName = e.RemoteName },
        InteractionOffered e => state with { Status = InteractionStatus.Offering, Workgroup = e.Workgroup ?? state.Workgroup },
        InteractionAlerting e => state with
        {
            Status = InteractionStatus.Alerting,
            UserId = e.UserId ?? state.UserId,
            Transfer = Calls.TransferRules.NewLeg(state.Transfer),
        },
        InteractionDialing => state with { Status = InteractionStatus.Dialing },
        InteractionConnected e => state with { Status = InteractionStatus.Connected, ConnectedAt = state.ConnectedAt ?? e.OccurredAt },
        InteractionHeld => state with { Status = InteractionStatus.Held },
        InteractionRetrieved => state with { Status = InteractionStatus.Connected },
        InteractionSentToVoicemail => state with { Status = InteractionStatus.Voicemail },
        InteractionMuteChanged e => state with { Muted = e.Muted },
        InteractionDisconnected e => state with
        {
            Status = InteractionStatus.Disconnected,
            DisconnectedAt = e.OccurredAt,
            DisconnectedBy = e.By,
            Muted = false,
        },
        InteractionDeallocated => state with { Deallocated = true },
        InteractionReopened => state with
        {
            Status = InteractionStatus.Unknown,
            DisconnectedAt = null,
            DisconnectedBy = DisconnectedBy.Unknown,
            Deallocated = false,
        },
        ScreenPopDecided e => state with { ScreenPop = e.Decision },
        CallLogEdited e => state with { CallLog = e },
        InteractionFeaturesObserved e => state with { Features = e },
        InteractionRouted e => state with { Workgroup = e.Workgroup },
        CallLogAssociated e => state with { Associated = e },
        Calls.AdHocRecordingStarted or Calls.AdHocRecordingStopped or Calls.SnippetRecordingStarted or Calls.SnippetRecordingStopped
            or Calls.SnippetRecordingConfirmed
            => state with { Recording = Calls.RecordingPrecedence.Evolve(state.Recording, @event) },
        Calls.SecurePauseStarted or Calls.SecurePauseReset or Calls.SecurePauseEnded
            => state with { SecurePause = Calls.SecurePause.Evolve(state.SecurePause, @event) },
        Calls.InteractionTransferred or Calls.ConsultStarted or Calls.ConsultModeChanged or Calls.ConsultDisconnected
            => state with { Transfer = Calls.TransferRules.Evolve(state.Transfer, @event) },
        Calls.AssistanceRequested or Calls.AssistanceCompleted => state with { Assistance = Calls.AssistanceRules.Evolve(state.Assistance, @event) },
        Calls.ConferenceCreated or Calls.ConferenceCallAdded or Calls.ConferencePartyLeft or Calls.ConferenceEnded => state,
        WrapUpPrompted or WrapUpAssigned or WrapUpTimedOut => state with { WrapUp = WrapUpDecider.Evolve(state.WrapUp, @event) },
        DialerDataPopRecorded or DialerDispositionRecorded => state with { Dialer = DialerCallRecord.Evolve(state.Dialer, @event) },
        Callbacks.CallbackRequestObserved or Callbacks.CallbackCallPlaced or Callbacks.CallbackRetried or Callbacks.CallbackCompleted
            => state with { Callback = Callbacks.CallbackRules.Evolve(state.Callback, @event) },
        Chats.ChatMemberJoined or Chats.ChatMemberLeft or Chats.ChatTypingChanged or Chats.ChatTextAdded or Chats.ChatRead
            => state with { Chat = Chats.ChatRules.Evolve(state.Chat, @event) },
        Emails.EmailContentsObserved or Emails.EmailResponseCreated or Emails.EmailDraftSaved or Emails.EmailAttachmentUploaded
            or Emails.EmailAttachmentRemoved or Emails.EmailSent or Emails.EmailCaseObserved
            => state with { Email = Emails.EmailRules.Evolve(state.Email, @event) },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown interaction event"),
    };

    private static InteractionEvent StatusEvent(InteractionModel state, ObservedInteraction seen)
    {
        var at = seen.ObservedAt;
        return seen.Status switch
        {
            InteractionStatus.Offering => new InteractionOffered(seen.Workgroup, at),
            InteractionStatus.Alerting => new InteractionAlerting(seen.UserId, at),
            InteractionStatus.Dialing => new InteractionDialing(at),
            InteractionStatus.Connected when state.Status == InteractionStatus.Held && state.ConnectedAt is not null
                => new InteractionRetrieved(at),
            InteractionStatus.Connected => new InteractionConnected(seen.ConnectedAt ?? at),
            InteractionStatus.Held => new InteractionHeld(at),
            InteractionStatus.Voicemail => new InteractionSentToVoicemail(at),
            InteractionStatus.Disconnected => new InteractionDisconnected(seen.DisconnectedBy, seen.TerminatedAt ?? at),
            _ => throw new ArgumentOutOfRangeException(nameof(seen), seen.Status, "No event for this status"),
        };
    }

    /// <summary>
    /// Offered to no user: it waits in a workgroup queue (a blind transfer to a workgroup), though CIC may still list it on the queue
    /// of the agent who sent it until an agent takes it. It is no longer that agent's: it leaves their view.
    /// </summary>
    private static bool WaitsInAQueue(ObservedInteraction seen) => seen.Unassigned && seen.Status == InteractionStatus.Offering;

    private static bool PartyChanged(InteractionModel state, ObservedInteraction seen) =>
        (seen.RemoteAddress.Length > 0 && seen.RemoteAddress != state.RemoteAddress)
        || (seen.RemoteName.Length > 0 && seen.RemoteName != state.RemoteName);

    private static string Prefer(string seen, string known) => seen.Length > 0 ? seen : known;
}
