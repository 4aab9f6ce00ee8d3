using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// The Call History view (spec: "Call history"): "your recent incoming and outgoing calls, including the name and phone number
/// of the other party, the day and time of the call and its duration"; "all your calls or ... missed, outgoing, answered, or
/// forwarded". A projection of the agent's calls' interaction events; only calls are kept, the most recent
/// <see cref="Capacity"/>. Forwarded (transferred or sent to voicemail) wins over answered. Pure: time is passed in.
/// </summary>
public static class CallHistory
{
    public const int Capacity = 100;

    public static CallHistoryState Apply(CallHistoryState state, string interactionId, InteractionEvent @event, int capacity = Capacity)
    {
        if (@event is InteractionDiscovered d)
        {
            return string.Equals(d.ObjectType, CallFacts.CallObjectType, StringComparison.OrdinalIgnoreCase)
                && state.Items.All(i => i.InteractionId != interactionId)
                ? Add(state, new CallHistoryItem(interactionId, d.RemoteName, d.RemoteAddress, d.InitiatedAt ?? d.OccurredAt, d.Direction), capacity)
                : state;
        }

        return Update(state, interactionId, item => @event switch
        {
            InteractionPartyChanged e => item with { Name = e.RemoteName, Number = e.RemoteAddress },
            InteractionConnected e when item.EndedAt is null => item with { ConnectedAt = item.ConnectedAt ?? e.OccurredAt },
            InteractionSentToVoicemail when item.EndedAt is null => item with { Forwarded = true },
            InteractionTransferred e => item with { Forwarded = true, EndedAt = item.EndedAt ?? e.OccurredAt },
            InteractionDisconnected e => item with { EndedAt = item.EndedAt ?? e.OccurredAt },
            _ => item,
        });
    }

    /// <summary>A call as its interaction reported it when it ended: replaces the line of the same interaction, or adds one.</summary>
    public static CallHistoryState Record(CallHistoryState state, CallHistoryItem item, int capacity = Capacity) =>
        state.Items.Any(i => i.InteractionId == item.InteractionId)
            ? state with { Items = [.. state.Items.Select(i => i.InteractionId == item.InteractionId ? item : i)] }
            : Add(state, item, capacity);

    /// <summary>The view, newest first; a call still going counts its duration up to <paramref name="now"/>.</summary>
    public static IReadOnlyList<CallHistoryEntry> List(CallHistoryState state, CallHistoryFilter filter, DateTimeOffset now) =>
        [.. state.Items
            .Select(i => new CallHistoryEntry(i.InteractionId, i.Name, i.Number, i.At, CallDuration.Of(i.ConnectedAt, i.EndedAt, null, now), i.Direction, KindOf(i)))
            .Where(e => Matches(e.Kind, filter))];

    public static CallHistoryKind KindOf(CallHistoryItem item) => item switch
    {
        { Direction: InteractionDirection.Outbound } => CallHistoryKind.Outgoing,
        { Forwarded: true } => CallHistoryKind.Forwarded,
        { ConnectedAt: not null } => CallHistoryKind.Answered,
        { EndedAt: not null } => CallHistoryKind.Missed,
        _ => CallHistoryKind.Ringing,
    };

    private static bool Matches(CallHistoryKind kind, CallHistoryFilter filter) => filter switch
    {
        CallHistoryFilter.All => true,
        CallHistoryFilter.Missed => kind == CallHistoryKind.Missed,
        CallHistoryFilter.Outgoing => kind == CallHistoryKind.Outgoing,
        CallHistoryFilter.Answered => kind == CallHistoryKind.Answered,
        CallHistoryFilter.Forwarded => kind == CallHistoryKind.Forwarded,
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown call history filter"),
    };

    // Newest first; an older call than the oldest kept one of a full history is not kept at all.
    private static CallHistoryState Add(CallHistoryState state, CallHistoryItem item, int capacity)
    {
        var index = 0;
        while (index < state.Items.Count && state.Items[index].At >= item.At)
        {
            index++;
        }

        if (index >= capacity)
        {
            return state;
        }

        List<CallHistoryItem> items = [.. state.Items.Take(index), item, .. state.Items.Skip(index)];
        return state with { Items = items.Count > capacity ? items[..capacity] : items };
    }

    private static CallHistoryState Update(CallHistoryState state, string interactionId, Func<CallHistoryItem, CallHistoryItem> change) =>
        state.Items.Any(i => i.InteractionId == interactionId)
            ? state with { Items = [.. state.Items.Select(i => i.InteractionId == interactionId ? change(i) : i)] }
            : state;
}
