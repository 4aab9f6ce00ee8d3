namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A user's Access Control rights on one workgroup queue: "View Workgroup Queues" (watch it) and "Modify Workgroup
/// Queues" (pick up what waits in it).</summary>
public sealed record WorkgroupQueueRights(bool View, bool Modify)
{
    public static readonly WorkgroupQueueRights Member = new(true, true);

    public static readonly WorkgroupQueueRights None = new(false, false);
}
