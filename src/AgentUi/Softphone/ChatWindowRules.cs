using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>One tab of the chat window: a chat the agent has (active) or had (expired: ended, or gone from the queue).</summary>
public sealed record ChatTab(InteractionItem Item, bool Expired, int Unread);

/// <summary>
/// The pop-out chat window (spec: "Work with chats", "Navigate multiple chats"): active and expired chats as separate tabs, the
/// active ones first in the order they arrived, then the expired ones; a red number of unread texts on active tabs other than the one
/// shown (the one shown is read as it arrives); the controls across the top mirror the softphone's (pick up, hold, transfer,
/// disconnect); texts go out only on a picked-up chat.
/// </summary>
public static class ChatWindowRules
{
    public const string ObjectType = "Chat";

    /// <summary>The controls across the top of the chat window, in their order.</summary>
    public static readonly IReadOnlyList<CallControl> Controls = [CallControl.Pickup, CallControl.Hold, CallControl.Transfer, CallControl.Disconnect];

    public static bool IsChat(InteractionItem? item) =>
        item is not null && (item.Chat is not null || string.Equals(item.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase));

    public static bool IsExpired(InteractionItem item) => !InteractionRules.IsActive(item);

    /// <summary>
    /// The tabs: the agent's chats (active first, oldest first; then expired, most recently ended first), then the chats the window
    /// remembers that are no longer on the queue (transferred, deallocated), as expired, until the agent closes them.
    /// </summary>
    public static IReadOnlyList<ChatTab> Tabs(IReadOnlyList<InteractionItem> interactions, IReadOnlyList<InteractionItem> remembered, string? shownKey)
    {
        var chats = interactions.Where(IsChat).ToList();
        var listed = chats.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var active = chats.Where(c => !IsExpired(c)).OrderBy(c => c.FirstSeenAt ?? DateTimeOffset.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal);
        var expired = chats.Where(IsExpired).Concat(remembered.Where(r => !listed.Contains(r.Key)))
            .OrderByDescending(c => c.DisconnectedAt ?? DateTimeOffset.MinValue).ThenBy(c => c.Key, StringComparer.Ordinal);
        return
        [
            .. active.Select(c => new ChatTab(c, Expired: false, Unread: c.Key == shownKey ? 0 : c.Chat?.Unread ?? 0)),
            .. expired.Select(c => new ChatTab(c, Expired: true, Unread: 0)),
        ];
    }

    /// <summary>The tab shown: the agent's choice while it is still there, else the alerting chat, else the first active one, else the
    /// first tab.</summary>
    public static ChatTab? Shown(IReadOnlyList<ChatTab> tabs, string? chosenKey) =>
        tabs.FirstOrDefault(t => t.Item.Key == chosenKey)
        ?? tabs.FirstOrDefault(t => InteractionRules.StateOf(t.Item) == CallState.Alerting)
        ?? tabs.FirstOrDefault(t => !t.Expired)
        ?? tabs.FirstOrDefault();

    /// <summary>Chats the window keeps showing as expired after they left the queue: those it knew that are gone now.</summary>
    public static IReadOnlyList<InteractionItem> Remember(IReadOnlyList<InteractionItem> remembered, IReadOnlyList<ChatTab> before,
        IReadOnlyList<InteractionItem> interactions)
    {
        var listed = interactions.Where(IsChat).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var gone = before.Where(t => !listed.Contains(t.Item.Key)).Select(t => t.Item);
        return [.. remembered.Concat(gone).Where(i => !listed.Contains(i.Key)).DistinctBy(i => i.Key)];
    }

    /// <summary>Whether a control of the window's top bar is enabled for the chat (the softphone's rules; a chat has no mute).</summary>
    public static bool IsEnabled(InteractionItem item, CallControl control) =>
        Controls.Contains(control) && InteractionRules.IsAvailable(item, control);

    /// <summary>Texts (and the typing indicator) go out only on a chat the agent picked up (connected or held).</summary>
    public static bool CanWrite(InteractionItem item) => InteractionRules.StateOf(item) is CallState.Connected or CallState.Held;

    /// <summary>The other side's members typing now (the visitor, other users), for the typing indicator.</summary>
    public static IReadOnlyList<string> TypingNames(InteractionItem item) =>
        [.. (item.Chat?.Members ?? []).Where(m => m.Typing && m.Party is not ("Agent" or "System")).Select(m => m.DisplayName)];

    /// <summary>Total unread texts of active chats, for the softphone's chat button.</summary>
    public static int UnreadTotal(IReadOnlyList<InteractionItem> interactions) =>
        interactions.Where(i => IsChat(i) && !IsExpired(i)).Sum(i => i.Chat?.Unread ?? 0);

    /// <summary>Whether the key the agent pressed in the message field sends the text: Enter does, Shift+Enter is a new line.</summary>
    public static bool SendsOnKey(string key, bool shift) => key == "Enter" && !shift;
}

/// <summary>
/// The agent's own typing indicator, throttled: "typing" goes out on the first keystroke and again only after
/// <see cref="Resend"/> of typing; "stopped" once no key was pressed for <see cref="Idle"/>, or when the text is sent or cleared.
/// </summary>
public sealed class ChatTypingThrottle
{
    public static readonly TimeSpan Resend = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(4);

    private DateTimeOffset? _sentAt;
    private DateTimeOffset _lastKey;

    /// <summary>Whether the indicator the other side sees is on.</summary>
    public bool On => _sentAt is not null;

    /// <summary>A keystroke in the message field: true when "typing" is to be sent now.</summary>
    public bool KeyPressed(DateTimeOffset now, bool fieldEmpty)
    {
        _lastKey = now;
        if (fieldEmpty)
        {
            return false;
        }

        if (_sentAt is { } sent && now - sent < Resend)
        {
            return false;
        }

        _sentAt = now;
        return true;
    }

    /// <summary>A periodic check or the field emptied: true when "stopped" is to be sent now.</summary>
    public bool ShouldStop(DateTimeOffset now, bool fieldEmpty)
    {
        if (_sentAt is null || (!fieldEmpty && now - _lastKey < Idle))
        {
            return false;
        }

        _sentAt = null;
        return true;
    }

    /// <summary>The text was sent (the server clears the indicator with it).</summary>
    public void Sent() => _sentAt = null;
}
