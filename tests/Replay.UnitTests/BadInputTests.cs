using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.Reports.Timelines;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

public sealed class BadInputTests
{
    [Fact]
    public void Events_of_unknown_types_are_counted_by_type_and_skipped()
    {
        var log = new TestLog()
            .Store("interaction-c1", "V9.InteractionTeleported", "{}")
            .Interaction("c1", Calls.Answered("agent1", "Sales", Day.AddHours(9), 5, 60))
            .Store("agent-agent1", "V9.AgentLevitated", "{}")
            .Store("interaction-c1", "V9.InteractionTeleported", "{}");

        var session = log.Session(new AgentDayReport(ReportRange.All));

        Assert.Equal(3, session.Issues.UnknownCount);
        Assert.Equal(2, session.Issues.UnknownTypes["V9.InteractionTeleported"]);
        Assert.Equal(1, session.Finish().Cell(session.Finish().Row("agent1", "2026-12-01"), "answered"));
    }

    [Fact]
    public void A_corrupt_payload_is_reported_with_its_stream_and_version_and_skipped()
    {
        var log = new TestLog()
            .Interaction("c1", Calls.Answered("agent1", "Sales", Day.AddHours(9), 5, 60))
            .Store("interaction-c1", "V1.InteractionConnected", """{"occurredAt":"not a time"}""")
            .Store("interaction-c2", "V1.InteractionHeld", "{not json");

        var session = log.Session(new TimelineReport(ReportRange.All, "c1"));

        Assert.Equal(
            [("interaction-c1", 6L, "V1.InteractionConnected"), ("interaction-c2", 1L, "V1.InteractionHeld")],
            session.Issues.Corrupt.Select(c => (c.StreamId, c.StreamVersion, c.EventType)));
        Assert.All(session.Issues.Corrupt, c => Assert.NotEmpty(c.Reason));
        Assert.Equal(5, session.Finish().Rows.Count);
    }

    [Fact]
    public void A_range_without_events_gives_an_empty_report()
    {
        var log = new TestLog().Interaction("c1", Calls.Answered("agent1", "Sales", Day.AddHours(9), 5, 60));

        var table = log.Replay(new AgentDayReport(new ReportRange(Day.AddDays(5), Day.AddDays(6))), new ReportRange(Day.AddDays(5), Day.AddDays(6)));

        Assert.Empty(table.Rows);
        Assert.NotEmpty(table.Columns);
        Assert.Empty(new TestLog().Replay(new AgentDayReport(ReportRange.All)).Rows);
    }
}
