using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Interactions;

public sealed class InteractionDeciderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static ObservedInteraction Seen(InteractionStatus status, int second = 0, bool? muted = null,
        DisconnectedBy by = DisconnectedBy.Unknown, string? user = "agent1", string remote = "3175550100") =>
        new("1000000001", "Call", status, by, InteractionDirection.Inbound, remote, "Pat Caller", "Sales", user,
            Internal: false, muted, InitiatedAt: T0, ConnectedAt: null, TerminatedAt: null, T0.AddSeconds(second));

    private static InteractionModel Given(params InteractionEvent[] events) =>
        events.Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);

    [Fact]
    public void First_sighting_of_an_alerting_call_discovers_assigns_and_alerts()
    {
        var events = InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Alerting));

        Assert.Collection(events,
            e => Assert.Equal(new InteractionDiscovered("1000000001", "Call", InteractionDirection.Inbound, "3175550100",
                "Pat Caller", "Sales", false, T0, T0), e),
            e => Assert.Equal(new InteractionAssigned("agent1", T0), e),
            e => Assert.Equal(new InteractionAlerting("agent1", T0), e));
    }

    [Fact]
    public void The_same_observation_twice_changes_nothing()
    {
        var state = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);

        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, second: 5)));
    }

    [Fact]
    public void Connect_hold_retrieve_and_disconnect_give_a_duration_from_connect_to_disconnect()
    {
        var state = InteractionModel.Initial;
        foreach (var (status, second, by) in new[]
                 {
                     (InteractionStatus.Alerting, 0, DisconnectedBy.Unknown),
                     (InteractionStatus.Connected, 4, DisconnectedBy.Unknown),
                     (InteractionStatus.Held, 10, DisconnectedBy.Unknown),
                     (InteractionStatus.Connected, 20, DisconnectedBy.Unknown),
                     (InteractionStatus.Disconnected, 64, DisconnectedBy.Remote),
                 })
        {
            state = InteractionDecider.Observe(state, Seen(status, second, by: by)).Aggregate(state, InteractionDecider.Evolve);
        }

        Assert.Equal(InteractionStatus.Disconnected, state.Status);
        Assert.Equal(DisconnectedBy.Remote, state.DisconnectedBy);
        Assert.Equal(T0.AddSeconds(4), state.ConnectedAt);
        Assert.Equal(TimeSpan.FromSeconds(60), state.DisconnectedAt - state.ConnectedAt);
    }

    [Fact]
    public void Leaving_hold_is_a_retrieve_not_a_second_connect()
    {
        var state = Given(new InteractionDiscovered("1", "Call", InteractionDirection.Inbound, "1", "", null, false, T0, T0),
            new InteractionConnected(T0), new InteractionHeld(T0.AddSeconds(1)));

        var events = InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 2));

        Assert.Contains(new InteractionRetrieved(T0.AddSeconds(2)), events);
        Assert.DoesNotContain(events, e => e is InteractionConnected);
    }

    [Fact]
    public void Mute_is_reported_once_per_change()
    {
        var state = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected, muted: false))]);

        var muted = InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 1, muted: true));
        state = muted.Aggregate(state, InteractionDecider.Evolve);

        Assert.Equal([new InteractionMuteChanged(true, T0.AddSeconds(1))], muted);
        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 2, muted: true)));
    }

    [Fact]
    public void A_disconnected_interaction_never_comes_back()
    {
        var state = Given(new InteractionDiscovered("1", "Call", InteractionDirection.Inbound, "1", "", null, false, T0, T0),
            new InteractionDisconnected(DisconnectedBy.Agent, T0));

        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 3)));
    }

    [Fact]
    public void Removal_after_disconnect_is_deallocation_and_removal_while_alerting_returns_the_call_to_its_queue()
    {
        var discovered = new InteractionDiscovered("1", "Call", InteractionDirection.Inbound, "1", "", "Sales", false, T0, T0);
        var ended = Given(discovered, new InteractionAssigned("agent1", T0), new InteractionDisconnected(DisconnectedBy.Remote, T0));
        var alerting = Given(discovered, new InteractionAlerting("agent1", T0));

        Assert.Equal([new InteractionDeallocated(T0)], InteractionDecider.Removed(ended, "agent1", T0));
        var returned = InteractionDecider.Removed(alerting, "agent1", T0);
        Assert.Equal([new InteractionUnassigned("agent1", T0)], returned);
        Assert.Equal(InteractionStatus.Offering, returned.Aggregate(alerting, InteractionDecider.Evolve).Status);
    }

    [Fact]
    public void An_open_interaction_missing_from_a_fresh_snapshot_is_closed_as_unobserved()
    {
        var connected = Given(new InteractionDiscovered("1", "Call", InteractionDirection.Inbound, "1", "", null, false, T0, T0),
            new InteractionConnected(T0));

        var events = InteractionDecider.CloseUnobserved(connected, T0.AddMinutes(1));
        var state = events.Aggregate(connected, InteractionDecider.Evolve);

        Assert.Equal([new InteractionDisconnected(DisconnectedBy.Unobserved, T0.AddMinutes(1)), new InteractionDeallocated(T0.AddMinutes(1))], events);
        Assert.Empty(InteractionDecider.CloseUnobserved(state, T0.AddMinutes(2)));
    }

    [Fact]
    public void A_call_closed_as_unobserved_that_is_seen_alerting_another_agent_is_reopened_and_its_observations_apply()
    {
        var alerting = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Alerting))]);
        var closed = InteractionDecider.CloseUnobserved(alerting, T0.AddSeconds(10)).Aggregate(alerting, InteractionDecider.Evolve);

        var events = InteractionDecider.Observe(closed, Seen(InteractionStatus.Alerting, 20, user: "agent2"));

        Assert.Equal([new InteractionReopened(T0.AddSeconds(20)), new InteractionUnassigned("agent1", T0.AddSeconds(20)),
            new InteractionAssigned("agent2", T0.AddSeconds(20)), new InteractionAlerting("agent2", T0.AddSeconds(20))], events);
        var reopened = events.Aggregate(closed, InteractionDecider.Evolve);
        Assert.Equal((InteractionStatus.Alerting, "agent2", false, null, DisconnectedBy.Unknown),
            (reopened.Status, reopened.UserId, reopened.Deallocated, reopened.DisconnectedAt, reopened.DisconnectedBy));
    }

    [Fact]
    public void After_a_reopen_the_call_connects_and_its_real_disconnect_is_final()
    {
        var state = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Alerting))]);
        state = InteractionDecider.CloseUnobserved(state, T0.AddSeconds(10)).Aggregate(state, InteractionDecider.Evolve);
        foreach (var (status, second, by) in new[]
                 {
                     (InteractionStatus.Alerting, 20, DisconnectedBy.Unknown),
                     (InteractionStatus.Connected, 25, DisconnectedBy.Unknown),
                     (InteractionStatus.Disconnected, 85, DisconnectedBy.Agent),
                 })
        {
            state = InteractionDecider.Observe(state, Seen(status, second, by: by, user: "agent2")).Aggregate(state, InteractionDecider.Evolve);
        }

        Assert.Equal((InteractionStatus.Disconnected, DisconnectedBy.Agent, "agent2"), (state.Status, state.DisconnectedBy, state.UserId));
        Assert.Equal(TimeSpan.FromSeconds(60), state.DisconnectedAt - state.ConnectedAt);
        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 90, user: "agent2")));
        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Disconnected, 91, by: DisconnectedBy.Agent, user: "agent2")));
    }

    [Fact]
    public void A_call_that_CIC_reported_disconnected_is_never_reopened()
    {
        var state = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);
        state = InteractionDecider.Observe(state, Seen(InteractionStatus.Disconnected, 30, by: DisconnectedBy.Remote)).Aggregate(state, InteractionDecider.Evolve);

        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 40, user: "agent2")));
        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Alerting, 41, user: "agent2")));
    }

    [Fact]
    public void A_call_closed_as_unobserved_stays_closed_when_what_arrives_is_disconnected_or_says_nothing_of_its_state()
    {
        var connected = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);
        var closed = InteractionDecider.CloseUnobserved(connected, T0.AddSeconds(10)).Aggregate(connected, InteractionDecider.Evolve);

        Assert.Empty(InteractionDecider.Observe(closed, Seen(InteractionStatus.Disconnected, 20, by: DisconnectedBy.Remote)));
        Assert.Empty(InteractionDecider.Observe(closed, Seen(InteractionStatus.Unknown, 21)));
        Assert.Empty(InteractionDecider.CloseUnobserved(closed, T0.AddSeconds(30)));
    }

    [Fact]
    public void An_empty_attribute_never_erases_a_known_party()
    {
        var state = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Alerting))]);

        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Alerting, 1, remote: "")));
    }

    [Fact]
    public void A_call_transferred_to_another_workgroup_follows_that_workgroup()
    {
        var state = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);

        var events = InteractionDecider.Observe(state, Seen(InteractionStatus.Alerting, 5, user: "agent2") with { Workgroup = "Support" });

        Assert.Contains(new InteractionRouted("Support", T0.AddSeconds(5)), events);
        var routed = events.Aggregate(state, InteractionDecider.Evolve);
        Assert.Equal("Support", routed.Workgroup);
        Assert.DoesNotContain(InteractionDecider.Observe(routed, Seen(InteractionStatus.Alerting, 6, user: "agent2") with { Workgroup = "Support" }),
            e => e is InteractionRouted);
    }

    [Fact]
    public void A_call_its_agent_sent_to_a_workgroup_queue_leaves_the_agent_though_CIC_still_lists_it_on_their_queue()
    {
        var connected = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);

        var events = InteractionDecider.Observe(connected, Seen(InteractionStatus.Offering, 30, user: null) with { Unassigned = true });
        var waiting = events.Aggregate(connected, InteractionDecider.Evolve);

        Assert.Equal([new InteractionUnassigned("agent1", T0.AddSeconds(30)), new InteractionOffered("Sales", T0.AddSeconds(30))], events);
        Assert.Null(waiting.UserId);
        Assert.Empty(InteractionDecider.Observe(waiting, Seen(InteractionStatus.Offering, 31, user: null) with { Unassigned = true }));
    }

    [Fact]
    public void A_call_assigned_to_another_agent_leaves_its_previous_owner()
    {
        var connected = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);

        var events = InteractionDecider.Observe(connected, Seen(InteractionStatus.Alerting, 30, user: "agent2"));

        Assert.Equal([new InteractionUnassigned("agent1", T0.AddSeconds(30)), new InteractionAssigned("agent2", T0.AddSeconds(30)),
            new InteractionAlerting("agent2", T0.AddSeconds(30))], events);
    }

    [Fact]
    public void A_call_dialing_an_outside_transfer_stays_with_its_agent_until_it_connects()
    {
        var connected = Given([.. InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Connected))]);

        var events = InteractionDecider.Observe(connected, Seen(InteractionStatus.Dialing, 30, user: null) with { Unassigned = true });

        Assert.Equal([new InteractionDialing(T0.AddSeconds(30))], events);
    }
}
