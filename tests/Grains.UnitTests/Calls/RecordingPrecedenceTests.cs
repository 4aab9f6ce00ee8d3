using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given these recordings on a call, when Record, Snip or an observation from CIC, then these events or this refusal.</summary>
public sealed class RecordingPrecedenceTests
{
    private static readonly RecordingRights All = new(RecordInteractions: true, SnipInteractions: true, UserRecorderAccess: true, StationRecorderAccess: false);
    private static readonly CallFacts Connected = Call();

    private static RecordingState Given(params IEnumerable<InteractionEvent>[] events) => Fold(RecordingState.Initial, RecordingPrecedence.Evolve, events);

    private static IReadOnlyList<InteractionEvent> Record(RecordingState state, int seconds = 10, CallFacts? call = null) =>
        RecordingPrecedence.Record(state, call ?? Connected, Agent, All, At.AddSeconds(seconds));

    private static IReadOnlyList<InteractionEvent> Snip(RecordingState state, int seconds = 20) =>
        RecordingPrecedence.Snip(state, Connected, Agent, All, At.AddSeconds(seconds));

    private static RecordingState AdHocRunning() => Given(Record(RecordingState.Initial));

    [Fact]
    public void Record_starts_an_ad_hoc_recording_and_pressing_it_again_stops_it()
    {
        var started = Record(RecordingState.Initial);
        var stopped = Record(Given(started), 30);

        Assert.Equal(new AdHocRecordingStarted(Agent, 1, At.AddSeconds(10)), Assert.Single(started));
        Assert.Equal(new AdHocRecordingStopped(Agent, At.AddSeconds(30)), Assert.Single(stopped));
        Assert.False(Given(started, stopped).AdHocActive);
    }

    [Fact]
    public void Pressing_Record_again_later_makes_a_separate_recording()
    {
        var first = Given(Record(RecordingState.Initial), Record(AdHocRunning(), 30));

        var second = Record(first, 40);

        Assert.Equal(new AdHocRecordingStarted(Agent, 2, At.AddSeconds(40)), Assert.Single(second));
        Assert.Equal(2, Given(Record(RecordingState.Initial), Record(AdHocRunning(), 30), second).Recordings);
    }

    [Fact]
    public void Snippet_recording_takes_precedence_over_ad_hoc_the_running_ad_hoc_merges_into_it()
    {
        var merged = Snip(AdHocRunning());

        Assert.Equal(new SnippetRecordingStarted(Agent, MergedAdHocOf: Agent, Recording: 1, At.AddSeconds(20)), Assert.Single(merged));
        var state = Given(Record(RecordingState.Initial), merged);
        Assert.Equal((false, true, 1), (state.AdHocActive, state.SnippetActive, state.Recordings));
        var controls = RecordingPrecedence.Controls(state, Connected, Agent, All);
        Assert.Equal(new RecordingControls(true, true, true, true, true, true), controls);
    }

    [Fact]
    public void The_merged_snippet_stops_with_either_Record_or_Snip()
    {
        var state = Given(Record(RecordingState.Initial), Snip(AdHocRunning()));

        Assert.Equal(new SnippetRecordingStopped(Agent, At.AddSeconds(10)), Assert.Single(Record(state)));
        Assert.Equal(new SnippetRecordingStopped(Agent, At.AddSeconds(20)), Assert.Single(Snip(state)));
        Assert.False(Given(Record(RecordingState.Initial), Snip(AdHocRunning()), Record(state)).SnippetActive);
    }

    [Fact]
    public void A_snippet_started_first_makes_Record_unavailable()
    {
        var state = Given(Snip(RecordingState.Initial));

        Assert.Equal("recording.snippetActive", RecordingPrecedence.CheckRecord(state, Connected, Agent, All)?.ErrorCode);
        Assert.Empty(Record(state));
        Assert.Equal(new RecordingControls(true, false, false, true, true, true), RecordingPrecedence.Controls(state, Connected, Agent, All));
    }

