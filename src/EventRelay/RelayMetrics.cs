using System.Diagnostics.Metrics;

namespace PureConnect.EventRelay;

/// <summary>Meter <c>PureConnect.EventRelay</c>.</summary>
internal static class RelayMetrics
{
    public const string MeterName = "PureConnect.EventRelay";
    private const long NotLeading = long.MinValue;
    private const long CaughtUp = long.MaxValue;
    private static readonly Meter Meter = new(MeterName);

    // The commit time (UTC ticks) of the oldest event this process's leading relay has not published yet; CaughtUp when it has
    // published everything it read, NotLeading when this process does not lead. Written once per page read, never per event.
    private static long _oldestUnpublished = NotLeading;

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("pureconnect.relay.published", description: "Integration events published");
    public static readonly Counter<long> PublishTimeouts = Meter.CreateCounter<long>("pureconnect.relay.publish_timeouts",
        description: "Publishes the message broker did not confirm in time (the relay started again from its checkpoint)");
    public static readonly Counter<long> LeadershipAcquired = Meter.CreateCounter<long>("pureconnect.relay.leadership_acquired", description: "Times this relay became the leader");

    /// <summary>Seconds behind: how long the oldest stored event the relay has not published yet has been waiting (0 when it has
    /// published everything it read; no value in a process whose relay does not lead). A relay stuck on a page shows it growing.</summary>
    public static readonly ObservableGauge<double> Lag = Meter.CreateObservableGauge("pureconnect.relay.lag", ObserveLag, "s",
        "Seconds the oldest event not yet published by the leading relay has been stored (0 when caught up)");

    /// <summary>A page was read: its first event is now the oldest one waiting.</summary>
    public static void Reading(DateTimeOffset oldestRecordedAt) => Volatile.Write(ref _oldestUnpublished, oldestRecordedAt.UtcTicks);

    /// <summary>The page is published. A full page means more are waiting, stored after its last event.</summary>
    public static void PagePublished(DateTimeOffset lastRecordedAt, bool more) => Volatile.Write(ref _oldestUnpublished, more ? lastRecordedAt.UtcTicks : CaughtUp);

    public static void CaughtUpNow() => Volatile.Write(ref _oldestUnpublished, CaughtUp);

    public static void Stopped() => Volatile.Write(ref _oldestUnpublished, NotLeading);

    private static IEnumerable<Measurement<double>> ObserveLag()
    {
        var oldest = Volatile.Read(ref _oldestUnpublished);
        return oldest switch
        {
            NotLeading => [],
            CaughtUp => [new Measurement<double>(0)],
            _ => [new Measurement<double>(Math.Max(0, (DateTime.UtcNow.Ticks - oldest) / (double)TimeSpan.TicksPerSecond))],
        };
    }
}
