using PureConnect.Grains.Agents;
using PureConnect.Grains.Dialer;
using static PureConnect.Grains.UnitTests.Dialer.DialerGiven;

namespace PureConnect.Grains.UnitTests.Dialer;

public sealed class DialerDeciderTests
{
    [Fact]
    public void Choosing_a_campaign_needs_the_Logon_Campaign_right()
    {
        Assert.Equal("dialer.noLogonCampaignRight", DialerDecider.CheckCampaignLogIn(LoggedIn(right: false), "c1")?.Code);
        Assert.Null(DialerDecider.CheckCampaignLogIn(LoggedIn(), "c1"));
    }

    [Fact]
    public void A_campaign_that_is_not_available_cannot_be_joined()
    {
        Assert.Equal("dialer.campaignUnavailable", DialerDecider.CheckCampaignLogIn(LoggedIn(), "c9")?.Code);
    }

    [Fact]
    public void A_log_off_needs_a_Dialer_session_and_campaigns_the_agent_is_in()
    {
        Assert.Equal("dialer.notLoggedIn", DialerDecider.CheckLogOff(DialerState.Initial, [])?.Code);
        Assert.Equal("dialer.notInCampaign", DialerDecider.CheckLogOff(LoggedIn(true, Spring), ["c2"])?.Code);
        Assert.Null(DialerDecider.CheckLogOff(LoggedIn(true, Spring), ["c1"]));
    }

    [Fact]
    public void A_full_log_off_is_asked_once_and_waits_for_the_last_call()
    {
        var state = DialerDecider.Evolve(LoggedIn(true, Spring).WithCall(Call()), new DialerLogOffRequested([], T0));

        Assert.True(state.PendingFullLogOff);
        Assert.Equal("dialer.logOffPending", DialerDecider.CheckLogOff(state, [])?.Code);
        Assert.True(state.LoggedIn);
    }

    [Fact]
    public void A_break_is_requested_once_and_ended_only_when_requested_or_taken()
    {
        var requested = DialerDecider.Evolve(LoggedIn(true, Spring), new DialerBreakChanged(DialerBreak.Requested, T0));

        Assert.Null(DialerDecider.CheckRequestBreak(LoggedIn(true, Spring)));
        Assert.Equal("dialer.breakPending", DialerDecider.CheckRequestBreak(requested)?.Code);
        Assert.Equal("dialer.notOnBreak", DialerDecider.CheckEndBreak(LoggedIn(true, Spring))?.Code);
        Assert.Null(DialerDecider.CheckEndBreak(requested));
        Assert.Equal("dialer.notLoggedIn", DialerDecider.CheckRequestBreak(DialerState.Initial)?.Code);
    }

    [Fact]
    public void The_agent_cannot_log_out_of_CIC_while_logged_in_to_Dialer()
    {
        Assert.Equal("dialer.loggedIn", DialerDecider.CheckCicLogOut(LoggedIn())?.Code);
        Assert.Null(DialerDecider.CheckCicLogOut(DialerState.Initial));
    }

    [Fact]
    public void Regular_statuses_are_hidden_while_logged_in_and_back_on_break()
    {
        var onBreak = DialerDecider.Evolve(LoggedIn(), new DialerBreakChanged(DialerBreak.OnBreak, T0));

        Assert.Equal("dialer.statusRestricted", DialerDecider.CheckStatusChange(LoggedIn(), "At Lunch")?.Code);
        Assert.Null(DialerDecider.CheckStatusChange(LoggedIn(), "Available"));
        Assert.Null(DialerDecider.CheckStatusChange(onBreak, "At Lunch"));
        Assert.False(DialerDecider.View(LoggedIn(), "Available").RegularStatusesAllowed);
        Assert.True(DialerDecider.View(onBreak, "At Lunch").RegularStatusesAllowed);
    }

    [Fact]
    public void Only_Available_is_offered_while_logged_in_to_Dialer_and_every_status_on_break()
    {
        StatusOption[] all = [Option("Available"), Option("At Lunch")];
        var onBreak = DialerDecider.Evolve(LoggedIn(), new DialerBreakChanged(DialerBreak.OnBreak, T0));

        Assert.Equal(["Available"], DialerDecider.VisibleStatuses(LoggedIn(), all).Select(s => s.StatusId));
        Assert.Equal(2, DialerDecider.VisibleStatuses(onBreak, all).Count);
    }

    [Theory]
    [InlineData("Campaign Call", DialerStatus.CampaignCall)]
    [InlineData("Follow Up", DialerStatus.FollowUp)]
    [InlineData("ACD - Agent Not Answering", DialerStatus.AcdNotAnswering)]
    [InlineData("Available", DialerStatus.Available)]
    public void The_Dialer_status_follows_the_CIC_status(string cicStatus, DialerStatus expected)
    {
        Assert.Equal(expected, DialerDecider.StatusOf(LoggedIn(), cicStatus));
    }

