using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

public sealed class DialerRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DialerCampaignInfo Spring = new("c1", "Spring", "America/New_York");
    private static readonly DialerCampaignInfo Fall = new("c2", "Fall", null);

    private static DialerCallInfo Preview(bool placed = false, DateTimeOffset? deadline = null, bool callbacks = true, DialerCampaignInfo? campaign = null) =>
        new("1001", campaign ?? Spring, "Preview", new Dictionary<string, string>(), [new("Sale", "Success", false, false), new("Call back", "Scheduled", false, true)],
            false, callbacks, true, placed, deadline);

    private static DialerInfo Dialer(IReadOnlyList<DialerCampaignInfo> available, IReadOnlyList<DialerCampaignInfo> joined) =>
        new(true, true, available, joined, [], false, "None", "Available", false, null, []);

    [Fact]
    public void The_preview_countdown_runs_to_the_deadline_and_stops_once_placed()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), DialerRules.PreviewTimeLeft(Preview(deadline: Now.AddSeconds(12)), Now));
        Assert.Equal(TimeSpan.Zero, DialerRules.PreviewTimeLeft(Preview(deadline: Now.AddSeconds(-1)), Now));
        Assert.Null(DialerRules.PreviewTimeLeft(Preview(placed: true, deadline: Now.AddSeconds(12)), Now));
        Assert.True(DialerRules.ShowsPreviewButtons(Preview()));
        Assert.False(DialerRules.ShowsPreviewButtons(Preview(placed: true)));
    }

    [Fact]
    public void The_callback_form_shows_for_a_scheduled_disposition_where_callbacks_are_allowed_on_their_time_when_the_campaign_has_a_zone()
    {
        Assert.True(DialerRules.AsksCallback(Preview(), "Call back"));
        Assert.False(DialerRules.AsksCallback(Preview(), "Sale"));
        Assert.False(DialerRules.AsksCallback(Preview(callbacks: false), "Call back"));
        Assert.True(DialerRules.OpensOnTheirTime(Preview()));
        Assert.False(DialerRules.OpensOnTheirTime(Preview(campaign: Fall)));
    }

    [Fact]
    public void My_time_carries_the_browsers_offset_and_their_time_none()
    {
        var date = new DateOnly(2026, 11, 25);
        var time = new TimeOnly(14, 30);

        Assert.Equal("2026-11-25T14:30:00+01:00", DialerRules.CallbackAt(date, time, false, TimeSpan.FromHours(1)));
        Assert.Equal("2026-11-25T14:30:00", DialerRules.CallbackAt(date, time, true, TimeSpan.FromHours(1)));
        Assert.Null(DialerRules.CallbackAt(null, time, false, TimeSpan.Zero));
    }

    [Fact]
    public void Campaign_toggles_list_available_and_joined_campaigns_and_All_is_on_when_every_available_one_is_joined()
    {
        var dialer = Dialer([Spring, Fall], [Spring]);

        Assert.Equal([("Fall", false), ("Spring", true)], DialerRules.Toggles(dialer).Select(t => (t.Campaign.Name, t.On)));
        Assert.False(DialerRules.AllOn(dialer));
        Assert.True(DialerRules.AllOn(Dialer([Spring, Fall], [Fall, Spring])));
    }
}
