namespace PureConnect.Simulators.CicServer.Options;

/// <summary>An ACD workgroup; members are activated unless listed in <see cref="DeactivatedMembers"/>.</summary>
public sealed class WorkgroupSeed
{
    public string Name { get; set; } = "";

    public List<string> Members { get; set; } = [];

    public List<string> DeactivatedMembers { get; set; } = [];

    /// <summary>The codes an agent picks from when a call from this workgroup disconnects; empty means no wrap-up.</summary>
    public List<WrapUpCodeSeed> WrapUpCodes { get; set; } = [];

    /// <summary>How long the agent has to pick a code.</summary>
    public TimeSpan WrapUpTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The code assigned when the agent picks none in time.</summary>
    public string AmbiguousWrapUpCode { get; set; } = "Ambiguous";

    /// <summary>How many times agents may retry a callback of this workgroup (<c>callbackMaxRetry</c>); 0 disables Retry.</summary>
    public int CallbackMaxRetry { get; set; } = 3;

    /// <summary>How long a retried callback sleeps before the ACD routes it again (<c>callbackSnoozeDuration</c>).</summary>
    public TimeSpan CallbackSnoozeDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Queue rights of users that differ from the default (members view and modify the queue, others neither).</summary>
    public List<WorkgroupQueueRightSeed> QueueRights { get; set; } = [];
}
