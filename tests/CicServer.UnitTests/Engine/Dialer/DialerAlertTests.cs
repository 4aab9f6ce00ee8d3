using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.Dialer;

/// <summary>Spec, "Agent statuses in Interaction Dialer": "ACD – Not Answering: You received a call on your queue but did not
/// answer it", with a campaign whose calls alert on the agent's queue instead of being connected at once.</summary>
public sealed class DialerAlertTests
{
    private readonly DialerHarness _d = new();

    [Fact]
    public void A_campaign_call_that_alerts_is_a_campaign_call_and_connects_when_picked_up()
    {
        _d.AddCampaign(configure: c => c.AgentAlertSeconds = 10);

        var pop = _d.FirstCall();

        Assert.Equal("A", _d.Cic.Call(pop.InteractionId).State);
        Assert.Equal("Campaign Call", _d.Status);
        _d.Engine.Pickup(_d.Session, pop.InteractionId);
        _d.Cic.Advance(30);
        Assert.Equal(("C", "agent1"), (_d.Cic.Call(pop.InteractionId).State, _d.Cic.Call(pop.InteractionId).UserId));
        Assert.Equal("Campaign Call", _d.Status);
    }

    [Fact]
    public void An_unanswered_campaign_call_leaves_the_agent_not_answering_and_no_call_comes_until_they_are_available()
    {
        _d.AddCampaign(configure: c => c.AgentAlertSeconds = 10);
        var pop = _d.FirstCall();

        _d.Cic.Advance(10);

        var call = _d.Cic.Call(pop.InteractionId);
        Assert.Equal(("I", (string?)null), (call.State, call.UserId)); // nobody else in the campaign: abandoned
        Assert.Equal("ACD - Agent Not Answering", _d.Status);
        Assert.Null(_d.Engine.GetDialerAgent("agent1").LastCallId);
        Assert.Equal(400, Assert.Throws<IcwsErrorException>(() =>
            _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false))).StatusCode);
        _d.Cic.Advance(60);
        Assert.Empty(_d.Drain<DataPopMessage>());
        Assert.Equal("ACD - Agent Not Answering", _d.Status);

        _d.Engine.SetUserStatus(_d.Session, "agent1", new UserStatusUpdate("Available"));

        Assert.NotEqual(pop.InteractionId, _d.NextCall().InteractionId);
        Assert.Equal("Campaign Call", _d.Status);
    }

    [Fact]
    public void An_unanswered_campaign_call_goes_to_another_free_agent_of_the_campaign_with_its_data_pop()
    {
        _d.AddCampaign(configure: c => c.AgentAlertSeconds = 10);
        var other = _d.Cic.LogIn("agent2", "station2");
        _d.Engine.DialerLogIn(other, null);
        _d.Engine.DialerLogIn(other, "c1");
        var pop = _d.FirstCall();
        _d.Engine.SetCampaignPace("c1", 3600);
        _d.Engine.DialerReadyForCalls(other);

        _d.Cic.Advance(10);

        Assert.Equal(("A", "agent2"), (_d.Cic.Call(pop.InteractionId).State, _d.Cic.Call(pop.InteractionId).UserId));
        Assert.Equal(pop.InteractionId, Assert.Single(EngineHarness.Drain<DataPopMessage>(other)).Call.InteractionId);
        Assert.Equal("ACD - Agent Not Answering", _d.Status);
        Assert.Equal("Campaign Call", _d.Engine.GetUserStatus("agent2").StatusId);
        Assert.Equal(pop.InteractionId, _d.Engine.GetDialerAgent("agent2").LastCallId);
    }
}
