using PureConnect.Grains.Agents;
using PureConnect.Grains.Agents.Presence;

namespace PureConnect.Grains.UnitTests.Agents.Presence;

/// <summary>Given the agent's events, when CIC or Omni-Channel changes, then these sync events.</summary>
public sealed class PresenceSyncRulesTests
{
    private const string OmniAvailable = "0N5SIM000000001";
    private const string OmniBusy = "0N5SIM000000002";
    private const string OmniAway = "0N5SIM000000003";
    private const string OmniBreak = "0N5SIM000000004";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    // CIC Available ↔ Omni Busy (PureConnect routes, Omni does not); Omni Available ↔ CIC "Omni Work"; leaving a map: Away / Do Not Disturb.
    private static readonly PresenceSyncSettings Settings = new(
        [
            new PresenceMap("Available", OmniBusy, SyncDirection.TwoWay),
            new PresenceMap("Omni Work", OmniAvailable, SyncDirection.TwoWay),
            new PresenceMap("Break", OmniBreak, SyncDirection.CicToOmni),
        ],
        [
            new OmniStatus(OmniAvailable, "Available", "Available", Routable: true),
            new OmniStatus(OmniBusy, "Busy", "Busy", Routable: false),
            new OmniStatus(OmniAway, "Away", "Away", Routable: false),
            new OmniStatus(OmniBreak, "Break", "Break", Routable: false),
        ],
        TransitionCicStatusId: "Do Not Disturb",
        TransitionOmniStatusId: OmniAway);

    private sealed class Agent(PresenceSyncSettings? settings = null)
    {
        private readonly PresenceSyncSettings _settings = settings ?? Settings;
        private int _ids;
        public AgentModel State { get; private set; } = AgentModel.Initial;
        public List<AgentEvent> Log { get; } = [];

        public IReadOnlyList<AgentEvent> Apply(IReadOnlyList<AgentEvent> events)
        {
            State = events.Aggregate(State, AgentDecider.Evolve);
            Log.AddRange(events);
            return events;
        }

        public string NextId() => $"r{++_ids}";

        /// <summary>CIC reports a status (the agent's own change, or the one the sync asked for).</summary>
        public IReadOnlyList<AgentEvent> Cic(string status, int second, bool? onPhone = null)
        {
            var at = T0.AddSeconds(second);
            var events = AgentDecider.ObserveStatus(State, new AgentStatusObservation(status, null, null, null, onPhone ?? State.OnPhone, true, [], at, at));
            var sync = new List<AgentEvent>();
            var phone = events.OfType<AgentOnPhoneChanged>().LastOrDefault()?.OnPhone ?? State.OnPhone;
            if (events.OfType<AgentStatusChanged>().Any() && !string.Equals(status, State.StatusId, StringComparison.OrdinalIgnoreCase))
                sync.AddRange(PresenceSyncRules.OnCicStatus(State.PresenceSync, _settings, State.StatusId, status, phone, State.SessionId is not null, at, NextId()));
            if (phone != State.OnPhone)
                sync.AddRange(PresenceSyncRules.OnPhone(sync.Aggregate(State.PresenceSync, PresenceSyncRules.Evolve), _settings, phone, at));
            return Apply([.. events, .. sync]);
        }

        /// <summary>The org reports the agent's current presence.</summary>
        public IReadOnlyList<AgentEvent> Omni(string status, int startedSecond, int? seenSecond = null) =>
            Apply(PresenceSyncRules.OnOmniPresence(State.PresenceSync, _settings, new OmniPresenceObservation(status, T0.AddSeconds(startedSecond)),
                State.StatusId, State.OnPhone, T0.AddSeconds(seenSecond ?? startedSecond), NextId()));

        public (IReadOnlyList<AgentEvent> Events, CommandResult? Refused) Confirm(string requestId, string status, int second)
        {
            var (events, refused) = PresenceSyncRules.Confirm(State.PresenceSync, _settings, requestId, new OmniPresenceObservation(status, T0.AddSeconds(second)),
                State.StatusId, State.OnPhone, T0.AddSeconds(second), NextId());
            return (Apply(events), refused);
        }

