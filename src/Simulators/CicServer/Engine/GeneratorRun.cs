namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>The steady demo call generator.</summary>
internal sealed class GeneratorRun(double callsPerMinute, IReadOnlyList<string> workgroups, int minTalkSeconds, int maxTalkSeconds,
    bool onlyWhenStaffed = false, int maxWaiting = 0)
{
    public bool OnlyWhenStaffed { get; } = onlyWhenStaffed;

    public int MaxWaiting { get; } = maxWaiting;

    /// <summary>Calls not placed because no workgroup could take one (closed, or its queue full).</summary>
    public long Skipped { get; set; }

    public double CallsPerMinute { get; } = callsPerMinute;

    public IReadOnlyList<string> Workgroups { get; } = workgroups;

    public int MinTalkSeconds { get; } = minTalkSeconds;

    public int MaxTalkSeconds { get; } = maxTalkSeconds;

    public DateTimeOffset NextAt { get; set; }

    public long Generated { get; set; }
}
