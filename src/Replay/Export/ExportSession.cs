using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.Reports.Workgroups;

namespace PureConnect.Replay.Export;

/// <summary>
/// One export, without I/O: pages of stored events in global order go in; out come the rows of the events that happened in
/// the range (every stored event, also one this version cannot read, which is exported as stored and dated by the store),
/// and at the end the agent-day and workgroup tables, folded by the same reports as the report commands.
/// </summary>
public sealed class ExportSession(ReportRange range, ReportInterval interval, TimeSpan threshold, EventSerializer serializer)
{
    private readonly EventDecoder _decoder = new(serializer);
    private readonly AgentDayReport _agentDays = new(range);
    private readonly WorkgroupReport _workgroups = new(range, interval, threshold);
    private DateTimeOffset? _latest;

    public long EventsRead { get; private set; }

    public ReplayIssues Issues => _decoder.Issues;

    /// <summary>The rows of the page's events that happened in the range, in global order.</summary>
    public IReadOnlyList<EventRow> Accept(IReadOnlyList<RecordedEvent> page)
    {
        var rows = new List<EventRow>(page.Count);
        foreach (var stored in page)
        {
            EventsRead++;
            var occurredAt = stored.RecordedAt;
            if (_decoder.TryDecode(stored, out var replayed))
            {
                occurredAt = replayed!.OccurredAt;
                _latest = _latest is { } latest && latest > occurredAt ? latest : occurredAt;
                _agentDays.Apply(replayed);
                _workgroups.Apply(replayed);
            }

            if (range.Contains(occurredAt))
            {
                rows.Add(new EventRow(stored, occurredAt));
            }
        }

        return rows;
    }

    public ReportTable FinishAgentDays() => _agentDays.Finish(ReplaySession.EndOf(_latest, range));

    public ReportTable FinishWorkgroups() => _workgroups.Finish(ReplaySession.EndOf(_latest, range));
}
