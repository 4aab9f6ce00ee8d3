namespace PureConnect.Grains.Agents;

/// <summary>
/// The rules of an agent's stream: sessions, observed status and presence, and the contents of the user
/// queue. Pure; observing the same status or queue twice yields no events.
/// </summary>
public static class AgentDecider
{
    /// <summary>A new CIC session carries no Dialer session: one the last session still had (lost before it was noticed) ended with it.</summary>
    public static IReadOnlyList<AgentEvent> LogIn(AgentModel state, string sessionId, StationSelection station, DateTimeOffset at, string? displayName = null) =>
        state.SessionId == sessionId && state.Station == station ? []
        : [.. state.SessionId == sessionId ? [] : Dialer.DialerDecider.SessionEnded(state.Dialer, at), new AgentLoggedIn(sessionId, station, at, displayName)];

    /// <summary>A station chosen with "Remember Station" is remembered; one chosen without it forgets the remembered one.</summary>
    public static IReadOnlyList<AgentEvent> Remember(AgentModel state, StationSelection station, bool remember, DateTimeOffset at) =>
        remember
            ? state.RememberedStation == station ? [] : [new AgentStationRemembered(station, at)]
            : state.RememberedStation is null ? [] : [new AgentStationForgotten(at)];

    public static IReadOnlyList<AgentEvent> SetFavorites(AgentModel state, IReadOnlyList<string> statusIds, DateTimeOffset at) =>
        state.Favorites.SequenceEqual(statusIds, StringComparer.OrdinalIgnoreCase) ? [] : [new AgentFavoriteStatusesChanged([.. statusIds], at)];

    /// <summary>A log-out, or the CIC session ended: the Dialer session ends with it (<see cref="Dialer.DialerDecider.SessionEnded"/>).</summary>
    public static IReadOnlyList<AgentEvent> LogOut(AgentModel state, string reason, DateTimeOffset at) =>
        state.SessionId is null ? [] : [.. Dialer.DialerDecider.SessionEnded(state.Dialer, at), new AgentLoggedOut(reason, at)];

    public static IReadOnlyList<AgentEvent> ObserveStatus(AgentModel state, AgentStatusObservation seen)
    {
        var events = new List<AgentEvent>();
        if (!string.Equals(seen.StatusId, state.StatusId, StringComparison.OrdinalIgnoreCase)
            || seen.Notes != state.Notes || seen.ForwardNumber != state.ForwardNumber || seen.Until != state.Until)
        {
            events.Add(new AgentStatusChanged(seen.StatusId, seen.Notes, seen.ForwardNumber, seen.Until,
                seen.StatusChangedAt ?? seen.ObservedAt));
        }

        if (seen.OnPhone is { } onPhone && onPhone != state.OnPhone)
        {
            events.Add(new AgentOnPhoneChanged(onPhone, seen.ObservedAt));
        }

        if (seen.LoggedIn is { } loggedIn && (loggedIn != state.CicLoggedIn || !seen.Stations.SequenceEqual(state.Stations)))
        {
            events.Add(new AgentCicPresenceChanged(loggedIn, [.. seen.Stations], seen.ObservedAt));
        }

        return events;
    }

    public static IReadOnlyList<AgentEvent> ObserveQueue(
        AgentModel state, IReadOnlyList<QueueEntry> added, IReadOnlyList<string> removedKeys, DateTimeOffset at)
    {
        var events = new List<AgentEvent>();
        foreach (var entry in added.DistinctBy(e => e.Key).Where(e => !state.Queue.ContainsKey(e.Key)))
        {
            events.Add(new InteractionQueued(entry.Key, entry.InteractionId, at));
        }

        foreach (var key in removedKeys.Distinct().Where(state.Queue.ContainsKey))
        {
            events.Add(new InteractionDequeued(key, Unobserved: false, at));
        }

        return events;
    }

