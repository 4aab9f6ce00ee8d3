using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Interactions.Chats;

/// <summary>
/// Intercom chats and Chat Mail (spec: "Work with chats", "Start an intercom chat"): an agent chats only with another logged-in
/// CIC user; trying a user who is not logged in sends the agent to Chat Mail, a message e-mailed to that user. Which user may be
/// asked (<see cref="CheckTarget"/>), which Chat Mail text may be sent (<see cref="CheckMail"/>), and what CIC's refusals mean
/// (<see cref="Refusal"/>). Pure.
/// </summary>
public static class IntercomChatRules
{
    /// <summary>The longest user id accepted (CIC user ids are short; anything longer is not one).</summary>
    public const int MaxUserIdLength = 100;

    /// <summary>Why <paramref name="target"/> cannot be chatted with by <paramref name="self"/>; null when it may be asked.</summary>
    public static CommandResult? CheckTarget(string? target, string self)
    {
        var user = target?.Trim();
        if (string.IsNullOrEmpty(user))
        {
            return CommandResult.Fail("chat.invalidUser", "Choose a user to chat with.");
        }

        if (user.Length > MaxUserIdLength || user.Any(char.IsControl) || Text.ControlCharacters.Contains(user))
        {
            return CommandResult.Fail("chat.invalidUser", "That is not a CIC user id.");
        }

        return string.Equals(user, self, StringComparison.OrdinalIgnoreCase)
            ? CommandResult.Fail("chat.self", "You cannot chat with yourself.")
            : null;
    }

    /// <summary>Why this Chat Mail cannot be sent; null when it can.</summary>
    public static CommandResult? CheckMail(string? target, string self, string? text) =>
        CheckTarget(target, self) ?? ChatRules.CheckText(text);

    /// <summary>
    /// What CIC's refusal of an intercom chat or Chat Mail means for the agent; null for a refusal these rules do not know (the
    /// session's generic handling applies). The facts give no error ids for these refusals: a target who is not logged in is
    /// recognised by an error id that says so (<c>…notLoggedIn</c>), an unknown user by <c>invalidTarget</c> or <c>userNotFound</c>,
    /// a missing Intercom Chat right by a 403 (the agent's own right when the id names it, else the target's).
    /// </summary>
    public static CommandResult? Refusal(int? status, string? errorId, string target)
    {
        var id = errorId ?? "";
        if (id.Contains("notLoggedIn", StringComparison.OrdinalIgnoreCase))
        {
            return CommandResult.Fail("chat.targetNotLoggedIn", $"{target} is not logged in: send a Chat Mail instead.");
        }

        if (status is 400 or 404 && (id.EndsWith("invalidTarget", StringComparison.OrdinalIgnoreCase) || id.EndsWith("userNotFound", StringComparison.OrdinalIgnoreCase)))
        {
            return CommandResult.Fail("chat.userNotFound", $"CIC has no user '{target}'.");
        }

        if (status == 403)
        {
            return id.EndsWith("intercomChat", StringComparison.OrdinalIgnoreCase)
                ? CommandResult.Fail("chat.forbidden", "You do not have the Intercom Chat right.")
                : CommandResult.Fail("chat.targetCannotChat", $"{target} cannot take part in intercom chats.");
        }

        return null;
    }
}
