using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

public sealed class AgentDeciderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static AgentStatusObservation Status(string statusId, bool onPhone = false, bool loggedIn = true, string? notes = null) =>
        new(statusId, notes, null, null, onPhone, loggedIn, ["station1"], T0, T0.AddSeconds(1));

    private static AgentModel Given(params AgentEvent[] events) => events.Aggregate(AgentModel.Initial, AgentDecider.Evolve);

    [Fact]
    public void A_new_status_is_recorded_with_the_time_CIC_changed_it()
    {
        var events = AgentDecider.ObserveStatus(AgentModel.Initial, Status("Available"));
        var state = events.Aggregate(AgentModel.Initial, AgentDecider.Evolve);

        Assert.Contains(new AgentStatusChanged("Available", null, null, null, T0), events);
        Assert.Equal(T0, state.StatusSince);
        Assert.True(state.CicLoggedIn);
        Assert.Equal(["station1"], state.Stations.AsEnumerable());
    }

    [Fact]
    public void The_same_status_observed_again_changes_nothing()
    {
        var state = Given([.. AgentDecider.ObserveStatus(AgentModel.Initial, Status("Available"))]);

        Assert.Empty(AgentDecider.ObserveStatus(state, Status("available")));
    }

    [Fact]
    public void New_notes_on_the_same_status_are_a_change_and_on_phone_is_separate()
    {
        var state = Given([.. AgentDecider.ObserveStatus(AgentModel.Initial, Status("Available"))]);

        var events = AgentDecider.ObserveStatus(state, Status("Available", onPhone: true, notes: "back at 3"));

        Assert.Equal(2, events.Count);
        Assert.IsType<AgentStatusChanged>(events[0]);
        Assert.Equal(new AgentOnPhoneChanged(true, T0.AddSeconds(1)), events[1]);
    }

    [Fact]
    public void Queue_deltas_add_and_remove_only_what_changes()
    {
        var state = Given(new InteractionQueued("k1", "1", T0));

        var events = AgentDecider.ObserveQueue(state, [new QueueEntry("k1", "1"), new QueueEntry("k2", "2")], ["k9"], T0);

        Assert.Equal([new InteractionQueued("k2", "2", T0)], events);
    }

    [Fact]
    public void A_snapshot_closes_what_vanished_while_the_channel_was_down_and_opens_what_appeared()
    {
        var state = Given(new InteractionQueued("k1", "1", T0), new InteractionQueued("k2", "2", T0));

        var events = AgentDecider.Reconcile(state, [new QueueEntry("k2", "2"), new QueueEntry("k3", "3")], T0.AddMinutes(1));
        var after = events.Aggregate(state, AgentDecider.Evolve);

        Assert.Equal([new InteractionQueued("k3", "3", T0.AddMinutes(1)), new InteractionDequeued("k1", true, T0.AddMinutes(1))], events);
        Assert.Equal(["k2", "k3"], after.Queue.Keys.Order());
        Assert.Empty(AgentDecider.Reconcile(after, [new QueueEntry("k2", "2"), new QueueEntry("k3", "3")], T0.AddMinutes(2)));
    }

    [Fact]
    public void Log_out_without_a_session_is_a_no_op_and_status_survives_log_out()
    {
        var state = Given(new AgentLoggedIn("s1", StationSelection.Workstation("station1"), T0),
            new AgentStatusChanged("Available", null, null, null, T0));

        var loggedOut = AgentDecider.LogOut(state, "agent logged out", T0).Aggregate(state, AgentDecider.Evolve);

        Assert.Null(loggedOut.SessionId);
        Assert.Equal("Available", loggedOut.StatusId);
        Assert.Empty(AgentDecider.LogOut(loggedOut, "again", T0));
    }

    [Theory]
    [InlineData(LogoutReason.SessionEnded, LogoutReason.SessionEnded)]
    [InlineData(LogoutReason.LoggedInElsewhere, LogoutReason.LoggedInElsewhere)]
    [InlineData("CIC session ended", LogoutReason.SessionEnded)] // stored before the reasons were codes
    [InlineData("session lost on reactivation", LogoutReason.ServerRestarted)]
    [InlineData("new login", LogoutReason.LoggedInElsewhere)]
    [InlineData("agent logged out", LogoutReason.LoggedOut)]
    public void The_end_of_a_session_is_remembered_with_its_reason(string stored, string reason)
    {
        var state = Given(new AgentLoggedIn("s1", StationSelection.Workstation("station1"), T0), new AgentLoggedOut(stored, T0.AddMinutes(1)));

        Assert.Equal(reason, state.LogoutReason);
    }
}
