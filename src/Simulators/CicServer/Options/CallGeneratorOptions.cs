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

    /// <summary>
    /// Calls only workgroups with a member ready for ACD calls (activated, logged in with a station, an ACD status): nobody
    /// calls a contact center that is closed, so the first agent to log in meets no backlog that built up before.
    /// </summary>
    public bool OnlyWhenStaffed { get; set; }

    /// <summary>A workgroup with this many calls waiting gets no new generated call until one is taken (0: no limit).</summary>
    public int MaxWaiting { get; set; }
}