    [Fact]
    public void Only_a_preview_not_yet_placed_can_be_placed_or_skipped_and_skipping_needs_the_campaign_to_allow_it()
    {
        var preview = LoggedIn().WithCall(Call(DialerMode.Preview, previewSeconds: 20));
        var noSkip = LoggedIn().WithCall(Call(DialerMode.Preview, allowSkip: false));
        var placed = DialerDecider.Evolve(preview, new DialerPreviewPlaced("1001", false, T0));

        Assert.Null(DialerDecider.CheckPlacePreview(preview));
        Assert.Null(DialerDecider.CheckSkip(preview));
        Assert.Equal("dialer.skipNotAllowed", DialerDecider.CheckSkip(noSkip)?.Code);
        Assert.Equal("dialer.noPreview", DialerDecider.CheckPlacePreview(placed)?.Code);
        Assert.Null(placed.Call!.PreviewDeadline);
        Assert.Equal("dialer.noPreview", DialerDecider.CheckPlacePreview(LoggedIn().WithCall(Call()))?.Code);
    }

    [Fact]
    public void A_disposition_settles_the_call_and_a_switchover_drops_it_and_logs_the_agent_out()
    {
        var state = LoggedIn(true, Spring).WithCall(Call());

        Assert.Null(DialerDecider.Evolve(state, new DialerCallDispositioned("1001", "Sale", "Success", false, false, null, T0)).Call);
        var dropped = DialerGiven.State([new DialerLoggedIn(true, T0)]).WithCall(Call());
        var afterSwitchover = new DialerEvent[] { new DialerCallDropped("1001", T0), new DialerLoggedOut("switchover", T0) }
            .Aggregate(dropped, DialerDecider.Evolve);
        Assert.Null(afterSwitchover.Call);
        Assert.False(afterSwitchover.LoggedIn);
        Assert.Equal("You logged out of Dialer.", afterSwitchover.Notices[^1].Text);
    }

    [Fact]
    public void Automatic_log_ins_and_log_outs_leave_notices_for_the_bottom_of_the_softphone()
    {
        var state = new DialerEvent[] { new DialerCampaignJoined(Fall, true, T0), new DialerCampaignLeft(Fall, true, T0) }
            .Aggregate(LoggedIn(), DialerDecider.Evolve);

        Assert.Equal(["You were logged in to Fall.", "You logged out of Fall."], state.Notices.Select(n => n.Text));
    }

    [Fact]
    public void A_CIC_session_that_ends_logs_the_agent_out_of_Dialer_with_a_clear_notice_and_drops_the_call_it_owed()
    {
        var state = LoggedIn(true, Spring).WithCall(Call());

        var events = DialerDecider.SessionEnded(state, T0);
        var after = events.Aggregate(state, DialerDecider.Evolve);

        Assert.Equal([new DialerCallDropped("1001", T0), new DialerLoggedOut(DialerLogOutReasons.SessionEnded, T0)], events);
        Assert.False(after.LoggedIn);
        Assert.Null(after.Call);
        Assert.Empty(after.Campaigns);
        Assert.Equal((DialerNoticeKinds.SessionEnded, DialerBreak.None), (after.Notices[^1].Kind, after.Break));
        Assert.StartsWith("Your CIC session ended", after.Notices[^1].Text, StringComparison.Ordinal);
        Assert.Empty(DialerDecider.SessionEnded(DialerState.Initial, T0));
    }

    [Fact]
    public void The_agents_log_out_ends_the_Dialer_session_before_the_CIC_session_on_the_agents_stream()
    {
        var agent = new AgentEvent[] { new AgentLoggedIn("s1", StationSelection.Workstation("station1"), T0), new DialerLoggedIn(true, T0) }
            .Aggregate(AgentModel.Initial, AgentDecider.Evolve);

        var events = AgentDecider.LogOut(agent, "CIC session ended", T0);

        Assert.IsType<DialerLoggedOut>(events[0]);
        Assert.IsType<AgentLoggedOut>(events[^1]);
        Assert.False(events.Aggregate(agent, AgentDecider.Evolve).Dialer.LoggedIn);
    }

    [Fact]
    public void A_new_CIC_session_starts_without_the_Dialer_session_a_lost_one_still_had()
    {
        var agent = new AgentEvent[] { new AgentLoggedIn("s1", StationSelection.Workstation("station1"), T0), new DialerLoggedIn(true, T0) }
            .Aggregate(AgentModel.Initial, AgentDecider.Evolve);

        var again = AgentDecider.LogIn(agent, "s2", StationSelection.Workstation("station1"), T0);
        var sameSession = AgentDecider.LogIn(agent, "s1", StationSelection.Workstation("station2"), T0);

        Assert.Equal([new DialerLoggedOut(DialerLogOutReasons.SessionEnded, T0), new AgentLoggedIn("s2", StationSelection.Workstation("station1"), T0)], again);
        Assert.IsType<AgentLoggedIn>(Assert.Single(sameSession));
    }

    private static StatusOption Option(string id) => new(id, id, "", false, false, false, false);
}
