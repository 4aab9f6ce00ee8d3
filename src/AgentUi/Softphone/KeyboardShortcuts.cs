namespace PureConnect.AgentUi.Softphone;

/// <summary>What a keyboard shortcut does (spec: "Use keyboard shortcuts").</summary>
public enum ShortcutAction
{
    Pickup,
    Hold,
    Mute,
    Disconnect,
    Available,
    DialPad,
    CallLog,
    Interactions,
    Help,
    Close,
}

/// <summary>One key and what it does.</summary>
public sealed record KeyboardShortcut(string Key, ShortcutAction Action);

/// <summary>
/// Spec, "Use keyboard shortcuts": pick up, hold, mute, disconnect, Available, dial pad, call log and interaction view, each on one key
/// that works while the cursor is not in a text field, plus <c>?</c> for the list of them and <c>Esc</c> to close it. (The spec's
/// "Open/close the softphone" belongs to the Salesforce console, which owns the softphone's window there.)
/// </summary>
public static class KeyboardShortcuts
{
    /// <summary>The CIC status the Available shortcut sets (CIC's built-in status id).</summary>
    public const string AvailableStatusId = "Available";

    /// <summary>The table the help overlay shows, in the spec's order.</summary>
    public static IReadOnlyList<KeyboardShortcut> All { get; } =
    [
        new("P", ShortcutAction.Pickup),
        new("H", ShortcutAction.Hold),
        new("M", ShortcutAction.Mute),
        new("D", ShortcutAction.Disconnect),
        new("A", ShortcutAction.Available),
        new("K", ShortcutAction.DialPad),
        new("L", ShortcutAction.CallLog),
        new("I", ShortcutAction.Interactions),
        new("?", ShortcutAction.Help),
        new("Esc", ShortcutAction.Close),
    ];

    /// <summary>The keys as the browser names them (<c>KeyboardEvent.key</c>), lower case, for the page to catch.</summary>
    public static IReadOnlyList<string> BrowserKeys { get; } = [.. All.Select(s => BrowserKey(s.Key))];

    /// <summary>The action of a key the browser reported, or null when the key is no shortcut.</summary>
    public static ShortcutAction? ActionOf(string browserKey) =>
        All.FirstOrDefault(s => BrowserKey(s.Key) == browserKey.ToLowerInvariant())?.Action;

    /// <summary>The call control a shortcut works, if it is one.</summary>
    public static CallControl? ControlOf(ShortcutAction action) => action switch
    {
        ShortcutAction.Pickup => CallControl.Pickup,
        ShortcutAction.Hold => CallControl.Hold,
        ShortcutAction.Mute => CallControl.Mute,
        ShortcutAction.Disconnect => CallControl.Disconnect,
        _ => null,
    };

    private static string BrowserKey(string key) => key == "Esc" ? "escape" : key.ToLowerInvariant();
}
