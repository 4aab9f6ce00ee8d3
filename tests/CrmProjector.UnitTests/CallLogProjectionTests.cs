using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class CallLogProjectionTests
{
    private static readonly DateTimeOffset Connected = new(2015, 8, 10, 8, 55, 17, TimeSpan.Zero);
    private static readonly CallLogOptions Options = new();

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000120150810", p.i + 1, p.e));

    private static InteractionDiscovered Discovered(InteractionDirection direction = InteractionDirection.Inbound, bool @internal = false) =>
        new("1001000001", "Call", direction, "3175550100", "Pat Caller", "Sales", @internal, Connected.AddSeconds(-10), Connected.AddSeconds(-10));

    [Fact]
    public void A_connected_call_has_the_spec_subject_call_object_and_type_and_no_duration_yet()
    {
        var state = Fold(Discovered(), new InteractionConnected(Connected));

        var fields = CallLogProjection.Fields(state, Options);

        Assert.True(CallLogProjection.ShouldExist(state, Options));
        Assert.Equal(new CallLogFields("100100000120150810", "Call 8/10/2015, 8:55:17 AM", "Inbound", null, null, null, null, null, "In Progress"), fields);
    }

    [Fact]
    public void Duration_runs_from_connect_to_disconnect()
    {
        var state = Fold(Discovered(InteractionDirection.Outbound), new InteractionConnected(Connected), new InteractionHeld(Connected.AddSeconds(20)),
            new InteractionDisconnected(DisconnectedBy.Remote, Connected.AddSeconds(95)));

        var fields = CallLogProjection.Fields(state, Options);

        Assert.Equal((95, "Outbound", "Completed"), (fields.CallDurationInSeconds!.Value, fields.CallType, fields.Status));
    }

    [Fact]
    public void Calls_between_extensions_of_the_same_server_are_internal()
    {
        var state = Fold(Discovered(InteractionDirection.Outbound, @internal: true), new InteractionConnected(Connected));

        Assert.Equal("Internal", CallLogProjection.Fields(state, Options).CallType);
    }

    [Fact]
    public void An_unconnected_call_gets_a_log_only_when_configured_and_nothing_at_all_when_call_logs_are_off()
    {
        var missed = Fold(Discovered(), new InteractionDisconnected(DisconnectedBy.Remote, Connected));
        var connected = Fold(Discovered(), new InteractionConnected(Connected));

        Assert.False(CallLogProjection.ShouldExist(missed, Options));
        Assert.True(CallLogProjection.ShouldExist(missed, new CallLogOptions { LogUnconnectedCalls = true }));
        Assert.False(CallLogProjection.ShouldExist(connected, new CallLogOptions { Enabled = false }));
    }

    [Fact]
    public void The_log_locks_when_the_edit_window_after_the_disconnect_has_passed()
    {
        var ended = Fold(Discovered(), new InteractionConnected(Connected), new InteractionDisconnected(DisconnectedBy.Agent, Connected.AddMinutes(1)));

        Assert.False(CallLogProjection.IsLocked(ended, Options, Connected.AddMinutes(2)));
        Assert.True(CallLogProjection.IsLocked(ended, Options, Connected.AddMinutes(3)));
        Assert.False(CallLogProjection.IsLocked(Fold(Discovered(), new InteractionConnected(Connected)), Options, Connected.AddDays(1)));
    }

    [Fact]
    public void A_redelivered_event_changes_nothing()
    {
        var state = Fold(Discovered(), new InteractionConnected(Connected));

        var again = CallLogProjection.Evolve(state, state.InteractionKey, 2, new InteractionConnected(Connected.AddSeconds(30)));

        Assert.Same(state, again);
    }

    [Fact]
    public void The_subject_follows_the_configured_locale_and_time_zone()
    {
        var state = Fold(Discovered(), new InteractionConnected(Connected));

        var subject = CallLogProjection.Subject(state, new CallLogOptions { Culture = "fr-FR", TimeZone = "Europe/Paris" });

        Assert.Equal("Call 10/08/2015, 10:55:17", subject);
    }

    [Fact]
    public void The_agents_edit_sets_subject_comments_name_and_related_to()
    {
        var state = Fold(Discovered(), new InteractionConnected(Connected),
            new CallLogEdited("agent1", "Billing question", "Wants a callback", "003000000000001AAA", "001000000000001AAA", Connected.AddSeconds(20)));

        var fields = CallLogProjection.Fields(state, Options);

        Assert.Equal(("Billing question", "Wants a callback", "003000000000001AAA", "001000000000001AAA"),
            (fields.Subject, fields.Description, fields.WhoId, fields.WhatId));
    }

    [Fact]
    public void An_edit_counts_by_its_own_time_against_the_window_however_late_it_is_folded_in()
    {
        var ended = new InteractionDisconnected(DisconnectedBy.Remote, Connected.AddMinutes(1));
        var inTime = Fold(Discovered(), new InteractionConnected(Connected), ended,
            new CallLogEdited("agent1", null, "Just in time", null, null, Connected.AddMinutes(3).AddSeconds(-1)));
        var late = Fold(Discovered(), new InteractionConnected(Connected), ended,
            new CallLogEdited("agent1", null, "Too late", null, null, Connected.AddMinutes(3)));

        Assert.Equal("Just in time", CallLogProjection.Fields(inTime, Options).Description);
        Assert.Null(CallLogProjection.Fields(late, Options).Description);
        Assert.Equal(4, late.Version);
    }

    [Fact]
    public void A_single_screen_pop_match_names_the_log_until_the_agent_saves_otherwise()
    {
        var pop = new ScreenPopView("Record", "003000000000001AAA", "Contact", "Ann Lee", "3175550100", 1, null);
        var account = pop with { RecordId = "001000000000001AAA", RecordType = "Account" };

        var popped = Fold(Discovered(), new ScreenPopDecided(pop, Connected), new InteractionConnected(Connected));
        var related = Fold(Discovered(), new ScreenPopDecided(account, Connected), new InteractionConnected(Connected));
        var cleared = Fold(Discovered(), new ScreenPopDecided(pop, Connected), new InteractionConnected(Connected),
            new CallLogEdited("agent1", null, null, null, null, Connected.AddSeconds(5)));

        Assert.Equal(("003000000000001AAA", (string?)null), (CallLogProjection.Fields(popped, Options).WhoId, CallLogProjection.Fields(popped, Options).WhatId));
        Assert.Equal("001000000000001AAA", CallLogProjection.Fields(related, Options).WhatId);
        Assert.Null(CallLogProjection.Fields(cleared, Options).WhoId);
    }

    [Fact]
    public void Call_duration_ends_at_the_transfer()
    {
        var state = Fold(Discovered(), new InteractionConnected(Connected),
            new PureConnect.Grains.Calls.InteractionTransferred("agent1",
                new PureConnect.Grains.Calls.TransferTarget(PureConnect.Grains.Calls.TransferTargetKind.User, "agent2"), false, Connected.AddSeconds(40)),
            new InteractionDisconnected(DisconnectedBy.Remote, Connected.AddSeconds(300)));

        Assert.Equal(40, CallLogProjection.Fields(state, Options).CallDurationInSeconds);
    }

    [Fact]
    public void A_call_closed_as_unobserved_then_reopened_and_connected_ends_as_one_log_with_its_real_end()
    {
        var closed = Fold(Discovered(), new InteractionAlerting("agent1", Connected.AddSeconds(-5)),
            new InteractionDisconnected(DisconnectedBy.Unobserved, Connected.AddSeconds(-2)), new InteractionDeallocated(Connected.AddSeconds(-2)));
        Assert.False(CallLogProjection.ShouldExist(closed, Options));

        var state = Fold(Discovered(), new InteractionAlerting("agent1", Connected.AddSeconds(-5)),
            new InteractionDisconnected(DisconnectedBy.Unobserved, Connected.AddSeconds(-2)), new InteractionDeallocated(Connected.AddSeconds(-2)),
            new InteractionReopened(Connected.AddSeconds(-1)), new InteractionAssigned("agent2", Connected.AddSeconds(-1)),
            new InteractionAlerting("agent2", Connected.AddSeconds(-1)));
        Assert.Null(state.EndedAt);
        Assert.True(CallLogProjection.Unlocks(closed, state));

        var connected = CallLogProjection.Evolve(state, "100100000120150810", state.Version + 1, new InteractionConnected(Connected));
        Assert.Equal("In Progress", CallLogProjection.Fields(connected, Options).Status);
        var ended = CallLogProjection.Evolve(connected, "100100000120150810", connected.Version + 1,
            new InteractionDisconnected(DisconnectedBy.Agent, Connected.AddSeconds(60)));
        var fields = CallLogProjection.Fields(ended, Options);
        Assert.Equal(("100100000120150810", 60, "Completed"), (fields.CallObject, fields.CallDurationInSeconds!.Value, fields.Status));
    }

    [Fact]
    public void An_unconnected_call_closed_as_unobserved_and_reopened_has_no_end_until_it_really_ends()
    {
        var reopened = Fold(Discovered(), new InteractionDisconnected(DisconnectedBy.Unobserved, Connected), new InteractionReopened(Connected.AddSeconds(5)));

        Assert.False(CallLogProjection.ShouldExist(reopened, new CallLogOptions { LogUnconnectedCalls = true }));
    }
}
