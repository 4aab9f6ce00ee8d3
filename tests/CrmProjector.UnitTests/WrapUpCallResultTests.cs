using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>Call Result: "Wrap-up code assigned after the call is disconnected" becomes the Task's CallDisposition.</summary>
public sealed class WrapUpCallResultTests
{
    private static readonly DateTimeOffset Connected = new(2015, 8, 10, 8, 55, 17, TimeSpan.Zero);
    private static readonly DateTimeOffset Ended = Connected.AddMinutes(1);
    private static readonly CallLogOptions Options = new();

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000120150810", p.i + 1, p.e));

    private static InteractionEvent[] WrappedUpCall(InteractionEvent outcome) =>
    [
        new InteractionDiscovered("1001000001", "Call", InteractionDirection.Inbound, "3175550100", "Pat", "Sales", false, Connected, Connected),
        new InteractionConnected(Connected),
        new InteractionDisconnected(DisconnectedBy.Remote, Ended),
        new WrapUpPrompted("agent1", "Sales", [new WrapUpCodeOption("Sale", "Sale")], "Ambiguous", Ended.AddSeconds(30), Ended),
        outcome,
    ];

    [Fact]
    public void An_assigned_wrap_up_code_is_the_call_disposition_of_the_unlocked_log()
    {
        var state = Fold(WrappedUpCall(new WrapUpAssigned("Sale", "Sale", "agent1", Ended.AddSeconds(20))));

        Assert.Equal("Sale", CallLogProjection.Fields(state, Options).CallDisposition);
        Assert.False(CallLogProjection.IsLocked(state, Options, Ended.AddSeconds(20)));
    }

    [Fact]
    public void A_timed_out_wrap_up_leaves_the_ambiguous_code_as_the_disposition()
    {
        var state = Fold(WrappedUpCall(new WrapUpTimedOut("Ambiguous", Ended.AddSeconds(30))));

        Assert.Equal("Ambiguous", CallLogProjection.Fields(state, Options).CallDisposition);
    }

    [Fact]
    public void A_prompt_alone_sets_no_disposition()
    {
        var state = Fold(WrappedUpCall(new InteractionDeallocated(Ended.AddSeconds(1))));

        Assert.Null(CallLogProjection.Fields(state, Options).CallDisposition);
    }
}