        /// <summary>The agent's session starts.</summary>
        public IReadOnlyList<AgentEvent> LogIn(int second)
        {
            Apply([new AgentLoggedIn("session", StationSelection.Workstation("station"), T0.AddSeconds(second))]);
            return Apply(PresenceSyncRules.OnLogIn(State.PresenceSync, _settings, State.StatusId, State.OnPhone, T0.AddSeconds(second), NextId()));
        }

        /// <summary>The CIC status the sync asked for could not be set: the agent had no CIC session.</summary>
        public IReadOnlyList<AgentEvent> NoSession(int second) =>
            Apply([.. State.PresenceSync.ExpectedCic.Select(x => new CicStatusSyncFailed(x.StatusId, PresenceSyncRules.NoSession, T0.AddSeconds(second)))]);

        public PendingOmniPresence? Pending => State.PresenceSync.Pending;
    }

    private static Agent InSync()
    {
        var agent = new Agent();
        agent.Cic("Available", 0);
        agent.Omni(OmniBusy, 0);
        if (agent.Pending is { } p)
            agent.Confirm(p.RequestId, OmniBusy, 0);
        return agent;
    }

    [Fact]
    public void A_mapped_CIC_status_becomes_a_presence_request_for_the_console()
    {
        var agent = InSync();

        var events = agent.Cic("Omni Work", 10);

        var request = Assert.Single(events.OfType<OmniPresenceRequested>());
        Assert.Equal(OmniAvailable, request.OmniStatusId);
        Assert.False(request.HeldForCall);
        Assert.Equal(request.RequestId, agent.Pending?.RequestId);
    }

    [Fact]
    public void The_confirmed_presence_is_not_carried_back_to_CIC()
    {
        var agent = InSync();
        var request = agent.Cic("Omni Work", 10).OfType<OmniPresenceRequested>().Single();

        var (confirmed, refused) = agent.Confirm(request.RequestId, OmniAvailable, 11);
        var polled = agent.Omni(OmniAvailable, 11, seenSecond: 15);

        Assert.Null(refused);
        Assert.Contains(confirmed, e => e is OmniPresenceConfirmed);
        Assert.DoesNotContain(confirmed, e => e is CicStatusSyncRequested);
        Assert.Empty(polled);
        Assert.Null(agent.Pending);
    }

    [Fact]
    public void A_presence_chosen_in_Omni_sets_the_mapped_CIC_status_and_its_echo_is_not_sent_back()
    {
        var agent = InSync();

        var events = agent.Omni(OmniAvailable, 20);
        var echo = agent.Cic("Omni Work", 21);

        Assert.Equal("Omni Work", Assert.Single(events.OfType<CicStatusSyncRequested>()).CicStatusId);
        Assert.DoesNotContain(echo, e => e is OmniPresenceRequested);
        Assert.Empty(agent.State.PresenceSync.ExpectedCic);
    }

    [Fact]
    public void An_asymmetric_pair_of_one_way_maps_does_not_ping_pong()
    {
        // Break → Omni Break (one way); Omni Break has no map back, so leaving a mapped presence gives the transition…
        var agent = InSync();
        var request = agent.Cic("Break", 30).OfType<OmniPresenceRequested>().Single();

        agent.Confirm(request.RequestId, OmniBreak, 31);
        var later = agent.Omni(OmniBreak, 31, seenSecond: 40);

        // …but a presence the sync itself set is never carried back to CIC.
        Assert.Empty(later);
        Assert.DoesNotContain(agent.Log, e => e is CicStatusSyncRequested);
    }

    [Fact]
    public void Leaving_a_mapped_CIC_status_for_an_unmapped_one_sends_Omni_to_the_transition_presence()
    {
        var agent = InSync();

        var events = agent.Cic("Lunch", 40);

        Assert.Equal(OmniAway, Assert.Single(events.OfType<OmniPresenceRequested>()).OmniStatusId);
    }

    [Fact]
    public void Leaving_a_mapped_presence_in_Omni_sends_CIC_to_the_transition_status()
    {
        var agent = InSync();

        var events = agent.Omni("0N5SIM00000000X", 50);

        Assert.Equal("Do Not Disturb", Assert.Single(events.OfType<CicStatusSyncRequested>()).CicStatusId);
    }

