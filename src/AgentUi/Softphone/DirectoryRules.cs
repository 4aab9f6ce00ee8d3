using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Whether a directory entry's agent is logged in: a green check, a red X, or nothing when CIC did not say.</summary>
public enum DirectoryPresence
{
    Unknown,
    LoggedIn,
    LoggedOut,
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
}
