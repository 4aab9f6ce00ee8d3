using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given these pauses on a call, when the agent presses Secure Pause or time passes, then these events or this refusal.</summary>
public sealed class SecurePauseTests
{
    private static readonly TimeSpan Maximum = TimeSpan.FromSeconds(60);
    private static readonly RecordingState NotRecording = RecordingState.Initial;

    private static SecurePauseState Given(params IEnumerable<InteractionEvent>[] events) => Fold(SecurePauseState.Initial, SecurePause.Evolve, events);

    private static IReadOnlyList<InteractionEvent> Press(SecurePauseState state, int seconds, string user = Agent) =>
        SecurePause.Pause(state, NotRecording, Call(user: user), user, Maximum, At.AddSeconds(seconds));

    private static SecurePauseState PausedAtZero() => Given(Press(SecurePauseState.Initial, 0));

    [Fact]
    public void A_pause_lasts_the_length_configured_in_CIC_and_counts_down()
    {
        var events = Press(SecurePauseState.Initial, 0);

        Assert.Equal(new SecurePauseStarted(Agent, At.AddSeconds(60), At), Assert.Single(events));
        Assert.Equal(TimeSpan.FromSeconds(45), SecurePause.Remaining(PausedAtZero(), Agent, At.AddSeconds(15)));
        Assert.True(SecurePause.IsPaused(PausedAtZero(), Agent, At.AddSeconds(59)));
    }

    [Fact]
    public void Pressing_again_resets_the_countdown_to_the_maximum_and_never_extends_it()
    {
        var reset = Press(PausedAtZero(), 10);

        Assert.Equal(new SecurePauseReset(Agent, At.AddSeconds(70), At.AddSeconds(10)), Assert.Single(reset));
        Assert.Equal(Maximum, SecurePause.Remaining(Given(Press(SecurePauseState.Initial, 0), reset), Agent, At.AddSeconds(10)));
    }

    [Fact]
    public void The_pause_ends_when_the_timer_runs_out()
    {
        Assert.Empty(SecurePause.TimeOut(PausedAtZero(), At.AddSeconds(59)));
        var ended = SecurePause.TimeOut(PausedAtZero(), At.AddSeconds(61));

        Assert.Equal(new SecurePauseEnded(Agent, At.AddSeconds(60)), Assert.Single(ended));
        var state = Given(Press(SecurePauseState.Initial, 0), ended);
        Assert.Equal(TimeSpan.Zero, SecurePause.Remaining(state, Agent, At.AddSeconds(61)));
        Assert.Empty(SecurePause.TimeOut(state, At.AddSeconds(120)));
        Assert.Null(SecurePause.NextDue(state));
    }

    [Fact]
    public void Pressing_after_the_timer_ran_out_but_before_it_fired_closes_the_old_pause_and_starts_a_new_one()
    {
        var events = Press(PausedAtZero(), 90);

        Assert.Equal([new SecurePauseEnded(Agent, At.AddSeconds(60)), new SecurePauseStarted(Agent, At.AddSeconds(150), At.AddSeconds(90))], events);
    }

    [Fact]
    public void No_secure_pause_while_a_snippet_recording_runs()
    {
        var snippet = RecordingState.Initial with { SnippetActive = true };

        Assert.Equal("securePause.snippetActive", SecurePause.Check(snippet, Call(), Agent, Maximum)?.ErrorCode);
        Assert.Empty(SecurePause.Pause(SecurePauseState.Initial, snippet, Call(), Agent, Maximum, At));
    }

    [Fact]
    public void The_call_need_not_be_recorded_by_the_agent_to_pause()
    {
        Assert.Null(SecurePause.Check(NotRecording, Call(), Agent, Maximum));
        Assert.Null(SecurePause.Check(RecordingState.Initial with { AdHocBy = Agent }, Call(), Agent, Maximum));
    }

    [Theory]
    [InlineData(InteractionStatus.Alerting)]
    [InlineData(InteractionStatus.Held)]
    [InlineData(InteractionStatus.Disconnected)]
    public void A_secure_pause_needs_a_connected_call(InteractionStatus status)
    {
        Assert.Equal("securePause.notConnected", SecurePause.Check(NotRecording, Call(status: status), Agent, Maximum)?.ErrorCode);
        Assert.Equal("securePause.notConnected", SecurePause.Check(NotRecording, Chat(), Agent, Maximum)?.ErrorCode);
    }

    [Fact]
    public void Without_a_configured_length_or_on_another_agents_call_it_is_refused()
    {
        Assert.Equal("securePause.notConfigured", SecurePause.Check(NotRecording, Call(), Agent, TimeSpan.Zero)?.ErrorCode);
        Assert.Equal("interaction.notFound", SecurePause.Check(NotRecording, Call(user: "agent2"), Agent, Maximum)?.ErrorCode);
    }

    [Fact]
    public void A_pause_affects_only_the_agent_who_pressed_it()
    {
        var state = Given(Press(SecurePauseState.Initial, 0), Press(SecurePauseState.Initial, 30, "agent2"));

        Assert.Equal(TimeSpan.FromSeconds(20), SecurePause.Remaining(state, Agent, At.AddSeconds(40)));
        Assert.Equal(TimeSpan.FromSeconds(50), SecurePause.Remaining(state, "agent2", At.AddSeconds(40)));
        Assert.Equal(At.AddSeconds(60), SecurePause.NextDue(state));
        Assert.Equal([new SecurePauseEnded(Agent, At.AddSeconds(60))], SecurePause.TimeOut(state, At.AddSeconds(61)));
        Assert.False(SecurePause.IsPaused(PausedAtZero(), "agent2", At.AddSeconds(1)));
    }

    [Fact]
    public void Every_pause_ends_when_the_call_ends()
    {
        Assert.Equal([new SecurePauseEnded(Agent, At.AddSeconds(20))], SecurePause.CallEnded(PausedAtZero(), At.AddSeconds(20)));
        Assert.Empty(SecurePause.CallEnded(SecurePauseState.Initial, At));
    }
}
