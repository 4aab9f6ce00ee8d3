using System.Diagnostics.Metrics;

namespace PureConnect.IcwsIngest;

/// <summary>The ingest's metrics (meter <c>PureConnect.IcwsIngest</c>).</summary>
public static class IngestMetrics
{
    public const string MeterName = "PureConnect.IcwsIngest";
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> MessagesReceived = Meter.CreateCounter<long>("pureconnect.ingest.messages_received", description: "ICWS messages received");
    public static readonly Counter<long> MessagesIgnored = Meter.CreateCounter<long>("pureconnect.ingest.messages_ignored", description: "ICWS messages of unknown type or malformed");
    public static readonly Counter<long> Reconnects = Meter.CreateCounter<long>("pureconnect.ingest.reconnects", description: "Monitoring session (re)connections");
    public static readonly Counter<long> ClosedUnobserved = Meter.CreateCounter<long>("pureconnect.ingest.closed_unobserved", description: "Interactions that left the watched queues while the channel was down and that CIC confirmed ended");
    public static readonly Counter<long> GrainCallFailures = Meter.CreateCounter<long>("pureconnect.ingest.grain_call_failures", description: "Grain call attempts that failed");
    public static readonly Counter<long> WorkParked = Meter.CreateCounter<long>("pureconnect.ingest.work_parked", description: "Grain calls given up on and parked for an operator (parked_ingest_work)");
    public static readonly Counter<long> SubscriptionsFaulted = Meter.CreateCounter<long>("pureconnect.ingest.subscriptions_faulted", description: "Queue subscriptions CIC reported faulted (state 3) and the ingest subscribed again");
    public static readonly Counter<long> ControlCharactersStripped = Meter.CreateCounter<long>("pureconnect.ingest.control_characters_stripped", description: "Texts from CIC cleaned of control characters (tag source: interaction, status)");
}
