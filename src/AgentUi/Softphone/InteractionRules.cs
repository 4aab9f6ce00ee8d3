using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// What the softphone may do with an interaction, after the spec's "Call controls", "Pick up" and "Hold":
/// pick up an alerting call (or resume a held one), hold a connected call and click again to resume (Hold on an alerting call
/// picks it up and holds it), mute a connected call, transfer, disconnect (or decline) anything not yet disconnected; a
/// disconnected call is dialed again with a double-click.
/// </summary>
public static class InteractionRules
{
    public static CallState StateOf(InteractionItem item) =>
        Enum.TryParse<CallState>(item.Status, ignoreCase: true, out var state) ? state : CallState.Unknown;

    public static bool IsActive(InteractionItem item) => StateOf(item) is not (CallState.Disconnected or CallState.Unknown);

    public static bool IsAvailable(InteractionItem item, CallControl control) => (control, StateOf(item)) switch
    {
        (CallControl.Pickup, CallState.Alerting or CallState.Offering or CallState.Held) => true,
        (CallControl.Hold, CallState.Alerting or CallState.Connected or CallState.Held) => true,
        (CallControl.Mute, CallState.Connected or CallState.Held) => true,
        (CallControl.Mute, _) => item.Muted && IsActive(item),
        (CallControl.Transfer, _) => TransferRules.IsAvailable(item),
        (CallControl.Disconnect, var state) => state is not (CallState.Disconnected or CallState.Unknown),
        _ => false,
    };

    /// <summary>Whether the control is "on" (marked with a bar): hold while held, mute while muted.</summary>
    public static bool IsOn(InteractionItem item, CallControl control) => control switch
    {
        CallControl.Hold => StateOf(item) == CallState.Held,
        CallControl.Mute => item.Muted,
        CallControl.Transfer => item.Calls?.Consult is not null,
        _ => false,
    };

    /// <summary>The AgentApi action of a click: hold and mute toggle; pickup resumes a held call; hold picks up an alerting one and holds it.</summary>
    public static string ActionOf(InteractionItem item, CallControl control) => control switch
    {
        CallControl.Pickup => StateOf(item) == CallState.Held ? "unhold" : "pickup",
        CallControl.Hold => StateOf(item) switch { CallState.Held => "unhold", CallState.Alerting => "pickup-hold", _ => "hold" },
        CallControl.Mute => item.Muted ? "unmute" : "mute",
        _ => "disconnect",
    };

    /// <summary>A disconnected call with a number can be dialed again (double-click).</summary>
    public static bool CanRedial(InteractionItem item) =>
        StateOf(item) == CallState.Disconnected && !ConferenceRules.IsConference(item) && !string.IsNullOrWhiteSpace(item.RemoteAddress);

    /// <summary>An interaction event for someone else (or no one) about one this agent had: it left the agent (transferred, back in its queue).</summary>
    public static bool HasLeft(InteractionItem item, InteractionItem? known, string? agentId) =>
        agentId is not null && item.UserId != agentId && (item.UserId is not null || known?.UserId == agentId);

    /// <summary>
    /// The interaction the call controls act on: the agent's choice while it is still active, otherwise the
    /// alerting one (the pickup control activates with the alert), then any other active one, then the newest.
    /// </summary>
    public static InteractionItem? Select(IReadOnlyList<InteractionItem> items, string? chosenKey)
    {
        var chosen = items.FirstOrDefault(i => i.Key == chosenKey);
        if (chosen is not null && IsActive(chosen))
        {
            return chosen;
        }

        return items.FirstOrDefault(i => StateOf(i) == CallState.Alerting)
            ?? items.FirstOrDefault(IsActive)
            ?? chosen
            ?? items.FirstOrDefault();
    }

    /// <summary>How long the interaction has lasted: since connect (frozen at disconnect), or since it appeared.</summary>
    public static TimeSpan Duration(InteractionItem item, DateTimeOffset now)
    {
        var start = item.ConnectedAt ?? item.FirstSeenAt;
        var end = item.DisconnectedAt ?? now;
        return start is { } from && end > from ? end - from : TimeSpan.Zero;
    }
}
