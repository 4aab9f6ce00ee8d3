namespace PureConnect.Simulators.CicServer.Options;

/// <summary>An ACD workgroup; members are activated unless listed in <see cref="DeactivatedMembers"/>.</summary>
public sealed class WorkgroupSeed
{
    public string Name { get; set; } = "";

    public List<string> Members { get; set; } = [];

    public List<string> DeactivatedMembers { get; set; } = [];
}