    [Fact]
    public void A_routable_presence_waits_for_the_end_of_the_call()
    {
        var agent = InSync();
        agent.Cic("Available", 60, onPhone: true);

        var request = agent.Cic("Omni Work", 61).OfType<OmniPresenceRequested>().Single();
        var (_, refused) = agent.Confirm(request.RequestId, OmniAvailable, 62);
        var hungUp = agent.Cic("Omni Work", 70, onPhone: false);

        Assert.True(request.HeldForCall);
        Assert.Equal("presence.held", refused?.ErrorCode);
        Assert.Equal(request.RequestId, Assert.Single(hungUp.OfType<OmniPresenceReleased>()).RequestId);
        Assert.False(agent.Pending?.HeldForCall);
    }

    [Fact]
    public void A_call_starting_before_the_console_applied_a_routable_presence_holds_it()
    {
        var agent = InSync();
        var request = agent.Cic("Omni Work", 80).OfType<OmniPresenceRequested>().Single();

        var events = agent.Cic("Omni Work", 81, onPhone: true);

        Assert.Equal(request.RequestId, Assert.Single(events.OfType<OmniPresenceHeld>()).RequestId);
    }

    [Fact]
    public void A_presence_that_routes_no_work_is_not_held_during_a_call()
    {
        var agent = InSync();
        agent.Cic("Available", 90, onPhone: true);

        var request = agent.Cic("Lunch", 91).OfType<OmniPresenceRequested>().Single();

        Assert.False(request.HeldForCall);
    }

    [Fact]
    public void Rapid_alternation_in_CIC_converges_on_the_last_status_without_a_request_for_what_Omni_already_shows()
    {
        var agent = InSync();

        agent.Cic("Omni Work", 100);
        agent.Cic("Available", 101);
        agent.Cic("Omni Work", 102);
        var last = agent.Cic("Available", 103);

        // Omni still shows Busy (nothing was applied): the last request is withdrawn, nothing is left for the console.
        Assert.Contains(last, e => e is OmniPresenceWithdrawn);
        Assert.Null(agent.Pending);
    }

    [Fact]
    public void A_late_application_of_a_superseded_request_is_not_carried_to_CIC_and_Omni_is_asked_again()
    {
        var agent = InSync();
        var first = agent.Cic("Omni Work", 110).OfType<OmniPresenceRequested>().Single();
        agent.Cic("Break", 111);

        // The console had already applied the first request; the org reports it.
        var events = agent.Omni(first.OmniStatusId, 112);

        Assert.DoesNotContain(events, e => e is CicStatusSyncRequested);
        Assert.Equal(OmniBreak, agent.Pending?.OmniStatusId);
    }

    [Fact]
    public void The_agents_own_newer_change_in_Omni_wins_over_a_request_the_console_has_not_applied()
    {
        var agent = InSync();
        var request = agent.Cic("Break", 120).OfType<OmniPresenceRequested>().Single();

        var events = agent.Omni(OmniAvailable, 125);

        Assert.Equal(request.RequestId, Assert.Single(events.OfType<OmniPresenceWithdrawn>()).RequestId);
        Assert.Equal("Omni Work", Assert.Single(events.OfType<CicStatusSyncRequested>()).CicStatusId);
        Assert.Null(agent.Pending);
    }

    [Fact]
    public void A_request_the_agent_overtook_is_not_taken_for_ours_when_the_agent_later_chooses_that_presence()
    {
        var agent = InSync();
        agent.Cic("Omni Work", 140);                  // request: Omni Available, not applied
        var away = agent.Omni(OmniAway, 141);         // the agent chooses Away in Omni: the request is withdrawn, CIC goes to the transition
        agent.Cic("Do Not Disturb", 142);             // CIC applies it
        var events = agent.Omni(OmniAvailable, 150);  // later the agent chooses Available in Omni themselves

        Assert.Contains(away, e => e is OmniPresenceWithdrawn);
        Assert.Equal("Omni Work", Assert.Single(events.OfType<CicStatusSyncRequested>()).CicStatusId);
        Assert.Null(agent.Pending);
    }

    [Fact]
    public void The_first_CIC_status_learnt_is_not_a_change_and_asks_nothing_of_Omni()
    {
        // The ingest's first snapshot tells the grain a status it did not know: no status changed, and the agent may not even be
        // logged in. A request made here waited for the console and was published at the next log-in, a second request id.
        var agent = new Agent();

        var events = agent.Cic("Available", 0);

        Assert.DoesNotContain(events, e => e is OmniPresenceRequested);
        Assert.Null(agent.Pending);
    }

