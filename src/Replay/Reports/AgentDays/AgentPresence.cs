namespace PureConnect.Replay.Reports.AgentDays;

/// <summary>Where one agent stands in the fold: the current status since when, logged in since when.</summary>
internal sealed class AgentPresence
{
    public string? Status { get; set; }
    public DateTimeOffset StatusSince { get; set; }
    public DateTimeOffset? LoggedInSince { get; set; }
}
