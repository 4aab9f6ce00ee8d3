using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.Dialer;

/// <summary>Spec, "Schedule an Interaction Dialer callback": "Select Me or Anyone to determine whether the scheduled callback
/// will be routed to you, or to any available agent", with a second agent in the campaign who is free.</summary>
public sealed class DialerCallbackTargetTests
{
    private readonly DialerHarness _d = new();
    private readonly Session _other;

    public DialerCallbackTargetTests()
    {
        _d.AddCampaign(configure: c => c.AutoDisconnectOnDisposition = true);
        _other = _d.Cic.LogIn("agent2", "station2");
        _d.Engine.DialerLogIn(_other, null);
        _d.Engine.DialerLogIn(_other, "c1");
    }

    [Fact]
    public void A_callback_to_anyone_goes_to_another_free_agent_of_the_campaign()
    {
        var first = _d.FirstCall();
        _d.Engine.SetCampaignPace("c1", 3600);
        _d.Engine.DialerReadyForCalls(_other);
        _d.Engine.DialerRequestBreak(_d.Session);

        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Schedule a Callback", _d.Cic.Time.GetUtcNow().AddMinutes(5), null, false));
        _d.Cic.Advance(301);

        Assert.Empty(_d.Drain<DataPopMessage>());
        var callback = Assert.Single(EngineHarness.Drain<DataPopMessage>(_other)).Call;
        Assert.Equal(first.Attributes["is_attr_phonenumber"], callback.Attributes["is_attr_phonenumber"]);
        Assert.Equal("agent2", _d.Cic.Call(callback.InteractionId).UserId);
    }

    [Fact]
    public void A_callback_to_me_waits_for_me_while_another_agent_is_free()
    {
        var first = _d.FirstCall();
        _d.Engine.SetCampaignPace("c1", 3600);
        _d.Engine.DialerReadyForCalls(_other);
        _d.Engine.DialerRequestBreak(_d.Session);

        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Schedule a Callback", _d.Cic.Time.GetUtcNow().AddMinutes(5), "agent1", false));
        _d.Cic.Advance(400);
        Assert.Empty(EngineHarness.Drain<DataPopMessage>(_other));
        Assert.Single(_d.Engine.ListCampaigns().Single(c => c.Id == "c1").Callbacks);

        _d.Engine.DialerEndBreak(_d.Session);
        _d.Cic.Advance(0);

        var callback = Assert.Single(_d.Drain<DataPopMessage>()).Call;
        Assert.Equal(first.Attributes["is_attr_phonenumber"], callback.Attributes["is_attr_phonenumber"]);
        Assert.Empty(EngineHarness.Drain<DataPopMessage>(_other));
    }
}
