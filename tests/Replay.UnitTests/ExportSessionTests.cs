using PureConnect.Replay.Export;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.Reports.Workgroups;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

/// <summary>What an export writes, without files: the event rows of the range and the report tables, as the report commands fold them.</summary>
public sealed class ExportSessionTests
{
    private static readonly ReportRange FirstDay = new(Day, Day.AddDays(1));

    private static TestLog TwoDays() => new TestLog()
        .Interaction("c1", Calls.Answered("agent1", "Sales", Day.AddHours(9), 5, 60, code: "Sale"))
        .Interaction("c2", Calls.Answered("agent1", "Sales", Day.AddDays(1).AddHours(9), 5, 30))
        .Interaction("c3", Calls.Answered("agent2", "Sales", Day.AddHours(23).AddMinutes(59), 5, 120));

    private static (ExportSession Session, List<EventRow> Rows) Export(TestLog log, ReportRange range, int pageSize = int.MaxValue)
    {
        var session = new ExportSession(range, ReportInterval.Default, TimeSpan.FromSeconds(20), Serializer);
        var rows = log.Events.Chunk(pageSize).SelectMany(session.Accept).ToList();
        return (session, rows);
    }

    [Fact]
    public void The_rows_are_the_events_that_happened_in_the_range_in_global_order_dated_by_their_own_time()
    {
        var log = TwoDays();

        var (session, rows) = Export(log, FirstDay);

        // c2 is on the next day; c3 rings at 23:59 and ends at 00:01:05, so its disconnect is the next day's.
        var expected = log.Events.Where(e => e.StreamId != "interaction-c2").SkipLast(1).ToList();
        Assert.Equal(expected.Select(e => e.GlobalPosition), rows.Select(r => r.Stored.GlobalPosition));
        Assert.All(rows, r => Assert.Equal("interaction", r.StreamKind));
        Assert.Equal(Day.AddHours(9), rows[0].OccurredAt);
        Assert.Equal(log.Events.Count, session.EventsRead);
    }

    [Fact]
    public void The_report_tables_are_the_report_commands_tables_with_time_split_at_midnight()
    {
        var log = TwoDays();

        var (session, _) = Export(log, FirstDay, pageSize: 3);

        AssertSameTable(log.Replay(new AgentDayReport(FirstDay)), session.FinishAgentDays());
        AssertSameTable(log.Replay(new WorkgroupReport(FirstDay, ReportInterval.Default, TimeSpan.FromSeconds(20))), session.FinishWorkgroups());
        var agentDays = session.FinishAgentDays();
        var talk = agentDays.Columns.ToList().FindIndex(c => c.Name == "talk");
        Assert.Equal(60 + 55, agentDays.Rows.Sum(r => ((TimeSpan)r[talk]!).TotalSeconds));
    }

    [Fact]
    public void Events_it_cannot_read_are_exported_as_stored_dated_by_the_store_and_counted()
    {
        var log = new TestLog()
            .Store("interaction-c9", "V9.InteractionTeleported", """{"to":"Mars"}""")
            .Store("agent-agent1", "V1.AgentLoggedIn", "{not json");

        var (session, rows) = Export(log, FirstDay);

        Assert.Equal(["V9.InteractionTeleported", "V1.AgentLoggedIn"], rows.Select(r => r.Stored.EventType));
        Assert.Equal(["interaction", "agent"], rows.Select(r => r.StreamKind));
        Assert.All(rows, r => Assert.Equal(Day, r.OccurredAt));
        Assert.Equal("""{"to":"Mars"}""", rows[0].Stored.JsonPayload);
        Assert.Equal(1, session.Issues.UnknownCount);
        Assert.Single(session.Issues.Corrupt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(1000)]
    public void The_rows_do_not_depend_on_the_page_size(int pageSize)
    {
        var log = TwoDays();

        var (_, rows) = Export(log, FirstDay, pageSize);

        Assert.Equal(Export(log, FirstDay).Rows, rows);
    }

    private static void AssertSameTable(ReportTable expected, ReportTable actual)
    {
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        foreach (var (e, a) in expected.Rows.Zip(actual.Rows))
        {
            Assert.Equal(e, a);
        }
    }
}