    [Fact]
    public void The_agents_own_choice_of_a_presence_an_applied_request_once_asked_for_is_carried_to_CIC()
    {
        var agent = InSync();
        var toAvailable = agent.Cic("Omni Work", 20).OfType<OmniPresenceRequested>().Single();
        agent.Confirm(toAvailable.RequestId, OmniAvailable, 21);
        var toBusy = agent.Cic("Available", 30).OfType<OmniPresenceRequested>().Single();
        agent.Confirm(toBusy.RequestId, OmniBusy, 31);
        var again = agent.Cic("Omni Work", 40).OfType<OmniPresenceRequested>().Single();
        agent.Confirm(again.RequestId, OmniAvailable, 41);

        // Within a minute of the applied Busy request, the agent picks Busy in Omni: that is the agent's change, not a late echo.
        var events = agent.Omni(OmniBusy, 50);

        Assert.DoesNotContain(events, e => e is OmniPresenceRequested);
        Assert.Equal("Available", Assert.Single(events.OfType<CicStatusSyncRequested>()).CicStatusId);
        Assert.Null(agent.Pending);
    }

    [Fact]
    public void At_log_in_the_current_CIC_status_is_requested_in_Omni_as_its_map_says()
    {
        var agent = new Agent();
        agent.Cic("Available", 0);

        var events = agent.LogIn(5);

        Assert.Equal(OmniBusy, Assert.Single(events.OfType<OmniPresenceRequested>()).OmniStatusId);
    }

    [Fact]
    public void A_status_first_learnt_after_the_log_in_is_synced_as_the_log_in_would_have()
    {
        var agent = new Agent();
        Assert.Empty(agent.LogIn(0)); // CIC's status not known yet

        var events = agent.Cic("Available", 2);

        Assert.Equal(OmniBusy, Assert.Single(events.OfType<OmniPresenceRequested>()).OmniStatusId);
    }

    [Fact]
    public void At_log_in_nothing_is_asked_when_Omni_already_shows_the_mapped_presence_or_the_status_has_no_map()
    {
        var synced = InSync();
        var unmapped = new Agent();
        unmapped.Cic("Lunch", 0);

        Assert.Empty(synced.LogIn(5));
        Assert.Empty(unmapped.LogIn(5));
    }

    [Fact]
    public void Logging_out_of_Omni_sets_the_CIC_status_a_map_names_for_Offline_and_a_CIC_status_mapped_to_Offline_logs_Omni_out()
    {
        var settings = Settings with { Maps = [.. Settings.Maps, new PresenceMap("Gone Home", OmniIds.Offline, SyncDirection.TwoWay)] };
        var agent = new Agent(settings);
        agent.Cic("Available", 0);
        agent.Omni(OmniBusy, 0);

        var loggedOut = agent.Omni(OmniIds.Offline, 10);
        agent.Cic("Gone Home", 11);
        var back = agent.Cic("Available", 20).OfType<OmniPresenceRequested>().Single();
        agent.Confirm(back.RequestId, OmniBusy, 21);
        var toOffline = agent.Cic("Gone Home", 30).OfType<OmniPresenceRequested>().Single();
        var (confirmed, refused) = agent.Confirm(toOffline.RequestId, OmniIds.Offline, 31);

        Assert.Equal("Gone Home", Assert.Single(loggedOut.OfType<CicStatusSyncRequested>()).CicStatusId);
        Assert.Equal(OmniIds.Offline, toOffline.OmniStatusId);
        Assert.Null(refused);
        Assert.DoesNotContain(confirmed, e => e is CicStatusSyncRequested);
    }

    [Fact]
    public void Logging_out_of_Omni_without_a_map_for_Offline_leaves_CIC_alone_even_with_a_transition_status()
    {
        var agent = InSync();

        var events = agent.Omni(OmniIds.Offline, 10);

        Assert.DoesNotContain(events, e => e is CicStatusSyncRequested);
        Assert.True(OmniIds.Same(OmniIds.Offline, agent.State.PresenceSync.OmniStatusId));
    }

