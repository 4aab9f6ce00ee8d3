using System.Diagnostics.Metrics;

namespace PureConnect.EventRelay;

/// <summary>Meter <c>PureConnect.EventRelay</c>.</summary>
internal static class RelayMetrics
{
    private static readonly Meter Meter = new("PureConnect.EventRelay");

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("pureconnect.relay.published", description: "Integration events published");
    public static readonly Counter<long> LeadershipAcquired = Meter.CreateCounter<long>("pureconnect.relay.leadership_acquired", description: "Times this relay became the leader");
}
