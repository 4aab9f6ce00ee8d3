namespace PureConnect.EventRelay;

/// <summary>Settings of the event relay (configuration section <c>EventRelay</c>).</summary>
public sealed class EventRelayOptions
{
    /// <summary>Name of the checkpoint; relays with different names each see every event.</summary>
    public string Name { get; set; } = "integration";

    public int PageSize { get; set; } = 500;

    /// <summary>Longest wait between reads when no notification arrives (a safety net; notifications wake the relay at once).</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a relay that is not the leader checks whether it can take over.</summary>
    public TimeSpan LeadershipRetry { get; set; } = TimeSpan.FromSeconds(2);
}
