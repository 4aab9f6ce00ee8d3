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
}
