using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.Timelines;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

public sealed class TimelineReportTests
{
    [Fact]
    public void The_timeline_lists_every_event_of_the_interaction_in_order_with_a_readable_line()
    {
        var nine = Day.AddHours(9);
        var log = new TestLog()
            .Interaction("c1", Calls.Answered("agent1", "Sales", nine, ringSeconds: 5, talkSeconds: 60, holdSeconds: 10, wrapUpSeconds: 15, code: "Sale"))
            .Interaction("c2", Calls.Answered("agent2", "Sales", nine, ringSeconds: 5, talkSeconds: 60));

        var table = log.Replay(new TimelineReport(ReportRange.All, "c1"));

        Assert.Equal(Enumerable.Range(1, 9).Select(v => (object)(long)v), table.Rows.Select(r => r[1]));
        Assert.Equal(
        [
            "Inbound Call from Caller <+13175550100> seen in workgroup Sales",
            "assigned to agent1",
            "alerting agent1",
            "connected",
            "held",
            "picked up from hold",
            "disconnected (Remote)",
            "agent1 prompted for a Sales wrap-up code, due 2026-12-01 09:03:15Z",
            "wrap-up code Sale (Sale) assigned by agent1",
        ], table.Rows.Select(r => (string)r[3]!));
        Assert.Equal(nine.AddSeconds(5), table.Rows[3][0]);
        Assert.Equal("V1.InteractionConnected", table.Rows[3][2]);
        Assert.All(table.Rows, r => Assert.NotNull(r[4]));
    }

    [Fact]
    public void An_event_without_its_own_sentence_reads_as_its_record()
    {
        var log = new TestLog().Interaction("c1", new InteractionFeaturesObserved(null, null, true, "42", Day));

        var line = (string)Assert.Single(log.Replay(new TimelineReport(ReportRange.All, "c1")).Rows)[3]!;

        Assert.StartsWith("InteractionFeaturesObserved {", line, StringComparison.Ordinal);
        Assert.Contains("AccountCode = 42", line, StringComparison.Ordinal);
    }
}
