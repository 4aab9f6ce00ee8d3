using PureConnect.Grains.Dialer;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Dialer.DialerGiven;

namespace PureConnect.Grains.UnitTests.Dialer;

/// <summary>Spec, "Agent statuses in Interaction Dialer": "ACD – Not Answering: you received a call on your queue but did not
/// answer it." The interaction tells who did not answer; the agent's Dialer then owes the call no disposition.</summary>
public sealed class DialerNotAnsweredTests
{
    private static InteractionModel Interaction(bool dialer = true, params InteractionEvent[] more) =>
        new InteractionEvent[]
        {
            new InteractionDiscovered("1001", "Call", InteractionDirection.Outbound, "+13175550101", "Ada", null, false, T0, T0),
            new InteractionFeaturesObserved(null, null, dialer, null, T0),
            new InteractionAssigned("agent1", T0),
            new InteractionAlerting("agent1", T0),
        }.Concat(more).Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);

    private static InteractionModel Then(InteractionModel state, params InteractionEvent[] events) => events.Aggregate(state, InteractionDecider.Evolve);

    [Fact]
    public void An_alerting_campaign_call_taken_off_the_agents_queue_was_not_answered_by_them()
    {
        var alerting = Interaction();

        Assert.Equal("agent1", DialerNotAnswered.By(alerting, Then(alerting, new InteractionUnassigned("agent1", T0))));
        Assert.Equal("agent1", DialerNotAnswered.By(alerting, Then(alerting, new InteractionAssigned("agent2", T0))));
    }

    [Fact]
    public void A_campaign_call_that_was_answered_ended_or_is_no_Dialer_call_is_not_one()
    {
        var connected = Interaction(true, new InteractionConnected(T0));
        var alerting = Interaction();
        var acd = Interaction(dialer: false);

        Assert.Null(DialerNotAnswered.By(connected, Then(connected, new InteractionUnassigned("agent1", T0))));
        Assert.Null(DialerNotAnswered.By(alerting, Then(alerting, new InteractionConnected(T0))));
        Assert.Null(DialerNotAnswered.By(alerting, Then(alerting, new InteractionDisconnected(DisconnectedBy.Remote, T0))));
        Assert.Null(DialerNotAnswered.By(acd, Then(acd, new InteractionUnassigned("agent1", T0))));
    }

    [Fact]
    public void The_agents_Dialer_forgets_the_unanswered_call_but_not_a_preview_waiting_to_be_placed()
    {
        var predictive = LoggedIn(true, Spring).WithCall(Call());
        var preview = LoggedIn(true, Spring).WithCall(Call(DialerMode.Preview));

        var events = DialerObservations.NotAnswered(predictive, "1001", T0);

        Assert.Equal([new DialerCallNotAnswered("1001", T0)], events);
        Assert.Null(DialerDecider.Evolve(predictive, (DialerEvent)events[0]).Call);
        Assert.Empty(DialerObservations.NotAnswered(predictive, "other", T0));
        Assert.Empty(DialerObservations.NotAnswered(preview, "1001", T0));
    }
}
