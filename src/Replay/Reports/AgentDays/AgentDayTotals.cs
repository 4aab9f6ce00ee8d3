namespace PureConnect.Replay.Reports.AgentDays;

/// <summary>What one agent did on one (UTC) day.</summary>
public sealed class AgentDayTotals
{
    public SortedDictionary<string, TimeSpan> StatusTime { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> WrapUpCodes { get; } = new(StringComparer.Ordinal);
    public TimeSpan LoggedIn { get; set; }
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Missed { get; set; }
    public int Transferred { get; set; }
    public int Outbound { get; set; }
    public TimeSpan Talk { get; set; }
    public TimeSpan Hold { get; set; }
    public TimeSpan WrapUp { get; set; }

    /// <summary>(talk + hold + wrap-up) per answered or outbound interaction; null when there was none.</summary>
    public TimeSpan? AverageHandle => Answered + Outbound > 0 ? (Talk + Hold + WrapUp) / (Answered + Outbound) : null;
}