    /// <summary>
    /// A full snapshot of the queue: what is new is queued; what we thought was there and is gone left the queue while the
    /// channel was down (<see cref="InteractionDequeued.Unobserved"/>). Left the queue, not ended: whether it ended is
    /// for CIC to say, not for this agent's queue.
    /// </summary>
    public static IReadOnlyList<AgentEvent> Reconcile(AgentModel state, IReadOnlyList<QueueEntry> present, DateTimeOffset at)
    {
        var presentKeys = present.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var events = new List<AgentEvent>();
        foreach (var entry in present.DistinctBy(e => e.Key).Where(e => !state.Queue.ContainsKey(e.Key)))
        {
            events.Add(new InteractionQueued(entry.Key, entry.InteractionId, at));
        }

        foreach (var key in state.Queue.Keys.Where(k => !presentKeys.Contains(k)).Order(StringComparer.Ordinal))
        {
            events.Add(new InteractionDequeued(key, Unobserved: true, at));
        }

        return events;
    }

    /// <summary>An interaction's wrap-up opened or settled; repeating what is known changes nothing.</summary>
    public static IReadOnlyList<AgentEvent> NoteWrapUp(AgentModel state, string key, string interactionId, bool open, DateTimeOffset at) =>
        open == state.WrapUps.ContainsKey(key) ? []
        : open ? [new AgentWrapUpPending(key, interactionId, at)]
        : [new AgentWrapUpSettled(key, at)];

    public static AgentModel Evolve(AgentModel state, AgentEvent @event) => @event switch
    {
        CallRecorded e => state with
        {
            CallHistory = Calls.CallHistory.Record(state.CallHistory,
                new Calls.CallHistoryItem(e.InteractionId, e.Name, e.Number, e.At, e.Direction, e.ConnectedAt, e.EndedAt, e.Forwarded)),
        },
        Calls.AdvancedDialSectionToggled e => state with { AdvancedDialOpen = e.Open },
        AgentLoggedIn e => state with { SessionId = e.SessionId, Station = e.Station, DisplayName = e.DisplayName ?? state.DisplayName },
        AgentLoggedOut e => state with
        {
            SessionId = null,
            LogoutReason = LogoutReason.CodeOf(e.Reason),
            Dialer = state.Dialer.LoggedIn ? Dialer.DialerDecider.Evolve(state.Dialer, new Dialer.DialerLoggedOut(e.Reason, e.OccurredAt)) : state.Dialer,
        },
        Dialer.DialerEvent e => state with { Dialer = Dialer.DialerDecider.Evolve(state.Dialer, e) },
        AgentStatusChanged e => state with
        {
            StatusId = e.StatusId,
            Notes = e.Notes,
            ForwardNumber = e.ForwardNumber,
            Until = e.Until,
            StatusSince = e.OccurredAt,
            PresenceSync = Presence.PresenceSyncRules.Evolve(state.PresenceSync, e),
        },
        AgentOnPhoneChanged e => state with { OnPhone = e.OnPhone },
        AgentCicPresenceChanged e => state with { CicLoggedIn = e.LoggedIn, Stations = [.. e.Stations] },
        InteractionQueued e => state with { Queue = state.Queue.SetItem(e.Key, e.InteractionId) },
        InteractionDequeued e => state with { Queue = state.Queue.Remove(e.Key) },
        DialAssociationPending e => state with
        {
            PendingAssociations = state.PendingAssociations.SetItem(e.InteractionId, new DialAssociation(e.WhoId, e.WhatId, e.OccurredAt)),
        },
        DialAssociationSettled e => state with { PendingAssociations = state.PendingAssociations.Remove(e.InteractionId) },
        AgentWrapUpPending e => state with { WrapUps = state.WrapUps.SetItem(e.Key, e.InteractionId) },
        AgentWrapUpSettled e => state with { WrapUps = state.WrapUps.Remove(e.Key) },
        AgentStationRemembered e => state with { RememberedStation = e.Station },
        AgentStationForgotten => state with { RememberedStation = null },
        AgentFavoriteStatusesChanged e => state with { Favorites = [.. e.StatusIds] },
        AgentUserAgreementAccepted or AgentPasswordChanged => state,
        Presence.OmniPresenceObserved or Presence.CicStatusSyncRequested or Presence.CicStatusSyncFailed or Presence.OmniPresenceRequested
            or Presence.OmniPresenceHeld or Presence.OmniPresenceReleased or Presence.OmniPresenceConfirmed or Presence.OmniPresenceWithdrawn =>
            state with { PresenceSync = Presence.PresenceSyncRules.Evolve(state.PresenceSync, @event) },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown agent event"),
    };
}
