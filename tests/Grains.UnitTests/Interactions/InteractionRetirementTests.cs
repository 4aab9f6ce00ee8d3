using System.Collections.Immutable;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Interactions;

public sealed class InteractionRetirementTests
{
    private static readonly DateTimeOffset Ended = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(2);

    private static InteractionModel Deallocated() => InteractionModel.Initial with
    {
        Status = InteractionStatus.Disconnected,
        DisconnectedAt = Ended,
        Deallocated = true,
    };

    [Fact]
    public void A_deallocated_call_leaves_memory_when_its_call_log_locks()
    {
        Assert.Equal(Ended + EditWindow, InteractionRetirement.DueAt(Deallocated(), EditWindow, Ended.AddSeconds(5)));
        Assert.Equal(Ended.AddMinutes(10), InteractionRetirement.DueAt(Deallocated(), EditWindow, Ended.AddMinutes(10)));
    }

    [Fact]
    public void A_call_CIC_still_holds_stays()
    {
        Assert.Null(InteractionRetirement.DueAt(Deallocated() with { Deallocated = false }, EditWindow, Ended.AddHours(1)));
    }

    [Fact]
    public void An_open_wrap_up_or_a_running_secure_pause_keeps_the_grain()
    {
        var wrapUp = Deallocated() with { WrapUp = new WrapUpState { UserId = "agent1", Status = WrapUpStatus.Open, Deadline = Ended.AddMinutes(5) } };
        var paused = Deallocated() with
        {
            SecurePause = SecurePauseState.Initial with { EndsAt = ImmutableDictionary<string, DateTimeOffset>.Empty.Add("agent1", Ended.AddMinutes(1)) },
        };

        Assert.Null(InteractionRetirement.DueAt(wrapUp, EditWindow, Ended.AddMinutes(3)));
        Assert.Null(InteractionRetirement.DueAt(paused, EditWindow, Ended.AddMinutes(3)));
    }

    [Fact]
    public void A_call_that_never_connected_leaves_as_soon_as_it_is_deallocated()
    {
        var missed = InteractionModel.Initial with { Status = InteractionStatus.Disconnected, Deallocated = true };

        Assert.Equal(Ended, InteractionRetirement.DueAt(missed, EditWindow, Ended));
    }

    [Fact]
    public void A_timer_that_fires_early_waits_for_the_rest_instead_of_keeping_the_grain_for_good()
    {
        var due = Ended + EditWindow;

        Assert.Equal(RetirementStep.WaitForTheRest, InteractionRetirement.OnTimer(Deallocated(), EditWindow, due.AddMilliseconds(-3)));
        Assert.Equal(RetirementStep.Deactivate, InteractionRetirement.OnTimer(Deallocated(), EditWindow, due));
        Assert.Equal(RetirementStep.Deactivate, InteractionRetirement.OnTimer(Deallocated(), EditWindow, due.AddSeconds(1)));
    }

    [Fact]
    public void A_timer_that_fires_after_new_work_arrived_leaves_the_grain_in_memory()
    {
        var reopened = Deallocated() with { WrapUp = new WrapUpState { UserId = "agent1", Status = WrapUpStatus.Open, Deadline = Ended.AddMinutes(5) } };

        Assert.Equal(RetirementStep.Stay, InteractionRetirement.OnTimer(reopened, EditWindow, Ended + EditWindow));
    }
}
