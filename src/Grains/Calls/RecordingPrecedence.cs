using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// The Record and Snip toggles of one call (spec: "Record a call", "Snippet Recording Precedence"): "the snippet recording
/// takes precedence"; "If you start an ad hoc recording first and then start a snippet recording, the ad-hoc recording merges
/// into the snippet recording ... You can use either the Record or Snip button stop this recording"; "if you or another user
/// start a snippet recording first, you cannot start an ad hoc recording ... The Record button is unavailable"; "You can press
/// the Record or Snip button more than once ... making separate recordings". Starting needs a connected call; stopping
/// needs only a live one. A snippet someone else started is theirs to stop. Pure: time is passed in.
/// </summary>
public static class RecordingPrecedence
{
    public static CommandResult? CheckRecord(RecordingState state, CallFacts call, string userId, RecordingRights rights)
    {
        if (!call.IsOwnedBy(userId))
        {
            return CallRefusals.NotYours;
        }

        if (!rights.CanRecord)
        {
            return CommandResult.Fail("recording.notPermitted", "Recording a call needs the Record Interactions right.");
        }

        if (state.SnippetActive && state.MergedFrom != userId)
        {
            return CommandResult.Fail("recording.snippetActive",
                "A snippet recording of this call is running; it takes precedence, so an ad hoc recording cannot start.");
        }

        return Ready(call, stopping: state.SnippetActive || state.AdHocActive);
    }

    /// <summary>Record pressed: stop what it controls (the ad hoc, or the snippet it merged into), else start an ad hoc.</summary>
    public static IReadOnlyList<InteractionEvent> Record(RecordingState state, CallFacts call, string userId, RecordingRights rights, DateTimeOffset now)
    {
        if (CheckRecord(state, call, userId, rights) is not null)
        {
            return [];
        }

        if (state.SnippetActive)
        {
            return [new SnippetRecordingStopped(userId, now)];
        }

        return state.AdHocActive ? [new AdHocRecordingStopped(userId, now)] : [new AdHocRecordingStarted(userId, state.Recordings + 1, now)];
    }

    public static CommandResult? CheckSnip(RecordingState state, CallFacts call, string userId, RecordingRights rights)
    {
        if (!call.IsOwnedBy(userId))
        {
            return CallRefusals.NotYours;
        }

        if (!rights.SnipInteractions)
        {
            return CommandResult.Fail("recording.notPermitted", "A snippet recording needs the Snip Interactions right.");
        }

        if (!rights.HasRecorderAccess)
        {
            return CommandResult.Fail("recording.notLicensed", "A snippet recording needs a Recorder Access license for you or your station.");
        }

        if (state.SnippetActive && !state.SnippetStoppableBy(userId))
        {
            return CommandResult.Fail("recording.snippetByOther", "Someone else is making a snippet recording of this call.");
        }

        return Ready(call, stopping: state.SnippetActive);
    }

    /// <summary>Snip pressed: stop the running snippet, else start one; a running ad hoc merges into it (same recording).</summary>
    public static IReadOnlyList<InteractionEvent> Snip(RecordingState state, CallFacts call, string userId, RecordingRights rights, DateTimeOffset now)
    {
        if (CheckSnip(state, call, userId, rights) is not null)
        {
            return [];
        }

        if (state.SnippetActive)
        {
            return [new SnippetRecordingStopped(userId, now)];
        }

        return [new SnippetRecordingStarted(userId, state.AdHocBy, NextRecording(state), now)];
    }

    /// <summary>How long a press of our own waits for CIC's attributes to show it before they count again whatever they say.</summary>
    public static readonly TimeSpan ConfirmationWindow = TimeSpan.FromSeconds(15);

    /// <summary>
    /// CIC reports whether a snippet recording runs (a supervisor may start one). Repeats change nothing. After our own press,
    /// messages that still show the state before it (CIC sent them before the press; they arrive after) are ignored until one
    /// shows the press, or until <see cref="ConfirmationWindow"/> has passed: the view never flips back and forth.
    /// </summary>
    public static IReadOnlyList<InteractionEvent> ObserveSnippet(RecordingState state, bool active, DateTimeOffset now)
    {
        if (state.SnippetAwaited is { } awaited && now - state.SnippetAwaitedSince < ConfirmationWindow)
        {
            return active == awaited ? [new SnippetRecordingConfirmed(active, now)] : [];
        }

        return (active, state.SnippetActive) switch
        {
            (true, false) => [new SnippetRecordingStarted(null, state.AdHocBy, NextRecording(state), now)],
            (false, true) => [new SnippetRecordingStopped(null, now)],
            _ => [],
        };
    }

    /// <summary>The call disconnected: whatever records stops with it.</summary>
    public static IReadOnlyList<InteractionEvent> CallEnded(RecordingState state, DateTimeOffset now) =>
        state.SnippetActive ? [new SnippetRecordingStopped(null, now)]
        : state.AdHocBy is { } user ? [new AdHocRecordingStopped(user, now)]
        : [];

    /// <summary>The buttons for <paramref name="userId"/>: shown with the rights, enabled where a press would be accepted.</summary>
    public static RecordingControls Controls(RecordingState state, CallFacts call, string userId, RecordingRights rights) => new(
        RecordVisible: rights.CanRecord,
        RecordEnabled: CheckRecord(state, call, userId, rights) is null,
        RecordActive: state.AdHocBy == userId || (state.SnippetActive && state.MergedFrom == userId),
        SnipVisible: rights.CanSnip,
        SnipEnabled: CheckSnip(state, call, userId, rights) is null,
        SnipActive: state.SnippetActive);

    public static RecordingState Evolve(RecordingState state, InteractionEvent @event) => @event switch
    {
        AdHocRecordingStarted e => state with { AdHocBy = e.UserId, Recordings = Math.Max(state.Recordings, e.Recording) },
        AdHocRecordingStopped => state with { AdHocBy = null },
        SnippetRecordingStarted e => state with
        {
            SnippetAwaited = e.StartedBy is null ? null : true,
            SnippetAwaitedSince = e.OccurredAt,
            SnippetActive = true,
            SnippetBy = e.StartedBy,
            MergedFrom = e.MergedAdHocOf,
            AdHocBy = null,
            Recordings = Math.Max(state.Recordings, e.Recording),
        },
        SnippetRecordingStopped e => state with
        {
            SnippetActive = false,
            SnippetBy = null,
            MergedFrom = null,
            SnippetAwaited = e.StoppedBy is null ? null : false,
            SnippetAwaitedSince = e.OccurredAt,
        },
        SnippetRecordingConfirmed => state with { SnippetAwaited = null, SnippetAwaitedSince = null },
        _ => state,
    };

    // A snippet that absorbs an ad hoc recording continues it: one recording, not two.
    private static int NextRecording(RecordingState state) => state.AdHocActive ? state.Recordings : state.Recordings + 1;

    private static CommandResult? Ready(CallFacts call, bool stopping) =>
        call.IsCall && (stopping ? call.IsLive : call.IsConnected)
            ? null
            : CommandResult.Fail("recording.notConnected", "Only a connected call can be recorded.");
}
