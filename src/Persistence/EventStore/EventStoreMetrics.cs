using System.Diagnostics.Metrics;

namespace PureConnect.Persistence.EventStore;

/// <summary>
/// Meter <c>PureConnect.EventStore</c>: what the appends cost. Recorded once per committed batch (group commit), never per
/// event, with no tags: nothing is allocated on the append path.
/// </summary>
public static class EventStoreMetrics
{
    public const string MeterName = "PureConnect.EventStore";
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> EventsAppended = Meter.CreateCounter<long>("pureconnect.eventstore.events_appended", "{event}",
        "Events appended (stored for the first time; idempotent retries of stored appends are not counted)");

    public static readonly Counter<long> AppendBatches = Meter.CreateCounter<long>("pureconnect.eventstore.append_batches", "{batch}",
        "Append batches committed: one transaction and round trip each, for one or more appends");

    public static readonly Histogram<double> AppendBatchDuration = Meter.CreateHistogram<double>("pureconnect.eventstore.append_batch_duration", "s",
        "Time from the start of an append batch to its commit, transient retries included",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
}
