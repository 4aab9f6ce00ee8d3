using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.Dialer;

public sealed class DialerTests
{
    private readonly DialerHarness _d = new();

    [Fact]
    public void Without_a_Dialer_license_every_Dialer_request_is_403()
    {
        _d.Engine.SetDialerRights("agent1", hasLicense: false, null, null);

        var refused = Assert.Throws<IcwsErrorException>(() => _d.Engine.DialerLogIn(_d.Session, null));

        Assert.Equal((403, ErrorIds.DialerLicenseMissing), (refused.StatusCode, refused.ErrorId));
    }

    [Fact]
    public void A_predictive_call_arrives_connected_with_its_data_pop_and_the_next_waits_for_its_disposition()
    {
        _d.AddCampaign();

        var pop = _d.FirstCall();

        Assert.Equal(("urn:inin.com:dialer:dataPop", "c1", 1), (pop.Type, pop.CampaignId, pop.DialingMode));
        Assert.Equal("A-1", pop.Attributes["account"]);
        Assert.Contains(pop.Dispositions, d => d.WrapUpCategory == "Scheduled");
        Assert.Equal("C", _d.Cic.Call(pop.InteractionId).State);
        Assert.Equal("c1", _d.Cic.Call(pop.InteractionId).Attributes[Attr.DialerCampaignId]);
        Assert.Equal("Campaign Call", _d.Status);

        _d.Engine.Disconnect(_d.Session, pop.InteractionId);
        Assert.Equal("Follow Up", _d.Status);
        _d.Cic.Advance(10);
        Assert.Empty(_d.Drain<DataPopMessage>());

        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false));
        Assert.Equal("Available", _d.Status);
        Assert.Equal("+13175550102", _d.Cic.Call(_d.NextCall().InteractionId).Attributes[Attr.RemoteAddress]);
    }

    [Fact]
    public void A_disposition_disconnects_the_call_only_when_the_campaign_says_so()
    {
        _d.AddCampaign("auto", configure: c => c.AutoDisconnectOnDisposition = true);
        var pop = _d.FirstCall("auto");

        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false));

        Assert.Equal("I", _d.Cic.Call(pop.InteractionId).State);
    }

    [Fact]
    public void Without_auto_disconnect_a_dispositioned_call_must_be_hung_up_before_the_next()
    {
        _d.AddCampaign();
        var pop = _d.FirstCall();

        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false));
        _d.Cic.Advance(5);

        Assert.Equal("C", _d.Cic.Call(pop.InteractionId).State);
        Assert.Empty(_d.Drain<DataPopMessage>());
        _d.Engine.Disconnect(_d.Session, pop.InteractionId);
        _d.NextCall();
    }

    [Fact]
    public void A_preview_waits_on_the_queue_until_placed_and_can_be_skipped()
    {
        _d.AddCampaign("p", "Preview", c => c.PreviewTimeoutSeconds = 20);

        var preview = _d.FirstCall("p");
        Assert.Equal(("urn:inin.com:dialer:previewPop", false, 20, true), (preview.Type, preview.CallPlaced, preview.PreviewTimeout, preview.AllowSkip));
        Assert.Equal("O", _d.Cic.Call(preview.InteractionId).State);
        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Skipped - Agent Skip", null, null, false));
        Assert.Equal("I", _d.Cic.Call(preview.InteractionId).State);

        var next = _d.NextCall();
        _d.Engine.DialerPlacePreviewCall(_d.Session, initiatedByTimer: true);
        Assert.Equal("C", _d.Cic.Call(next.InteractionId).State);
        Assert.Equal("1", _d.Cic.Call(next.InteractionId).Attributes[Attr.DialerPlacedByTimer]);
        var late = Assert.Throws<IcwsErrorException>(() =>
            _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Skipped - Agent Skip", null, null, false)));
        Assert.Equal(ErrorIds.InvalidDisposition, late.ErrorId);
    }

    [Fact]
    public void A_label_not_offered_or_a_callback_in_the_past_is_refused_and_changes_nothing()
    {
        _d.AddCampaign();
        _d.FirstCall();

        var unknown = Assert.Throws<IcwsErrorException>(() => _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Nope", null, null, false)));
        var past = Assert.Throws<IcwsErrorException>(() => _d.Engine.DialerDisposition(_d.Session,
            new DispositionRequest("Schedule a Callback", _d.Cic.Time.GetUtcNow().AddMinutes(-1), null, false)));
        var notScheduled = Assert.Throws<IcwsErrorException>(() => _d.Engine.DialerDisposition(_d.Session,
            new DispositionRequest("Sale", _d.Cic.Time.GetUtcNow().AddMinutes(1), null, false)));

        Assert.Equal((400, ErrorIds.InvalidDisposition), (unknown.StatusCode, unknown.ErrorId));
        Assert.Equal(ErrorIds.InvalidScheduledTime, past.ErrorId);
        Assert.Equal(ErrorIds.InvalidDisposition, notScheduled.ErrorId);
        Assert.Null(_d.Engine.GetDialerAgent("agent1").LastDisposition);
    }

    [Fact]
    public void A_callback_scheduled_to_me_comes_back_to_me_at_its_time()
    {
        _d.AddCampaign(configure: c => c.AutoDisconnectOnDisposition = true);
        var first = _d.FirstCall();
        _d.Engine.SetCampaignPace("c1", 3600);

        _d.Engine.DialerDisposition(_d.Session,
            new DispositionRequest("Schedule a Callback", _d.Cic.Time.GetUtcNow().AddMinutes(5), "agent1", false));
        _d.Cic.Advance(240);
        Assert.Empty(_d.Drain<DataPopMessage>());
        _d.Cic.Advance(61);

        var callback = Assert.Single(_d.Drain<DataPopMessage>()).Call;
        Assert.Equal(first.Attributes["is_attr_phonenumber"], callback.Attributes["is_attr_phonenumber"]);
    }

    [Fact]
    public void A_break_asked_for_during_a_call_is_granted_once_the_call_is_dispositioned()
    {
        _d.AddCampaign(configure: c => c.AutoDisconnectOnDisposition = true);
        _d.FirstCall();

        _d.Engine.DialerRequestBreak(_d.Session);
        Assert.Equal([1], _d.Drain<BreakStatusMessage>().Select(m => m.BreakStatus));
        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false));
        Assert.Equal([2], _d.Drain<BreakStatusMessage>().Select(m => m.BreakStatus));
        _d.Cic.Advance(30);
        Assert.Empty(_d.Drain<DataPopMessage>());

        _d.Engine.DialerEndBreak(_d.Session);
        Assert.Equal([0], _d.Drain<BreakStatusMessage>().Select(m => m.BreakStatus));
        _d.NextCall();
    }

    [Fact]
    public void A_log_off_asked_for_during_a_call_is_granted_after_the_disposition()
    {
        _d.AddCampaign(configure: c => c.AutoDisconnectOnDisposition = true);
        _d.FirstCall();

        _d.Engine.DialerLogOff(_d.Session, []);
        Assert.Empty(_d.Drain<LogoutGrantedMessage>());
        Assert.True(_d.Engine.GetDialerAgent("agent1").PendingFullLogoff);
        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false));

        Assert.Equal(["c1"], Assert.Single(_d.Drain<LogoutGrantedMessage>()).Campaigns.Select(c => c.Id));
        Assert.False(_d.Engine.GetDialerAgent("agent1").LoggedIn);
    }

    [Fact]
    public void Without_the_Logon_Campaign_right_the_agent_is_in_every_running_campaign_and_one_that_resumes()
    {
        _d.Engine.SetDialerRights("agent1", null, canLogonCampaign: false, null);
        _d.AddCampaign("a");
        _d.AddCampaign("b", configure: c => c.State = "Paused");

        _d.Engine.DialerLogIn(_d.Session, null);
        var available = Assert.Single(_d.Drain<AvailableCampaignsMessage>());
        Assert.False(available.AgentHasLogonCampaignRight);
        Assert.Equal(["a"], _d.Engine.GetDialerAgent("agent1").Campaigns);
        Assert.Equal(403, Assert.Throws<IcwsErrorException>(() => _d.Engine.DialerLogIn(_d.Session, "a")).StatusCode);

        _d.Engine.SetCampaignState("b", "Running");
        Assert.Equal("b", Assert.Single(_d.Drain<AutoLoginMessage>()).Campaign.Id);
        _d.Engine.SetCampaignState("a", "Stopped");
        Assert.Equal("a", Assert.Single(_d.Drain<AutoLogoutMessage>()).Campaign.Id);
        Assert.Equal(["b"], _d.Engine.GetDialerAgent("agent1").Campaigns);
    }

    [Fact]
    public void A_supervisor_logs_an_agent_in_and_out_of_a_campaign()
    {
        _d.AddCampaign("a");
        _d.Engine.DialerLogIn(_d.Session, null);

        _d.Engine.SupervisorLogIn("agent1", "a");
        _d.Engine.SupervisorLogOut("agent1", "a");

        var messages = _d.Drain<IcwsMessage>();
        Assert.Equal("a", Assert.Single(messages.OfType<AutoLoginMessage>()).Campaign.Id);
        Assert.Equal("a", Assert.Single(messages.OfType<AutoLogoutMessage>()).Campaign.Id);
    }

    [Fact]
    public void A_Dialer_switchover_drops_the_call_off_the_queue_keeps_the_audio_and_logs_the_agent_out()
    {
        _d.AddCampaign();
        var pop = _d.FirstCall();

        Assert.Equal(1, _d.Engine.DialerSwitchover());

        var call = _d.Cic.Call(pop.InteractionId);
        Assert.Equal(("C", (string?)null), (call.State, call.UserId));
        Assert.Equal(2, Assert.Single(_d.Drain<OutboundServerConnectionStateChangeMessage>()).ConnectionState);
        Assert.False(_d.Engine.GetDialerAgent("agent1").LoggedIn);
    }

    [Fact]
    public void An_agent_logged_in_to_Dialer_takes_no_ACD_call_unless_blended()
    {
        _d.AddCampaign(configure: c => c.State = "Paused");
        _d.Engine.DialerLogIn(_d.Session, null);

        var acd = _d.Engine.InjectCall("+13175550999", workgroup: "Sales");
        Assert.NotEqual("agent1", _d.Cic.Call(acd).UserId);
    }

    [Fact]
    public void A_blended_agent_logged_in_to_Dialer_takes_ACD_calls_between_campaign_calls()
    {
        _d.Engine.SetDialerRights("agent1", null, null, blended: true);
        _d.AddCampaign(configure: c => c.AutoDisconnectOnDisposition = true);
        _d.FirstCall();
        _d.Engine.DialerDisposition(_d.Session, new DispositionRequest("Sale", null, null, false));
        _d.Engine.SetCampaignPace("c1", 3600);

        var acd = _d.Engine.InjectCall("+13175550999", workgroup: "Sales");

        Assert.Equal(("agent1", "A"), (_d.Cic.Call(acd).UserId, _d.Cic.Call(acd).State));
        _d.Engine.Pickup(_d.Session, acd);
        _d.Engine.Disconnect(_d.Session, acd);
        _d.Engine.SetCampaignPace("c1", 1);
        _d.NextCall();
    }
}
