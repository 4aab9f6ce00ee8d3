using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

public sealed class AgentDayReportTests
{
    private static readonly DateTimeOffset Nine = Day.AddHours(9);

    [Fact]
    public void An_answered_call_counts_its_talk_hold_and_wrap_up_and_its_code()
    {
        var log = new TestLog().Interaction("c1", Calls.Answered("agent1", "Sales", Nine, ringSeconds: 5, talkSeconds: 60, holdSeconds: 30,
            wrapUpSeconds: 20, code: "Sale"));

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        var row = table.Row("agent1", "2026-12-01");
        Assert.Equal(1, table.Cell(row, "offered"));
        Assert.Equal(1, table.Cell(row, "answered"));
        Assert.Equal(0, table.Cell(row, "missed"));
        Assert.Equal(TimeSpan.FromSeconds(60), table.Cell(row, "talk"));
        Assert.Equal(TimeSpan.FromSeconds(30), table.Cell(row, "hold"));
        Assert.Equal(TimeSpan.FromSeconds(20), table.Cell(row, "wrap_up"));
        Assert.Equal(TimeSpan.FromSeconds(110), table.Cell(row, "average_handle"));
        Assert.Equal("Sale=1", table.Cell(row, "wrap_up_codes"));
    }

    [Fact]
    public void A_call_that_rings_at_one_agent_and_is_answered_by_another_is_missed_by_the_first()
    {
        var log = new TestLog().Interaction("c1",
            Calls.Discovered("Sales", Nine),
            new InteractionAssigned("agent1", Nine),
            new InteractionAlerting("agent1", Nine),
            new InteractionUnassigned("agent1", Nine.AddSeconds(12)),
            new InteractionAssigned("agent2", Nine.AddSeconds(12)),
            new InteractionAlerting("agent2", Nine.AddSeconds(12)),
            new InteractionConnected(Nine.AddSeconds(15)),
            new InteractionDisconnected(DisconnectedBy.Agent, Nine.AddSeconds(75)));

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        var first = table.Row("agent1", "2026-12-01");
        Assert.Equal((1, 0, 1), ((int)table.Cell(first, "offered")!, (int)table.Cell(first, "answered")!, (int)table.Cell(first, "missed")!));
        var second = table.Row("agent2", "2026-12-01");
        Assert.Equal((1, 1, 0), ((int)table.Cell(second, "offered")!, (int)table.Cell(second, "answered")!, (int)table.Cell(second, "missed")!));
        Assert.Equal(TimeSpan.FromSeconds(60), table.Cell(second, "talk"));
    }

    [Fact]
    public void A_transfer_counts_for_the_agent_who_transferred_and_ends_their_talk()
    {
        var log = new TestLog().Interaction("c1",
            Calls.Discovered("Sales", Nine),
            new InteractionAssigned("agent1", Nine),
            new InteractionAlerting("agent1", Nine),
            new InteractionConnected(Nine.AddSeconds(3)),
            Calls.Transferred("agent1", Nine.AddSeconds(43)),
            new InteractionAssigned("agent9", Nine.AddSeconds(44)),
            new InteractionAlerting("agent9", Nine.AddSeconds(44)),
            new InteractionConnected(Nine.AddSeconds(50)),
            new InteractionDisconnected(DisconnectedBy.Remote, Nine.AddSeconds(110)));

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        var first = table.Row("agent1", "2026-12-01");
        Assert.Equal(1, table.Cell(first, "transferred"));
        Assert.Equal(TimeSpan.FromSeconds(40), table.Cell(first, "talk"));
        Assert.Equal(TimeSpan.FromSeconds(60), table.Cell(table.Row("agent9", "2026-12-01"), "talk"));
    }

    [Fact]
    public void Status_time_is_split_at_midnight_and_a_status_chosen_before_the_range_counts_inside_it()
    {
        var log = new TestLog().Agent("agent1",
            new AgentLoggedIn("s1", StationSelection.Workstation("station1"), Day.AddHours(-2)),
            new AgentStatusChanged("Available", null, null, null, Day.AddHours(-2)),
            new AgentStatusChanged("Lunch", null, null, null, Day.AddHours(1)),
            new AgentStatusChanged("Available", null, null, null, Day.AddHours(2)),
            new AgentLoggedOut("Logout", Day.AddHours(3)),
            new AgentStatusChanged("Gone Home", null, null, null, Day.AddHours(3)));

        var table = log.Replay(new AgentDayReport(new ReportRange(Day, Day.AddDays(1))));

        var row = Assert.Single(table.Rows);
        Assert.Equal("2026-12-01", row[1]);
        Assert.Equal(TimeSpan.FromHours(2), table.Cell(row, "status:Available"));
        Assert.Equal(TimeSpan.FromHours(1), table.Cell(row, "status:Lunch"));
        Assert.Equal(TimeSpan.FromHours(3), table.Cell(row, "logged_in"));
    }

    [Fact]
    public void Without_a_range_the_days_each_get_their_share()
    {
        var log = new TestLog().Agent("agent1",
            new AgentStatusChanged("Available", null, null, null, Day.AddHours(-2)),
            new AgentStatusChanged("Gone Home", null, null, null, Day.AddHours(1)));

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        Assert.Equal(TimeSpan.FromHours(2), table.Cell(table.Row("agent1", "2026-11-30"), "status:Available"));
        Assert.Equal(TimeSpan.FromHours(1), table.Cell(table.Row("agent1", "2026-12-01"), "status:Available"));
    }

    [Fact]
    public void The_agent_filter_keeps_only_that_agent()
    {
        var log = new TestLog()
            .Interaction("c1", Calls.Answered("agent1", "Sales", Nine, 5, 60))
            .Interaction("c2", Calls.Answered("agent2", "Sales", Nine, 5, 60));

        var table = log.Replay(new AgentDayReport(ReportRange.All, agentFilter: "agent2"));

        Assert.Equal("agent2", Assert.Single(table.Rows)[0]);
    }
}
