namespace PureConnect.Simulators.CicServer.Options;

/// <summary>The steady demo call generator (seeded callers, ACD calls to the listed workgroups).</summary>
public sealed class CallGeneratorOptions
{
    public bool Enabled { get; set; }

    public double CallsPerMinute { get; set; } = 4;

    /// <summary>Target workgroups; empty means every workgroup.</summary>
    public List<string> Workgroups { get; set; } = [];

    /// <summary>The caller hangs up between these two talk times after connect; a maximum of 0 never.</summary>
    public int MinTalkSeconds { get; set; } = 30;

    public int MaxTalkSeconds { get; set; } = 180;
}
