namespace PureConnect.Simulators.CicServer.Options;

/// <summary>One user's rights on a workgroup's queue where they differ from the default (members may view and modify it).</summary>
public sealed class WorkgroupQueueRightSeed
{
    public string UserId { get; set; } = "";

    /// <summary>The "View Workgroup Queues" right on this workgroup.</summary>
    public bool View { get; set; } = true;

    /// <summary>The "Modify Workgroup Queues" right on this workgroup (pick up what waits in it).</summary>
    public bool Modify { get; set; } = true;
}
