namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>An ACD workgroup: members with their activation, the waiting calls in arrival order, and every
/// live interaction routed through it (they stay on the workgroup queue until deallocated).</summary>
internal sealed class SimWorkgroup(string name)
{
    private static readonly Comparer<Interaction> ByArrival =
        Comparer<Interaction>.Create((a, b) => a.QueueSequence.CompareTo(b.QueueSequence));

    public string Name { get; } = name;

    public QueueKey QueueKey { get; } = QueueKey.ForWorkgroup(name);

    /// <summary>Member user id → activated. Never shrinks, so iteration order is insertion order.</summary>
    public Dictionary<string, bool> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Members without the "Activate self" right in this workgroup.</summary>
    public HashSet<string> NoSelfActivation { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-user queue rights that differ from the default (members view and modify, others neither).</summary>
    public Dictionary<string, WorkgroupQueueRights> QueueRights { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SortedSet<Interaction> Waiting { get; } = new(ByArrival);

    public HashSet<Interaction> Interactions { get; } = [];

    /// <summary>Wrap-up settings; no codes means calls from this workgroup need no wrap-up.</summary>
    public WrapUpSettings WrapUp { get; set; } = WrapUpSettings.None;

    /// <summary>Whether the Object Routing Connector disconnects this workgroup's email-to-case email when the agent replies to the
    /// Case in Salesforce; null follows <c>Emails:DisconnectOnCaseReply</c>.</summary>
    public bool? DisconnectEmailOnCaseReply { get; set; }

    /// <summary>Callback retry settings.</summary>
    public CallbackSettings Callbacks { get; set; } = CallbackSettings.Default;
}
