using PureConnect.Grains.Dialer;
using PureConnect.Icws.Messages;
using static PureConnect.Grains.UnitTests.Dialer.DialerGiven;
using IcwsDialer = PureConnect.Icws.Dialer;

namespace PureConnect.Grains.UnitTests.Dialer;

public sealed class DialerObservationsTests
{
    private static IcwsDialer.DialerDataPop Pop(bool preview, int? timeout = null) => new(
        "1001", "c1", "Spring", preview ? 0 : 1, new Dictionary<string, string> { ["account"] = "A-1\0" }, false, true,
        [new IcwsDialer.DialerDispositionOption("Sale", "Success", "S", false)], preview, !preview, timeout, true, null);

    [Fact]
    public void A_preview_with_a_timer_gets_its_deadline_and_its_text_cleaned()
    {
        var popped = Assert.IsType<DialerCallPopped>(Assert.Single(DialerObservations.Observe(LoggedIn(), new DialerDataPopMessage(Pop(true, 20)), T0)));

        Assert.Equal(T0.AddSeconds(20), popped.Call.PreviewDeadline);
        Assert.Equal(("A-1", DialerMode.Preview), (popped.Call.Attributes["account"], popped.Call.Mode));
    }

    [Fact]
    public void The_same_data_pop_twice_changes_nothing()
    {
        var state = LoggedIn().WithCall(Call());

        Assert.Empty(DialerObservations.Observe(state, new DialerDataPopMessage(Pop(false)), T0));
    }

    [Fact]
    public void Without_the_right_the_first_campaign_list_logs_the_agent_in_to_every_campaign()
    {
        var events = DialerObservations.Observe(DialerGiven.State([new DialerLoggedIn(true, T0)]),
            new DialerAvailableCampaignsMessage([new("c1", "Spring")], [], [], false), T0);

        Assert.Contains(events, e => e is DialerCampaignJoined { Campaign.Id: "c1", Automatically: true });
        Assert.Contains(events, e => e is DialerCampaignsAvailable { CanLogonCampaign: false });
    }

    [Fact]
    public void A_granted_full_log_off_leaves_the_campaigns_and_Dialer()
    {
        var state = DialerDecider.Evolve(LoggedIn(true, Spring), new DialerLogOffRequested([], T0));

        var events = DialerObservations.Observe(state, new DialerLogoutGrantedMessage([new("c1", "Spring")]), T0);

        Assert.Equal([typeof(DialerCampaignLeft), typeof(DialerLoggedOut)], events.Select(e => e.GetType()));
    }

    [Fact]
    public void A_Dialer_server_going_down_drops_the_call_and_logs_the_agent_out()
    {
        var events = DialerObservations.Observe(LoggedIn(true, Spring).WithCall(Call()), new DialerServerConnectionMessage(2), T0);

        Assert.Equal([typeof(DialerCallDropped), typeof(DialerLoggedOut)], events.Select(e => e.GetType()));
    }

    [Fact]
    public void Break_status_messages_become_break_changes()
    {
        var events = DialerObservations.Observe(LoggedIn(), new DialerBreakStatusMessage(IcwsDialer.DialerBreakStatus.OnBreak), T0);

        Assert.Equal(new DialerBreakChanged(DialerBreak.OnBreak, T0), Assert.Single(events));
    }
}
