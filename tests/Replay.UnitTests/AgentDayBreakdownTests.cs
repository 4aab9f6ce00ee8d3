using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

/// <summary>The agent-day report's breakdowns: transfers by kind, interactions by type and direction, dispositions, secure pauses.</summary>
public sealed class AgentDayBreakdownTests
{
    private static readonly DateTimeOffset Nine = Day.AddHours(9);

    private static InteractionEvent[] TransferredCall(string agent, DateTimeOffset start, bool consulted, string objectType = "Call") =>
    [
        new InteractionDiscovered("1", objectType, InteractionDirection.Inbound, "+13175550100", "Caller", "Sales", false, start, start),
        new InteractionAssigned(agent, start),
        new InteractionAlerting(agent, start),
        new InteractionConnected(start.AddSeconds(3)),
        new InteractionTransferred(agent, new TransferTarget(TransferTargetKind.User, "agent9"), consulted, start.AddSeconds(40)),
    ];

    [Fact]
    public void Transfers_are_counted_blind_and_after_a_consult_and_per_interaction_type_and_direction()
    {
        var log = new TestLog()
            .Interaction("c1", TransferredCall("agent1", Nine, consulted: false))
            .Interaction("c2", TransferredCall("agent1", Nine.AddMinutes(5), consulted: true))
            .Interaction("chat1", TransferredCall("agent1", Nine.AddMinutes(10), consulted: false, objectType: "Chat"))
            .Interaction("c3", Calls.Abandoned("agent1", "Sales", Nine.AddMinutes(20), ringSeconds: 10));

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        var row = table.Row("agent1", "2026-12-01");
        Assert.Equal(3, table.Cell(row, "transferred"));
        Assert.Equal(2, table.Cell(row, "transferred_blind"));
        Assert.Equal(1, table.Cell(row, "transferred_consult"));
        Assert.Equal("Call inbound: offered 3, answered 2, missed 1, transferred 2; Chat inbound: offered 1, answered 1, missed 0, transferred 1",
            table.Cell(row, "by_type_and_direction"));
    }

    [Fact]
    public void Dialer_dispositions_are_counted_per_label_for_the_agent_who_gave_them_and_a_skipped_preview_as_skipped()
    {
        var log = new TestLog()
            .Interaction("d1", [.. Calls.Answered("agent1", "Sales", Nine, 2, 30, 0, 5, "Sale"),
                new DialerDispositionRecorded("Sale", "Success", false, false, null, false, "agent1", Nine.AddMinutes(2))])
            .Interaction("d2", [.. Calls.Answered("agent1", "Sales", Nine.AddMinutes(5), 2, 30, 0, 5, "No Sale"),
                new DialerDispositionRecorded("Sale", "Success", false, false, null, false, "agent1", Nine.AddMinutes(7))])
            .Interaction("d3", [Calls.Discovered("Sales", Nine.AddMinutes(9), InteractionDirection.Outbound),
                new DialerDispositionRecorded("Skip", null, true, false, null, false, "agent1", Nine.AddMinutes(9))]);

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        Assert.Equal("Sale=2; skipped=1", table.Cell(table.Row("agent1", "2026-12-01"), "dispositions"));
    }

    [Fact]
    public void A_secure_pause_counts_once_with_its_time_a_reset_extends_it_and_the_end_of_the_call_ends_it()
    {
        var log = new TestLog()
            .Interaction("c1",
                Calls.Discovered("Sales", Nine),
                new InteractionAssigned("agent1", Nine),
                new InteractionAlerting("agent1", Nine),
                new InteractionConnected(Nine.AddSeconds(3)),
                new SecurePauseStarted("agent1", Nine.AddSeconds(63), Nine.AddSeconds(3)),
                new SecurePauseReset("agent1", Nine.AddSeconds(100), Nine.AddSeconds(40)),
                new SecurePauseEnded("agent1", Nine.AddSeconds(100)),
                new SecurePauseStarted("agent1", Nine.AddSeconds(200), Nine.AddSeconds(140)),
                new InteractionDisconnected(DisconnectedBy.Remote, Nine.AddSeconds(150)));

        var table = log.Replay(new AgentDayReport(ReportRange.All));

        var row = table.Row("agent1", "2026-12-01");
        Assert.Equal(2, table.Cell(row, "secure_pauses"));
        Assert.Equal(TimeSpan.FromSeconds(97 + 10), table.Cell(row, "secure_pause_time"));
    }
}
