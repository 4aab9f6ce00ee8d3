namespace PureConnect.Grains.Agents.Presence;

/// <summary>
/// The Omni-Channel status sync (spec: "agents are not routed interactions from both products simultaneously"). Pure.
/// <list type="bullet">
/// <item>CIC → Omni: a CIC status with a map (or leaving a mapped one, to the transition status) becomes a request the
/// agent's console applies; a request is held while the agent is on a call if the presence would route Omni work.</item>
/// <item>Omni → CIC: a presence with a map (or leaving a mapped one) sets the CIC status.</item>
/// <item>No ping-pong: a change the sync caused is never carried back (the CIC statuses it asked for, the presences it
/// requested, even late ones); the agent's latest change wins, so alternating changes converge.</item>
/// </list>
/// </summary>
public static class PresenceSyncRules
{
    /// <summary>How many past requests are remembered to recognise a late application of one of ours.</summary>
    public const int RecentRequests = 8;

    /// <summary>A sync-caused CIC status not seen back within this time is forgotten (CIC lost or refused it).</summary>
    public static readonly TimeSpan EchoLifetime = TimeSpan.FromMinutes(1);

    /// <summary>Why a request the agent overtook in Omni-Channel was withdrawn: it no longer counts as ours if it shows up later.</summary>
    public const string Overtaken = "the agent changed Omni-Channel presence after the request";

    public static string? OmniTargetOf(PresenceSyncSettings settings, string? cicStatusId) =>
        cicStatusId is null ? null
        : settings.Maps.FirstOrDefault(m => PresenceSettingsRules.Carries(m, SyncDirection.CicToOmni)
            && string.Equals(m.CicStatusId.Trim(), cicStatusId, StringComparison.OrdinalIgnoreCase))?.OmniStatusId;

    public static string? CicTargetOf(PresenceSyncSettings settings, string? omniStatusId) =>
        omniStatusId is null ? null
        : settings.Maps.FirstOrDefault(m => PresenceSettingsRules.Carries(m, SyncDirection.OmniToCic) && OmniIds.Same(m.OmniStatusId, omniStatusId))?.CicStatusId.Trim();

    public static bool IsRoutable(PresenceSyncSettings settings, string omniStatusId) =>
        settings.OmniStatuses.FirstOrDefault(s => OmniIds.Same(s.Id, omniStatusId))?.Routable ?? false;

    /// <summary>The agent's CIC status changed from <paramref name="previous"/> to <paramref name="current"/>. A status learnt for the first
    /// time (no <paramref name="previous"/>: the ingest's first snapshot) is no change: the log-in syncs it, or, when the session is open
    /// already (the status was not known at log-in), it is synced as the log-in would have.</summary>
    public static IReadOnlyList<AgentEvent> OnCicStatus(PresenceSyncState state, PresenceSyncSettings settings, string? previous, string current,
        bool onPhone, bool sessionOpen, DateTimeOffset at, string requestId)
    {
        if (!settings.Enabled || state.ExpectedCic.Any(e => string.Equals(e.StatusId, current, StringComparison.OrdinalIgnoreCase)))
            return [];
        if (previous is null)
            return sessionOpen ? Request(state, settings, OmniTargetOf(settings, current), current, onPhone, at, requestId) : [];

        return Request(state, settings, DesiredOmni(settings, previous, current), current, onPhone, at, requestId);
    }

