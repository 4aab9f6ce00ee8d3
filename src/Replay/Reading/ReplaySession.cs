using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Reading;

/// <summary>
/// One replay, without I/O: pages of stored events in global order go in, one report comes out. How the events are
/// split into pages makes no difference to the result.
/// </summary>
public sealed class ReplaySession(IReport report, ReportRange range, EventSerializer serializer)
{
    private readonly EventDecoder _decoder = new(serializer);
    private DateTimeOffset? _latest;

    public long EventsRead { get; private set; }

    public ReplayIssues Issues => _decoder.Issues;

    public void Accept(IReadOnlyList<RecordedEvent> page)
    {
        foreach (var stored in page)
        {
            EventsRead++;
            if (_decoder.TryDecode(stored, out var replayed))
            {
                var at = replayed!.OccurredAt;
                _latest = _latest is { } latest && latest > at ? latest : at;
                report.Apply(replayed);
            }
        }
    }

    /// <summary>The report, with what is still open closed at the end of the range or at the latest event, whichever is first.</summary>
    public ReportTable Finish() => report.Finish(EndOf(_latest, range));

    /// <summary>Where what is still open is closed: the end of the range or the latest event, whichever is first.</summary>
    public static DateTimeOffset EndOf(DateTimeOffset? latestEvent, ReportRange range) => (latestEvent, range.To) switch
    {
        ({ } latest, { } to) => latest < to ? latest : to,
        ({ } latest, null) => latest,
        (null, { } to) => to,
        _ => DateTimeOffset.UnixEpoch,
    };
}
