using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Whether a directory entry's agent is logged in: a green check, a red X, or nothing when CIC did not say.</summary>
public enum DirectoryPresence
{
    Unknown,
    LoggedIn,
    LoggedOut,
}

/// <summary>What the directory's Chat link does: start an intercom chat, or (the user is not logged in) open Chat Mail.</summary>
public enum DirectoryChatAction
{
    StartChat,
    ChatMail,
}

/// <summary>
/// Spec, "Search for an agent": the Directory view lists the agents whose name or extension starts with what the agent typed, each
/// with its status, a check (logged in) or an X (logged out), a phone while on a call; clicking the extension calls it.
/// </summary>
public static class DirectoryRules
{
    /// <summary>How many agents one search shows (AgentApi caps a search at 50).</summary>
    public const int MaxAgents = 50;

    /// <summary>The agents among the matches (the directory search also finds workgroups and Attendant profiles, which are not agents).</summary>
    public static IReadOnlyList<DirectoryMatch> Agents(IEnumerable<DirectoryMatch> matches) => [.. matches.Where(m => m.Kind == "User")];

    public static DirectoryPresence PresenceOf(DirectoryMatch agent) => agent.LoggedIn switch
    {
        true => DirectoryPresence.LoggedIn,
        false => DirectoryPresence.LoggedOut,
        null => DirectoryPresence.Unknown,
    };

    /// <summary>The number to dial for the agent, or null when CIC gave no extension.</summary>
    public static string? ExtensionToCall(DirectoryMatch agent) => string.IsNullOrWhiteSpace(agent.Extension) ? null : agent.Extension.Trim();

    /// <summary>The code AgentApi answers when the user to chat with is not logged in.</summary>
    public const string TargetNotLoggedIn = "chat.targetNotLoggedIn";

    /// <summary>The longest Chat Mail (AgentApi's limit on a chat text).</summary>
    public const int MaxChatMailLength = 2000;

    /// <summary>Spec, "Start an intercom chat": the Chat link next to a logged-in user starts a chat; "attempting to chat with another
    /// CIC user who is not logged in sends you to Chat Mail". When CIC did not say, the chat is tried and CIC decides.</summary>
    public static DirectoryChatAction ChatActionOf(DirectoryMatch agent) =>
        PresenceOf(agent) == DirectoryPresence.LoggedOut ? DirectoryChatAction.ChatMail : DirectoryChatAction.StartChat;

    /// <summary>Whether a refused chat sends the agent to Chat Mail (the user turned out not to be logged in).</summary>
    public static bool OffersChatMail(ApiError? refusal) => refusal?.Code == TargetNotLoggedIn;

    /// <summary>Whether the Chat Mail text may be sent: something to say, not too long.</summary>
    public static bool CanSendChatMail(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxChatMailLength;
}
