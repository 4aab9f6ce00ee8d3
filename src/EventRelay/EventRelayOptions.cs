namespace PureConnect.EventRelay;

/// <summary>Settings of the event relay (configuration section <c>EventRelay</c>).</summary>
public sealed class EventRelayOptions
{
    /// <summary>Name of the checkpoint; relays with different names each see every event.</summary>
    public string Name { get; set; } = "integration";

    public int PageSize { get; set; } = 500;

    /// <summary>Longest wait between reads when no notification arrives (a safety net; notifications wake the relay at once).</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// After a commit notification wakes the relay, it waits this long before reading, so that the commits of a busy moment
    /// are read, published and checkpointed together rather than one read per commit. Zero reads at once.
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How often the checkpoint is written while events flow (and this long at most after the last event). Delivery is at least
    /// once: after a crash the relay publishes again what it published since its last checkpoint, which every consumer ignores
    /// (they are idempotent by stream version).
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait for the message broker to confirm one published event. A publish that takes longer is abandoned and the
    /// relay starts again from its last saved checkpoint (RabbitMQ's .NET client can leave a publish waiting forever for a
    /// confirmation that was lost with a broker restart; without this bound the relay would stop for good).
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a relay that is not the leader checks whether it can take over.</summary>
    public TimeSpan LeadershipRetry { get; set; } = TimeSpan.FromSeconds(2);
}
