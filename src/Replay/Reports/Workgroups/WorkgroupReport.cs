using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reading;

namespace PureConnect.Replay.Reports.Workgroups;

/// <summary>
/// Per workgroup per interval: inbound interactions offered (discovered in, or routed to, a workgroup queue), answered
/// (connected), abandoned (disconnected before an answer), the average speed of answer and the service level (answered
/// within <paramref name="threshold"/> as a share of offered). Each offer counts in the interval it was offered in.
/// </summary>
public sealed class WorkgroupReport(ReportRange range, ReportInterval interval, TimeSpan threshold, string? workgroupFilter = null) : IReport
{
    public const string Title = "Workgroups per interval (UTC)";

    private readonly Dictionary<string, QueuedOffer> _offers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Workgroup, DateTimeOffset Start), WorkgroupInterval> _intervals = [];

    public void Apply(ReplayedEvent replayed)
    {
        var at = replayed.OccurredAt;
        if (replayed.InteractionKey is null)
        {
            return;
        }

        var stream = replayed.StreamId;
        switch (replayed.Event)
        {
            case InteractionDiscovered { Direction: InteractionDirection.Inbound, Internal: false, Workgroup: { } workgroup }:
                Offer(stream, workgroup, at);
                break;
            case InteractionOffered { Workgroup: { } workgroup }
                when !_offers.TryGetValue(stream, out var current) || current.Workgroup != workgroup || current.Settled:
                Offer(stream, workgroup, at);
                break;
            case InteractionRouted routed:
                Offer(stream, routed.Workgroup, at);
                break;
            case InteractionConnected when Open(stream) is { } offer:
                offer.Settled = true;
                Tally(offer, i =>
                {
                    var speed = at - offer.OfferedAt;
                    i.Answered++;
                    i.TotalSpeedOfAnswer += speed;
                    i.AnsweredWithinThreshold += speed <= threshold ? 1 : 0;
                });
                break;
            case InteractionDisconnected when Open(stream) is { } offer:
                offer.Settled = true;
                Tally(offer, i => i.Abandoned++);
                break;
            case InteractionSentToVoicemail when Open(stream) is { } offer:
                offer.Settled = true;
                break;
        }
    }

    public ReportTable Finish(DateTimeOffset end) => WorkgroupTable.Build(_intervals);

    private void Offer(string stream, string workgroup, DateTimeOffset at)
    {
        var offer = new QueuedOffer(workgroup, at);
        _offers[stream] = offer;
        Tally(offer, i => i.Offered++);
    }

    private QueuedOffer? Open(string stream) => _offers.TryGetValue(stream, out var offer) && !offer.Settled ? offer : null;

    private void Tally(QueuedOffer offer, Action<WorkgroupInterval> count)
    {
        if (!range.Contains(offer.OfferedAt)
            || (workgroupFilter is not null && !string.Equals(offer.Workgroup, workgroupFilter, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var key = (offer.Workgroup, interval.StartOf(offer.OfferedAt));
        if (!_intervals.TryGetValue(key, out var totals))
        {
            _intervals[key] = totals = new WorkgroupInterval();
        }

        count(totals);
    }
}
