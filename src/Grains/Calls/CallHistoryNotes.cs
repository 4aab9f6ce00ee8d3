using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// Which lines of whose call history a batch of a call's events writes (spec: "Call history": missed, outgoing, answered or
/// forwarded calls). The owner's line when the call ends, is transferred or goes to voicemail; and a line for an agent the call
/// left without their transfer: missed when it was ringing there (declined, not answered, returned to its queue), answered when
/// they had it (they left a conference of it, which goes on without them). Pure.
/// </summary>
public static class CallHistoryNotes
{
    public static IReadOnlyList<(string UserId, CallHistoryLine Line)> Of(InteractionModel before, IReadOnlyList<InteractionEvent> events, DateTimeOffset now)
    {
        var lines = new List<(string, CallHistoryLine)>();
        var state = before;
        foreach (var @event in events)
        {
            if (@event is InteractionUnassigned left && state.UserId == left.UserId && IsCall(state.ObjectType) && Left(state, left) is { } line)
            {
                lines.Add((left.UserId, line));
            }

            state = InteractionDecider.Evolve(state, @event);
        }

        if (events.Any(e => e is InteractionDisconnected or InteractionTransferred or InteractionSentToVoicemail) && state.UserId is { } owner
            && IsCall(state.ObjectType))
        {
            var forwarded = state.Transfer.TransferredAt is not null || state.Status == InteractionStatus.Voicemail;
            lines.Add((owner, Line(state, state.ConnectedAt, state.Transfer.TransferredAt ?? state.DisconnectedAt, forwarded, now)));
        }

        return lines;
    }

    /// <summary>The line of an agent the call leaves; none when it left by their own transfer (that line was written then) or had ended.</summary>
    private static CallHistoryLine? Left(InteractionModel state, InteractionUnassigned left) => state switch
    {
        { IsEnded: true } or { Transfer.LegTransferred: true } => null,
        { Status: InteractionStatus.Alerting } => Line(state, null, left.OccurredAt, false, left.OccurredAt),
        { Status: InteractionStatus.Connected or InteractionStatus.Held, ConnectedAt: { } connected } => Line(state, connected, left.OccurredAt, false, left.OccurredAt),
        _ => null,
    };

    private static CallHistoryLine Line(InteractionModel s, DateTimeOffset? connectedAt, DateTimeOffset? endedAt, bool forwarded, DateTimeOffset now) =>
        new(s.InteractionId, s.RemoteName, s.RemoteAddress, s.FirstSeenAt ?? now, s.Direction, connectedAt, endedAt, forwarded);

    private static bool IsCall(string objectType) => string.Equals(objectType, CallFacts.CallObjectType, StringComparison.OrdinalIgnoreCase);
}