    [Fact]
    public void A_snippet_someone_else_started_makes_Record_unavailable_and_is_not_the_agents_to_stop()
    {
        var observed = RecordingPrecedence.ObserveSnippet(RecordingState.Initial, active: true, At);
        var state = Given(observed);

        Assert.Equal(new SnippetRecordingStarted(null, null, 1, At), Assert.Single(observed));
        Assert.Equal("recording.snippetActive", RecordingPrecedence.CheckRecord(state, Connected, Agent, All)?.ErrorCode);
        Assert.Equal("recording.snippetByOther", RecordingPrecedence.CheckSnip(state, Connected, Agent, All)?.ErrorCode);
        Assert.Equal(new RecordingControls(true, false, false, true, false, true), RecordingPrecedence.Controls(state, Connected, Agent, All));
    }

    [Fact]
    public void Observing_the_same_snippet_state_again_changes_nothing_and_its_end_is_recorded_once()
    {
        var state = Given(RecordingPrecedence.ObserveSnippet(RecordingState.Initial, true, At));

        Assert.Empty(RecordingPrecedence.ObserveSnippet(state, true, At.AddSeconds(1)));
        Assert.Equal(new SnippetRecordingStopped(null, At.AddSeconds(2)), Assert.Single(RecordingPrecedence.ObserveSnippet(state, false, At.AddSeconds(2))));
        Assert.Empty(RecordingPrecedence.ObserveSnippet(RecordingState.Initial, false, At));
    }

    [Fact]
    public void A_snippet_someone_else_starts_absorbs_the_agents_ad_hoc_which_the_agent_may_then_stop()
    {
        var observed = RecordingPrecedence.ObserveSnippet(AdHocRunning(), true, At.AddSeconds(15));
        var state = Given(Record(RecordingState.Initial), observed);

        Assert.Equal(new SnippetRecordingStarted(null, Agent, 1, At.AddSeconds(15)), Assert.Single(observed));
        Assert.IsType<SnippetRecordingStopped>(Assert.Single(Record(state, 30)));
    }

    [Fact]
    public void A_snippet_after_a_stopped_ad_hoc_is_a_separate_recording()
    {
        var state = Given(Record(RecordingState.Initial), Record(AdHocRunning(), 15));

        Assert.Equal(new SnippetRecordingStarted(Agent, null, 2, At.AddSeconds(20)), Assert.Single(Snip(state)));
    }

    [Fact]
    public void Record_needs_the_Record_Interactions_right()
    {
        var rights = All with { RecordInteractions = false };

        Assert.Equal("recording.notPermitted", RecordingPrecedence.CheckRecord(RecordingState.Initial, Connected, Agent, rights)?.ErrorCode);
        Assert.False(RecordingPrecedence.Controls(RecordingState.Initial, Connected, Agent, rights).RecordVisible);
    }

    [Theory]
    [InlineData(false, true, false, "recording.notPermitted")]
    [InlineData(true, false, false, "recording.notLicensed")]
    [InlineData(true, true, false, null)]
    [InlineData(true, false, true, null)]
    public void Snip_needs_the_Snip_Interactions_right_and_a_Recorder_Access_license_for_the_agent_or_the_station(
        bool snipRight, bool userLicense, bool stationLicense, string? errorCode)
    {
        var rights = new RecordingRights(true, snipRight, userLicense, stationLicense);

        Assert.Equal(errorCode, RecordingPrecedence.CheckSnip(RecordingState.Initial, Connected, Agent, rights)?.ErrorCode);
        Assert.Equal(errorCode is null, RecordingPrecedence.Controls(RecordingState.Initial, Connected, Agent, rights).SnipVisible);
    }

    [Theory]
    [InlineData(InteractionStatus.Alerting)]
    [InlineData(InteractionStatus.Held)]
    [InlineData(InteractionStatus.Disconnected)]
    public void A_recording_starts_only_on_a_connected_call(InteractionStatus status)
    {
        Assert.Equal("recording.notConnected", RecordingPrecedence.CheckRecord(RecordingState.Initial, Call(status: status), Agent, All)?.ErrorCode);
        Assert.Equal("recording.notConnected", RecordingPrecedence.CheckSnip(RecordingState.Initial, Call(status: status), Agent, All)?.ErrorCode);
        Assert.Equal("recording.notConnected", RecordingPrecedence.CheckRecord(RecordingState.Initial, Chat(), Agent, All)?.ErrorCode);
        Assert.False(RecordingPrecedence.Controls(RecordingState.Initial, Call(status: status), Agent, All).RecordEnabled);
    }

