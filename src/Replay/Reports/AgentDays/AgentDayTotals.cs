namespace PureConnect.Replay.Reports.AgentDays;

/// <summary>What one agent did on one (UTC) day.</summary>
public sealed class AgentDayTotals
{
    public SortedDictionary<string, TimeSpan> StatusTime { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> WrapUpCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Interaction Dialer dispositions the agent gave ("skipped" for a skipped preview).</summary>
    public SortedDictionary<string, int> Dispositions { get; } = new(StringComparer.Ordinal);

    /// <summary>Offered, answered, missed and transferred per interaction type and direction (e.g. "Call inbound").</summary>
    public SortedDictionary<string, InteractionCounts> ByTypeAndDirection { get; } = new(StringComparer.Ordinal);
    public TimeSpan LoggedIn { get; set; }
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Missed { get; set; }
    public int Transferred { get; set; }
    public int TransferredBlind { get; set; }
    public int TransferredConsult { get; set; }
    public int SecurePauses { get; set; }
    public TimeSpan SecurePauseTime { get; set; }
    public int Outbound { get; set; }
    public TimeSpan Talk { get; set; }
    public TimeSpan Hold { get; set; }
    public TimeSpan WrapUp { get; set; }

    /// <summary>(talk + hold + wrap-up) per answered or outbound interaction; null when there was none.</summary>
    public TimeSpan? AverageHandle => Answered + Outbound > 0 ? (Talk + Hold + WrapUp) / (Answered + Outbound) : null;

    public InteractionCounts Of(string type, Grains.Interactions.InteractionDirection direction)
    {
        var key = $"{type} {direction.ToString().ToLowerInvariant()}";
        if (!ByTypeAndDirection.TryGetValue(key, out var counts))
        {
            ByTypeAndDirection[key] = counts = new InteractionCounts();
        }

        return counts;
    }
}

/// <summary>One agent-day's interactions of one type and direction.</summary>
public sealed class InteractionCounts
{
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Missed { get; set; }
    public int Transferred { get; set; }

    public override string ToString() => $"offered {Offered}, answered {Answered}, missed {Missed}, transferred {Transferred}";
}
