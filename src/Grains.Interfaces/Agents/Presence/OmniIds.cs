namespace PureConnect.Grains.Agents.Presence;

/// <summary>Salesforce ids come as 15 (case-sensitive) or 18 characters; the first 15 identify the record.</summary>
public static class OmniIds
{
    /// <summary>Logged out of Omni-Channel (no current <c>UserServicePresence</c>): a map may name it like a presence status.</summary>
    public const string Offline = "Offline";

    public static string Normalize(string id)
    {
        var trimmed = id.Trim();
        return trimmed.Length == 18 ? trimmed[..15] : trimmed;
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && Normalize(a) == Normalize(b);
}
