namespace PureConnect.Replay.Reports.Workgroups;

/// <summary>The interactions one workgroup was offered in one interval, and what became of them.</summary>
public sealed class WorkgroupInterval
{
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Abandoned { get; set; }
    public int AnsweredWithinThreshold { get; set; }
    public TimeSpan TotalSpeedOfAnswer { get; set; }

    public TimeSpan? AverageSpeedOfAnswer => Answered > 0 ? TotalSpeedOfAnswer / Answered : null;

    /// <summary>Per cent of the offered interactions answered within the threshold; null when none was offered.</summary>
    public double? ServiceLevel => Offered > 0 ? Math.Round(100.0 * AnsweredWithinThreshold / Offered, 1) : null;
}
