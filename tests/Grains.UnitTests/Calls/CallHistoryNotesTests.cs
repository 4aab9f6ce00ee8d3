using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given a call's state, when these events are confirmed, then these lines of these agents' call histories.</summary>
public sealed class CallHistoryNotesTests
{
    private static readonly InteractionEvent[] Ringing =
    [
        new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "3175550100", "Pat Caller", "Sales", false, At, At),
        new InteractionAssigned(Agent, At),
        new InteractionAlerting(Agent, At),
    ];

    private static InteractionModel Given(params IEnumerable<InteractionEvent>[] events) =>
        events.SelectMany(e => e).Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);

    private static InteractionModel Connected() => Given(Ringing, [new InteractionConnected(At.AddSeconds(5))]);

    [Fact]
    public void A_declined_call_that_goes_back_to_its_queue_is_missed_for_the_agent_it_rang_at()
    {
        var (user, line) = Assert.Single(CallHistoryNotes.Of(Given(Ringing), [new InteractionUnassigned(Agent, At.AddSeconds(8))], At.AddSeconds(8)));

        Assert.Equal(Agent, user);
        Assert.Equal(CallHistoryKind.Missed, CallHistory.KindOf(new CallHistoryItem(line.InteractionId, line.Name, line.Number, line.At, line.Direction,
            line.ConnectedAt, line.EndedAt, line.Forwarded)));
        Assert.Equal(("1001", "Pat Caller", "3175550100", At.AddSeconds(8)), (line.InteractionId, line.Name, line.Number, line.EndedAt));
    }

    [Fact]
    public void A_call_the_agent_left_in_a_conference_is_answered_and_ends_for_them_when_they_left()
    {
        var (user, line) = Assert.Single(CallHistoryNotes.Of(Connected(), [new InteractionUnassigned(Agent, At.AddMinutes(2))], At.AddMinutes(2)));

        Assert.Equal((Agent, At.AddSeconds(5), At.AddMinutes(2), false), (user, line.ConnectedAt, line.EndedAt, line.Forwarded));
    }

    [Fact]
    public void A_call_the_agent_transferred_is_noted_once_as_forwarded_not_again_when_it_leaves_them()
    {
        var transferred = new InteractionTransferred(Agent, new TransferTarget(TransferTargetKind.User, "bob"), Consulted: false, At.AddMinutes(1));

        var atTransfer = CallHistoryNotes.Of(Connected(), [transferred], At.AddMinutes(1));
        var leaving = CallHistoryNotes.Of(Given(Ringing, [new InteractionConnected(At.AddSeconds(5)), transferred]),
            [new InteractionUnassigned(Agent, At.AddMinutes(1).AddSeconds(2)), new InteractionAssigned("bob", At.AddMinutes(1).AddSeconds(2))], At.AddMinutes(2));

        Assert.True(Assert.Single(atTransfer).Line.Forwarded);
        Assert.Empty(leaving);
    }

    [Fact]
    public void The_owner_has_a_line_when_the_call_ends_and_nothing_else_writes_one()
    {
        var ended = CallHistoryNotes.Of(Connected(), [new InteractionDisconnected(DisconnectedBy.Remote, At.AddMinutes(1))], At.AddMinutes(1));

        Assert.Equal((Agent, At.AddMinutes(1)), (Assert.Single(ended).UserId, ended[0].Line.EndedAt));
        Assert.Empty(CallHistoryNotes.Of(Connected(), [new InteractionMuteChanged(true, At.AddSeconds(30))], At.AddSeconds(30)));
        Assert.Empty(CallHistoryNotes.Of(Given(Ringing) with { ObjectType = "Conference" }, [new InteractionUnassigned(Agent, At.AddSeconds(8))], At));
    }
}