    [Fact]
    public void An_Omni_change_made_while_the_agent_had_no_session_sets_CIC_when_the_session_starts()
    {
        var agent = InSync();
        Assert.Single(agent.Omni(OmniAvailable, 10).OfType<CicStatusSyncRequested>());
        agent.NoSession(10);

        var events = agent.LogIn(20);

        Assert.Equal("Omni Work", Assert.Single(events.OfType<CicStatusSyncRequested>()).CicStatusId);
        Assert.DoesNotContain(events, e => e is OmniPresenceRequested);
        Assert.Empty(agent.Cic("Omni Work", 21).OfType<OmniPresenceRequested>()); // its echo is not carried back
        Assert.Empty(agent.LogIn(30));
    }

    [Fact]
    public void A_CIC_change_or_an_Omni_change_after_the_unapplied_one_wins_at_log_in()
    {
        var cicLater = InSync();
        cicLater.Omni(OmniAvailable, 10);
        cicLater.NoSession(10);
        cicLater.Cic("Lunch", 15);
        var omniBack = InSync();
        omniBack.Omni(OmniAvailable, 10);
        omniBack.NoSession(10);
        omniBack.Omni(OmniBusy, 15);  // back to the presence of the CIC status the agent has

        Assert.DoesNotContain(cicLater.LogIn(20), e => e is CicStatusSyncRequested);
        Assert.Empty(omniBack.LogIn(20));
    }

    [Fact]
    public void A_presence_from_before_the_request_does_not_cancel_it()
    {
        var agent = InSync();
        agent.Cic("Break", 130);

        var events = agent.Omni(OmniAvailable, 129, seenSecond: 131);

        Assert.DoesNotContain(events, e => e is OmniPresenceWithdrawn or CicStatusSyncRequested);
        Assert.Equal(OmniBreak, agent.Pending?.OmniStatusId);
    }

    [Fact]
    public void Rapid_alternation_in_both_products_never_loops_and_ends_in_sync()
    {
        var agent = InSync();
        for (var i = 0; i < 20; i++)
        {
            var second = 200 + i * 4;
            if (i % 2 == 0)
            {
                agent.Cic(i % 4 == 0 ? "Omni Work" : "Available", second);
            }
            else
            {
                var omni = i % 4 == 1 ? OmniBusy : OmniAvailable;
                foreach (var ask in agent.Omni(omni, second).OfType<CicStatusSyncRequested>())
                    agent.Cic(ask.CicStatusId, second + 1); // CIC applies what the sync asked
            }

            if (agent.Pending is { HeldForCall: false } p)
                agent.Confirm(p.RequestId, p.OmniStatusId, second + 2); // the console applies what is pending
        }

        var mapped = PresenceSyncRules.OmniTargetOf(Settings, agent.State.StatusId);
        Assert.True(OmniIds.Same(mapped, agent.State.PresenceSync.OmniStatusId), $"CIC {agent.State.StatusId}, Omni {agent.State.PresenceSync.OmniStatusId}");
        Assert.Null(agent.Pending);
        // Quiet afterwards: observing the same state again decides nothing.
        Assert.Empty(agent.Omni(agent.State.PresenceSync.OmniStatusId!, 500));
    }

    [Fact]
    public void A_stale_or_mismatched_confirmation_is_refused()
    {
        var agent = InSync();
        var request = agent.Cic("Omni Work", 300).OfType<OmniPresenceRequested>().Single();

        Assert.Equal("presence.staleRequest", agent.Confirm("other", OmniAvailable, 301).Refused?.ErrorCode);
        Assert.Equal("presence.mismatch", agent.Confirm(request.RequestId, OmniAway, 301).Refused?.ErrorCode);
        Assert.Equal(request.RequestId, agent.Pending?.RequestId);
    }

    [Fact]
    public void Without_maps_nothing_is_synced()
    {
        var state = AgentModel.Initial.PresenceSync;

        Assert.Empty(PresenceSyncRules.OnCicStatus(state, PresenceSyncSettings.Off, null, "Available", false, true, T0, "r"));
        Assert.Equal([typeof(OmniPresenceObserved)],
            PresenceSyncRules.OnOmniPresence(state, PresenceSyncSettings.Off, new(OmniBusy, T0), "Available", false, T0, "r").Select(e => e.GetType()));
    }
}