    /// <summary>Omni-Channel shows <paramref name="seen"/> (a query of the org or the console). <paramref name="currentCic"/> is the CIC status now.</summary>
    public static IReadOnlyList<AgentEvent> OnOmniPresence(PresenceSyncState state, PresenceSyncSettings settings, OmniPresenceObservation seen,
        string? currentCic, bool onPhone, DateTimeOffset at, string requestId)
    {
        if (state.OmniSince is { } since && seen.StartedAt < since)
            return []; // older than what we know
        if (OmniIds.Same(state.OmniStatusId, seen.OmniStatusId) && state.Pending is null)
            return [];

        var events = new List<AgentEvent>();
        if (!OmniIds.Same(state.OmniStatusId, seen.OmniStatusId) || state.OmniSince != seen.StartedAt)
            events.Add(new OmniPresenceObserved(seen.OmniStatusId, seen.StartedAt, at));

        if (state.Pending is { } pending)
        {
            if (OmniIds.Same(pending.OmniStatusId, seen.OmniStatusId))
            {
                events.Add(new OmniPresenceConfirmed(pending.RequestId, seen.OmniStatusId, at));
                return events; // our own change: never carried back
            }

            if (seen.StartedAt < pending.RequestedAt)
                return events; // a presence from before the request: the console has yet to apply it
        }

        if (!settings.Enabled || OmniIds.Same(state.OmniStatusId, seen.OmniStatusId))
            return events;

        if (state.Recent.LastOrDefault(r => OmniIds.Same(r.OmniStatusId, seen.OmniStatusId) && seen.StartedAt >= r.RequestedAt
            && seen.StartedAt - r.RequestedAt < EchoLifetime) is not null)
        {
            // A late application of an older request of ours: not the agent's choice. Put Omni back where CIC wants it.
            var desired = OmniTargetOf(settings, currentCic);
            if (state.Pending is { } superseded && !OmniIds.Same(superseded.OmniStatusId, desired))
                events.Add(new OmniPresenceWithdrawn(superseded.RequestId, "superseded", at));
            if (desired is not null && !OmniIds.Same(desired, seen.OmniStatusId) && !OmniIds.Same(state.Pending?.OmniStatusId, desired))
                events.Add(new OmniPresenceRequested(requestId, desired, currentCic!, onPhone && IsRoutable(settings, desired), at));
            return events;
        }

        // The agent's own change in Omni-Channel: it wins over a request still waiting for the console.
        if (state.Pending is { } overtaken)
            events.Add(new OmniPresenceWithdrawn(overtaken.RequestId, Overtaken, at));

        // Logging out of Omni-Channel is carried only by a map that names Offline, never by the transition status.
        var cic = CicTargetOf(settings, seen.OmniStatusId)
            ?? (CicTargetOf(settings, state.OmniStatusId) is not null && !OmniIds.Same(seen.OmniStatusId, OmniIds.Offline) ? settings.TransitionCicStatusId : null);
        if (cic is not null && !string.Equals(cic, currentCic, StringComparison.OrdinalIgnoreCase))
            events.Add(new CicStatusSyncRequested(cic, seen.OmniStatusId, at));

        return events;
    }

    /// <summary>Why a CIC status the sync asked for was not set: the agent had no CIC session (it is set when the session starts).</summary>
    public const string NoSession = "the agent has no CIC session";

    /// <summary>
    /// The agent's session started (log-in): an Omni-Channel change made meanwhile, newer than the CIC status, sets the CIC status;
    /// otherwise the current CIC status is requested in Omni-Channel as its map says (the sync does not wait for the first change).
    /// </summary>
    public static IReadOnlyList<AgentEvent> OnLogIn(PresenceSyncState state, PresenceSyncSettings settings, string? currentCic, bool onPhone,
        DateTimeOffset at, string requestId)
    {
        if (!settings.Enabled)
            return [];
        if (state.Unapplied is { } unapplied)
        {
            return string.Equals(unapplied.CicStatusId, currentCic, StringComparison.OrdinalIgnoreCase)
                ? []
                : [new CicStatusSyncRequested(unapplied.CicStatusId, unapplied.OmniStatusId, at)];
        }

        if (currentCic is null)
            return []; // not known yet: its first observation syncs it

        return Request(state, settings, OmniTargetOf(settings, currentCic), currentCic, onPhone, at, requestId);
    }

    /// <summary>The console applied request <paramref name="requestId"/>: an observation of Omni, if it is the current request.</summary>
    public static (IReadOnlyList<AgentEvent> Events, CommandResult? Refused) Confirm(PresenceSyncState state, PresenceSyncSettings settings, string requestId,
        OmniPresenceObservation seen, string? currentCic, bool onPhone, DateTimeOffset at, string newRequestId)
    {
        if (state.Pending is not { } pending || pending.RequestId != requestId)
            return ([], CommandResult.Fail("presence.staleRequest", "That presence request is no longer current."));
        if (pending.HeldForCall)
            return ([], CommandResult.Fail("presence.held", "That presence request waits for the call to end."));
        if (!OmniIds.Same(pending.OmniStatusId, seen.OmniStatusId))
            return ([], CommandResult.Fail("presence.mismatch", "The confirmed presence is not the requested one."));

        return (OnOmniPresence(state, settings, seen, currentCic, onPhone, at, newRequestId), null);
    }

    /// <summary>The agent's call started or ended: a routable request waits for the end of the call.</summary>
    public static IReadOnlyList<AgentEvent> OnPhone(PresenceSyncState state, PresenceSyncSettings settings, bool onPhone, DateTimeOffset at) =>
        state.Pending switch
        {
            { HeldForCall: true } held when !onPhone => [new OmniPresenceReleased(held.RequestId, at)],
            { HeldForCall: false } open when onPhone && IsRoutable(settings, open.OmniStatusId) => [new OmniPresenceHeld(open.RequestId, at)],
            _ => [],
        };

