namespace PureConnect.Persistence.EventStore;

/// <summary>Tuning of <see cref="PostgresEventStore"/> (configuration section <c>EventStore</c>).</summary>
public sealed class EventStoreOptions
{
    public const string SectionName = "EventStore";

    /// <summary>
    /// Append transactions in flight at once. Appends that arrive while all are busy wait and then share one transaction (group
    /// commit): fewer flushers mean fewer, larger commits under load, more mean less waiting when appends are few.
    /// </summary>
    public int AppendFlushers { get; set; } = 4;

    /// <summary>Shortest time between two <c>events_appended</c> notifications to the relay.</summary>
    public TimeSpan NotifyInterval { get; set; } = PostgresEventStore.DefaultNotifyInterval;
}
