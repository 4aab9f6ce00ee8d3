using PureConnect.Grains.Calls;

namespace PureConnect.Grains.Interactions;

/// <summary>
/// When an interaction's grain has nothing left to do and can leave memory: CIC has deallocated it, no wrap-up is open, no
/// secure pause runs, and its call log can no longer be edited. Until then it stays (Orleans would otherwise keep every
/// ended call for its 15-minute idle age: tens of thousands of activations at peak). It re-activates from its snapshot if
/// anything still arrives. Pure: time is passed in.
/// </summary>
public static class InteractionRetirement
{
    /// <summary>When the grain may be deactivated; null while it still has work (not deallocated, wrap-up open, secure pause).</summary>
    public static DateTimeOffset? DueAt(InteractionModel state, TimeSpan editWindow, DateTimeOffset now)
    {
        if (!state.Deallocated || state.WrapUp is { IsOpen: true } || SecurePause.NextDue(state.SecurePause) is not null)
        {
            return null;
        }

        var locked = state.DisconnectedAt is { } ended ? ended + editWindow : now;
        return locked > now ? locked : now;
    }

    /// <summary>What the retirement timer does when it fires at <paramref name="at"/>: leave memory once due; wait for the rest
    /// when it fired a little before its time (a grain timer may); nothing when work arrived meanwhile (the next change arms it).</summary>
    public static RetirementStep OnTimer(InteractionModel state, TimeSpan editWindow, DateTimeOffset at) =>
        DueAt(state, editWindow, at) switch
        {
            null => RetirementStep.Stay,
            { } due when due <= at => RetirementStep.Deactivate,
            _ => RetirementStep.WaitForTheRest,
        };
}

public enum RetirementStep
{
    Stay,
    Deactivate,
    WaitForTheRest,
}