    [Fact]
    public void A_recording_can_be_stopped_while_the_call_is_held()
    {
        Assert.IsType<AdHocRecordingStopped>(Assert.Single(Record(AdHocRunning(), call: Call(status: InteractionStatus.Held))));
    }

    [Fact]
    public void Another_agents_call_cannot_be_recorded()
    {
        Assert.Equal("interaction.notFound", RecordingPrecedence.CheckRecord(RecordingState.Initial, Call(user: "agent2"), Agent, All)?.ErrorCode);
        Assert.Equal("interaction.notFound", RecordingPrecedence.CheckSnip(RecordingState.Initial, Call(user: "agent2"), Agent, All)?.ErrorCode);
    }

    [Fact]
    public void The_recording_stops_when_the_call_ends()
    {
        Assert.Equal(new AdHocRecordingStopped(Agent, At), Assert.Single(RecordingPrecedence.CallEnded(AdHocRunning(), At)));
        Assert.Equal(new SnippetRecordingStopped(null, At), Assert.Single(RecordingPrecedence.CallEnded(Given(Snip(RecordingState.Initial)), At)));
        Assert.Empty(RecordingPrecedence.CallEnded(RecordingState.Initial, At));
    }

    [Fact]
    public void A_message_cic_sent_before_the_agents_snip_does_not_undo_it_and_Record_stays_usable_throughout()
    {
        var merged = Given(Record(RecordingState.Initial), Snip(AdHocRunning(), 20)); // Snip at At+20s merged the ad hoc

        Assert.Empty(RecordingPrecedence.ObserveSnippet(merged, false, At.AddSeconds(21))); // sent before the press
        var confirmed = RecordingPrecedence.ObserveSnippet(merged, true, At.AddSeconds(22));
        Assert.Equal(new SnippetRecordingConfirmed(true, At.AddSeconds(22)), Assert.Single(confirmed));
        var state = Given(Record(RecordingState.Initial), Snip(AdHocRunning(), 20), confirmed);
        Assert.True(RecordingPrecedence.Controls(state, Connected, Agent, All).RecordEnabled);
        Assert.IsType<SnippetRecordingStopped>(Assert.Single(RecordingPrecedence.ObserveSnippet(state, false, At.AddSeconds(23))));
    }

    [Fact]
    public void A_message_cic_sent_before_the_agent_stopped_the_snippet_does_not_start_it_again()
    {
        var running = Given(Snip(RecordingState.Initial), RecordingPrecedence.ObserveSnippet(Given(Snip(RecordingState.Initial)), true, At.AddSeconds(21)));
        var stopped = Given(Snip(RecordingState.Initial), RecordingPrecedence.ObserveSnippet(Given(Snip(RecordingState.Initial)), true, At.AddSeconds(21)),
            Snip(running, 30));

        Assert.False(stopped.SnippetActive);
        Assert.Empty(RecordingPrecedence.ObserveSnippet(stopped, true, At.AddSeconds(31)));
        Assert.IsType<SnippetRecordingConfirmed>(Assert.Single(RecordingPrecedence.ObserveSnippet(stopped, false, At.AddSeconds(32))));
    }

    [Fact]
    public void When_cic_never_shows_the_press_its_attributes_count_again_after_the_confirmation_window()
    {
        var state = Given(Snip(RecordingState.Initial)); // pressed at At+20s
        var late = At.AddSeconds(20) + RecordingPrecedence.ConfirmationWindow;

        Assert.IsType<SnippetRecordingStopped>(Assert.Single(RecordingPrecedence.ObserveSnippet(state, false, late)));
    }
}
