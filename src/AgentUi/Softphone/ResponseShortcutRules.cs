namespace PureConnect.AgentUi.Softphone;

/// <summary>The shortcut typed just before the caret: where it starts and what it is.</summary>
public sealed record TypedShortcut(int Start, string Shortcut);

/// <summary>A message field's text and caret after an insertion.</summary>
public sealed record FieldEdit(string Text, int Caret);

/// <summary>
/// Spec, "Use Response Management in a chat": "in the chat message field, type the shortcut and press Ctrl+Space". The
/// shortcut is the run of non-blank characters right before the caret; the expanded response replaces it, and the caret
/// lands after the inserted text. The Insert button of the Insert a Response dialog puts the text at the caret.
/// </summary>
public static class ResponseShortcutRules
{
    public const int MaxShortcutLength = 50;

    /// <summary>The shortcut before <paramref name="caret"/>, or null when the caret follows a blank, starts the field, or
    /// the run is longer than any shortcut.</summary>
    public static TypedShortcut? ShortcutBeforeCaret(string? text, int caret)
    {
        text ??= "";
        caret = Math.Clamp(caret, 0, text.Length);
        var start = caret;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var length = caret - start;
        return length is 0 or > MaxShortcutLength ? null : new TypedShortcut(start, text[start..caret]);
    }

    /// <summary>Replaces the typed shortcut with the response's text.</summary>
    public static FieldEdit ReplaceShortcut(string text, TypedShortcut typed, string expansion)
    {
        var end = typed.Start + typed.Shortcut.Length;
        return new FieldEdit(string.Concat(text.AsSpan(0, typed.Start), expansion, text.AsSpan(end)), typed.Start + expansion.Length);
    }

    /// <summary>Puts <paramref name="expansion"/> at the caret (the Insert button), with a space before it when the caret follows
    /// a word.</summary>
    public static FieldEdit InsertAtCaret(string? text, int caret, string expansion)
    {
        text ??= "";
        caret = Math.Clamp(caret, 0, text.Length);
        var glue = caret > 0 && !char.IsWhiteSpace(text[caret - 1]) ? " " : "";
        var inserted = glue + expansion;
        return new FieldEdit(string.Concat(text.AsSpan(0, caret), inserted, text.AsSpan(caret)), caret + inserted.Length);
    }

    /// <summary>True for Ctrl+Space (not with Alt or Meta, which the system may own).</summary>
    public static bool IsExpandKey(string key, bool ctrl, bool alt, bool meta) =>
        ctrl && !alt && !meta && key is " " or "Spacebar";
}
