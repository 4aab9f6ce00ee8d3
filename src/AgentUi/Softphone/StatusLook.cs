namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// The colour of a status, from its group as CIC's status message tags it (<c>groupTag</c>): Available green, Away amber,
/// Busy (Do Not Disturb, In a Meeting) red, Follow Up blue; a status of no known group is grey, never green.
/// </summary>
public static class StatusLook
{
    public static string ColourOf(string? group) => group?.Trim().ToUpperInvariant() switch
    {
        "AVAILABLE" => "available",
        "AWAY" => "away",
        "BUSY" or "DO NOT DISTURB" => "busy",
        "FOLLOW UP" or "FOLLOW-UP" => "follow-up",
        _ => "unknown",
    };
}
