using PureConnect.Replay.Reading;

namespace PureConnect.Replay.Reports;

/// <summary>A report as a pure fold: events in global order in, a table out. No I/O.</summary>
public interface IReport
{
    void Apply(ReplayedEvent replayed);

    /// <summary>The table, with whatever is still open (a status, a login, a call) closed at <paramref name="end"/>.</summary>
    ReportTable Finish(DateTimeOffset end);
}
