using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.Workgroups;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

public sealed class WorkgroupReportTests
{
    private static readonly DateTimeOffset Nine = Day.AddHours(9);

    private static WorkgroupReport Report(string interval = "15m", int threshold = 20, string? workgroup = null) =>
        new(ReportRange.All, Interval(interval), TimeSpan.FromSeconds(threshold), workgroup);

    private static ReportInterval Interval(string text) => ReportInterval.TryParse(text, out var interval, out _) ? interval! : throw new ArgumentException(text);

    [Fact]
    public void Offered_answered_and_abandoned_calls_give_the_speed_of_answer_and_the_service_level()
    {
        var log = new TestLog()
            .Interaction("c1", Calls.Answered("agent1", "Sales", Nine, ringSeconds: 10, talkSeconds: 60))
            .Interaction("c2", Calls.Answered("agent2", "Sales", Nine.AddMinutes(1), ringSeconds: 30, talkSeconds: 60))
            .Interaction("c3", Calls.Abandoned("agent3", "Sales", Nine.AddMinutes(2), ringSeconds: 40));

        var table = log.Replay(Report());

        var row = table.Row("Sales", Nine);
        Assert.Equal(3, table.Cell(row, "offered"));
        Assert.Equal(2, table.Cell(row, "answered"));
        Assert.Equal(1, table.Cell(row, "abandoned"));
        Assert.Equal(TimeSpan.FromSeconds(20), table.Cell(row, "average_speed_of_answer"));
        Assert.Equal(33.3, table.Cell(row, "service_level_percent"));
    }

    [Fact]
    public void Each_offer_counts_in_the_interval_it_was_offered_in()
    {
        var log = new TestLog()
            .Interaction("c1", Calls.Answered("agent1", "Sales", Nine.AddMinutes(14).AddSeconds(55), ringSeconds: 10, talkSeconds: 60))
            .Interaction("c2", Calls.Answered("agent7", "Support", Nine.AddMinutes(16), ringSeconds: 5, talkSeconds: 60));

        var quarterHours = log.Replay(Report("15m"));
        var days = log.Replay(Report("1d"));

        Assert.Equal(1, quarterHours.Cell(quarterHours.Row("Sales", Nine), "answered"));
        Assert.Equal(1, quarterHours.Cell(quarterHours.Row("Support", Nine.AddMinutes(15)), "offered"));
        Assert.Equal(1, days.Cell(days.Row("Sales", Day), "offered"));
    }

    [Fact]
    public void A_call_routed_to_another_workgroup_is_offered_there_too()
    {
        var log = new TestLog().Interaction("c1",
            Calls.Discovered("Sales", Nine),
            new InteractionAssigned("agent1", Nine),
            new InteractionAlerting("agent1", Nine),
            new InteractionConnected(Nine.AddSeconds(5)),
            new InteractionRouted("Support", Nine.AddSeconds(65)),
            new InteractionAssigned("agent7", Nine.AddSeconds(70)),
            new InteractionAlerting("agent7", Nine.AddSeconds(70)),
            new InteractionConnected(Nine.AddSeconds(95)),
            new InteractionDisconnected(DisconnectedBy.Remote, Nine.AddSeconds(200)));

        var table = log.Replay(Report(workgroup: "support"));

        var row = Assert.Single(table.Rows);
        Assert.Equal("Support", row[0]);
        Assert.Equal(1, table.Cell(row, "answered"));
        Assert.Equal(0.0, table.Cell(row, "service_level_percent"));
    }

    [Fact]
    public void Outbound_and_internal_calls_are_not_offered_to_a_workgroup()
    {
        var log = new TestLog()
            .Interaction("c1", Calls.Discovered("Sales", Nine, InteractionDirection.Outbound), new InteractionConnected(Nine.AddSeconds(5)));

        Assert.Empty(log.Replay(Report()).Rows);
    }

    [Theory]
    [InlineData("15m", 15)]
    [InlineData("30m", 30)]
    [InlineData("1h", 60)]
    [InlineData("1d", 1440)]
    public void Intervals_that_divide_a_day_are_accepted(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Interval(text).Length);

    [Theory]
    [InlineData("7x")]
    [InlineData("7m")]
    [InlineData("2d")]
    [InlineData("0m")]
    [InlineData("")]
    public void Other_intervals_are_refused_with_a_reason(string text)
    {
        Assert.False(ReportInterval.TryParse(text, out _, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
