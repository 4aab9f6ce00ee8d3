using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// Secure pause (spec: "Securely pause a recording"): "While connected to a call"; "not available if you are making a
/// Snippet recording"; "this pause affects only your recording"; "The length of the secure pause is configured in CIC";
/// "Click the icon again to reset the length of the secure pause to its maximum duration"; "The secure pause ends once the
/// timer runs out"; "You cannot cancel a secure pause ... or extend [it] beyond the maximum". No ad hoc recording needs to
/// run ("You do not have to manually record the call"). Pure: time is passed in.
/// </summary>
public static class SecurePause
{
    public static CommandResult? Check(RecordingState recording, CallFacts call, string userId, TimeSpan maximum)
    {
        if (!call.IsOwnedBy(userId))
        {
            return CallRefusals.NotYours;
        }

        if (maximum <= TimeSpan.Zero)
        {
            return CommandResult.Fail("securePause.notConfigured", "No secure pause length is configured in CIC.");
        }

        if (!call.IsCall || !call.IsConnected)
        {
            return CommandResult.Fail("securePause.notConnected", "A secure pause needs a connected call.");
        }

        return recording.SnippetActive
            ? CommandResult.Fail("securePause.snippetActive", "Secure pause is not available while a snippet recording runs.")
            : null;
    }

    /// <summary>Pressed: start a pause of the maximum length, or, while paused, start the countdown over at the maximum.</summary>
    public static IReadOnlyList<InteractionEvent> Pause(
        SecurePauseState state, RecordingState recording, CallFacts call, string userId, TimeSpan maximum, DateTimeOffset now)
    {
        if (Check(recording, call, userId, maximum) is not null)
        {
            return [];
        }

        if (IsPaused(state, userId, now))
        {
            return [new SecurePauseReset(userId, now + maximum, now)];
        }

        // A pause that ran out without its timer firing yet is closed first, so every pause has its end.
        return state.EndsAt.TryGetValue(userId, out var ended)
            ? [new SecurePauseEnded(userId, ended), new SecurePauseStarted(userId, now + maximum, now)]
            : [new SecurePauseStarted(userId, now + maximum, now)];
    }

    /// <summary>The pauses whose timer has run out by <paramref name="now"/>, ended at the moment they ran out.</summary>
    public static IReadOnlyList<InteractionEvent> TimeOut(SecurePauseState state, DateTimeOffset now) =>
        [.. state.EndsAt.Where(p => now >= p.Value).OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new SecurePauseEnded(p.Key, p.Value))];

    /// <summary>The call disconnected: every pause on it ends now.</summary>
    public static IReadOnlyList<InteractionEvent> CallEnded(SecurePauseState state, DateTimeOffset now) =>
        [.. state.EndsAt.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SecurePauseEnded(p.Key, p.Value < now ? p.Value : now))];

    /// <summary>The countdown the softphone shows; zero when <paramref name="userId"/> is not paused.</summary>
    public static TimeSpan Remaining(SecurePauseState state, string userId, DateTimeOffset now) =>
        state.EndsAt.TryGetValue(userId, out var endsAt) && endsAt > now ? endsAt - now : TimeSpan.Zero;

    public static bool IsPaused(SecurePauseState state, string userId, DateTimeOffset now) => Remaining(state, userId, now) > TimeSpan.Zero;

    /// <summary>When the next timer is due, for the grain's timer; null when nobody is paused.</summary>
    public static DateTimeOffset? NextDue(SecurePauseState state) => state.EndsAt.IsEmpty ? null : state.EndsAt.Values.Min();

    public static SecurePauseState Evolve(SecurePauseState state, InteractionEvent @event) => @event switch
    {
        SecurePauseStarted e => state with { EndsAt = state.EndsAt.SetItem(e.UserId, e.EndsAt) },
        SecurePauseReset e => state with { EndsAt = state.EndsAt.SetItem(e.UserId, e.EndsAt) },
        SecurePauseEnded e => state with { EndsAt = state.EndsAt.Remove(e.UserId) },
        _ => state,
    };
}
