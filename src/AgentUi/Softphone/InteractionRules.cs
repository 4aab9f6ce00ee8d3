using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// What the softphone may do with an interaction, after the spec's "Call controls", "Pick up" and "Hold":
/// pick up an alerting call (or resume a held one), hold an alerting or connected call and click again to resume,
/// mute a connected call, disconnect (or decline) anything not yet disconnected.
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
        (CallControl.Disconnect, var state) => state is not (CallState.Disconnected or CallState.Unknown),
        _ => false,
    };

    /// <summary>Whether the control is "on" (marked with a bar): hold while held, mute while muted.</summary>
    public static bool IsOn(InteractionItem item, CallControl control) => control switch
    {
        CallControl.Hold => StateOf(item) == CallState.Held,
        CallControl.Mute => item.Muted,
        _ => false,
    };

    /// <summary>The AgentApi action of a click: hold and mute toggle; pickup resumes a held call.</summary>
    public static string ActionOf(InteractionItem item, CallControl control) => control switch
    {
        CallControl.Pickup => StateOf(item) == CallState.Held ? "unhold" : "pickup",
        CallControl.Hold => StateOf(item) == CallState.Held ? "unhold" : "hold",
        CallControl.Mute => item.Muted ? "unmute" : "mute",
        _ => "disconnect",
    };

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