    public static PresenceSyncState Evolve(PresenceSyncState state, AgentEvent @event) => @event switch
    {
        OmniPresenceObserved e => state with
        {
            OmniStatusId = e.OmniStatusId,
            OmniSince = e.StartedAt,
            Unapplied = state.Unapplied is { } u && !OmniIds.Same(u.OmniStatusId, e.OmniStatusId) ? null : state.Unapplied,
        },
        OmniPresenceRequested e => state with
        {
            Pending = new PendingOmniPresence(e.RequestId, e.OmniStatusId, e.CicStatusId, e.OccurredAt, e.HeldForCall),
            Recent = [.. state.Recent.TakeLast(RecentRequests - 1), new PendingOmniPresence(e.RequestId, e.OmniStatusId, e.CicStatusId, e.OccurredAt, e.HeldForCall)],
        },
        OmniPresenceHeld e when state.Pending?.RequestId == e.RequestId => state with { Pending = state.Pending with { HeldForCall = true } },
        OmniPresenceReleased e when state.Pending?.RequestId == e.RequestId => state with { Pending = state.Pending with { HeldForCall = false } },
        // An applied request is done: the same presence seen later is the agent's own choice, not a late application of ours.
        OmniPresenceConfirmed e when state.Pending?.RequestId == e.RequestId => state with
        {
            Pending = null,
            OmniStatusId = e.OmniStatusId,
            Recent = state.Recent.RemoveAll(r => r.RequestId == e.RequestId),
        },
        OmniPresenceWithdrawn e => state with
        {
            Pending = state.Pending?.RequestId == e.RequestId ? null : state.Pending,
            Recent = e.Reason == Overtaken ? state.Recent.RemoveAll(r => r.RequestId == e.RequestId) : state.Recent,
        },
        CicStatusSyncRequested e => state with
        {
            ExpectedCic = [.. state.ExpectedCic.Where(x => x.RequestedAt >= e.OccurredAt - EchoLifetime), new SyncedCicStatus(e.CicStatusId, e.OccurredAt)],
            Unapplied = null,
        },
        CicStatusSyncFailed e => state with
        {
            ExpectedCic = state.ExpectedCic.RemoveAll(x => string.Equals(x.StatusId, e.CicStatusId, StringComparison.OrdinalIgnoreCase)),
            Unapplied = e.Reason == NoSession && state.OmniStatusId is { } omni ? new UnappliedCicStatus(e.CicStatusId, omni, e.OccurredAt) : state.Unapplied,
        },
        // A CIC change newer than the unapplied Omni change is the agent's latest word.
        AgentStatusChanged e => state with
        {
            ExpectedCic = AfterCicChange(state.ExpectedCic, e),
            Unapplied = state.Unapplied is { } u && e.OccurredAt > u.At ? null : state.Unapplied,
        },
        _ => state,
    };

    /// <summary>A CIC status seen back ends its expectation and every older one; stale expectations go.</summary>
    private static System.Collections.Immutable.ImmutableList<SyncedCicStatus> AfterCicChange(
        System.Collections.Immutable.ImmutableList<SyncedCicStatus> expected, AgentStatusChanged change)
    {
        var index = expected.FindLastIndex(x => string.Equals(x.StatusId, change.StatusId, StringComparison.OrdinalIgnoreCase));
        var rest = index < 0 ? expected : expected.RemoveRange(0, index + 1);
        return rest.RemoveAll(x => x.RequestedAt < change.OccurredAt - EchoLifetime);
    }

    private static string? DesiredOmni(PresenceSyncSettings settings, string? previous, string current) =>
        OmniTargetOf(settings, current) ?? (OmniTargetOf(settings, previous) is not null ? settings.TransitionOmniStatusId : null);

    private static IReadOnlyList<AgentEvent> Request(PresenceSyncState state, PresenceSyncSettings settings, string? target, string cic, bool onPhone,
        DateTimeOffset at, string requestId)
    {
        if (target is null || OmniIds.Same(state.Pending?.OmniStatusId, target))
            return [];
        if (OmniIds.Same(state.OmniStatusId, target))
            return state.Pending is { } stale ? [new OmniPresenceWithdrawn(stale.RequestId, "Omni-Channel already shows that presence", at)] : [];

        return [new OmniPresenceRequested(requestId, target, cic, onPhone && IsRoutable(settings, target), at)];
    }
}
