using PureConnect.Replay.Reading;

namespace PureConnect.Replay.Reports.Timelines;

/// <summary>Every event of one interaction's stream, in order, with its time, type, a readable line, and its correlation and cause.</summary>
public sealed class TimelineReport(ReportRange range, string interactionKey) : IReport
{
    private readonly string _streamId = StreamIds.OfInteraction(interactionKey);
    private readonly List<IReadOnlyList<object?>> _rows = [];

    public void Apply(ReplayedEvent replayed)
    {
        if (replayed.StreamId != _streamId || !range.Contains(replayed.OccurredAt))
        {
            return;
        }

        _rows.Add(
        [
            replayed.OccurredAt, replayed.StreamVersion, replayed.EventType, EventDescription.Of(replayed.Event),
            replayed.Metadata.CorrelationId?.ToString(), replayed.Metadata.CausationId?.ToString(),
        ]);
    }

    public ReportTable Finish(DateTimeOffset end) =>
        new($"Timeline of interaction {interactionKey}",
            [
                new("time", CellKind.Time), new("version", CellKind.Number), new("type"), new("description"),
                new("correlation"), new("causation"),
            ],
            _rows.OrderBy(r => (long)r[1]!).ToList());
}
