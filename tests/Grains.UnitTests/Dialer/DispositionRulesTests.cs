using PureConnect.Grains.Dialer;
using static PureConnect.Grains.UnitTests.Dialer.DialerGiven;

namespace PureConnect.Grains.UnitTests.Dialer;

public sealed class DispositionRulesTests
{
    private static readonly DialerState OnCall = LoggedIn(true, Spring).WithCall(Call());

    [Fact]
    public void A_label_the_call_offers_is_recorded()
    {
        var (disposition, refused) = DispositionRules.Decide(OnCall, new SubmitDisposition("Sale"), T0);

        Assert.Null(refused);
        Assert.Equal(new DialerCallDispositioned("1001", "Sale", "Success", false, false, null, T0), disposition);
    }

    [Fact]
    public void A_label_not_offered_is_refused()
    {
        Assert.Equal("dialer.unknownDisposition", DispositionRules.Decide(OnCall, new SubmitDisposition("Bogus"), T0).Refusal?.Code);
    }

    [Fact]
    public void There_is_nothing_to_disposition_without_a_call()
    {
        Assert.Equal("dialer.noCall", DispositionRules.Decide(LoggedIn(), new SubmitDisposition("Sale"), T0).Refusal?.Code);
    }

    [Fact]
    public void An_abandon_disposition_says_so()
    {
        Assert.True(DispositionRules.Decide(OnCall, new SubmitDisposition("Abandoned"), T0).Disposition!.Abandon);
    }

    [Fact]
    public void A_callback_at_a_time_with_its_offset_is_scheduled_in_UTC_to_me()
    {
        var (disposition, _) = DispositionRules.Decide(OnCall, new SubmitDisposition("Schedule a Callback", "2026-11-24T11:30:00+01:00", CallbackToMe: true), T0);

        Assert.Equal(new DialerCallback(new DateTimeOffset(2026, 11, 24, 10, 30, 0, TimeSpan.Zero), true), disposition!.Callback);
    }

    [Fact]
    public void Their_time_is_a_local_time_in_the_campaigns_zone()
    {
        var (disposition, _) = DispositionRules.Decide(OnCall, new SubmitDisposition("Schedule a Callback", "2026-11-24T08:00:00", TheirTime: true), T0);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero), disposition!.Callback!.At); // New York is UTC-5 in November
    }

    [Theory]
    [InlineData("2026-11-24T08:59:00Z", "dialer.callbackInPast")]
    [InlineData("tomorrow at noon", "dialer.callbackTimeInvalid")]
    [InlineData("2026-11-24T12:00:00", "dialer.callbackTimeInvalid")]
    [InlineData("", "dialer.callbackTimeRequired")]
    public void A_callback_time_in_the_past_missing_or_without_an_offset_is_refused(string at, string code)
    {
        Assert.Equal(code, DispositionRules.Decide(OnCall, new SubmitDisposition("Schedule a Callback", at), T0).Refusal?.Code);
    }

    [Fact]
    public void Their_time_needs_a_campaign_time_zone()
    {
        var noZone = LoggedIn().WithCall(Call() with { Campaign = Fall });

        Assert.Equal("dialer.noCampaignTimeZone",
            DispositionRules.Decide(noZone, new SubmitDisposition("Schedule a Callback", "2026-11-25T08:00:00", TheirTime: true), T0).Refusal?.Code);
    }

    [Fact]
    public void A_callback_time_on_a_disposition_that_schedules_none_is_refused()
    {
        Assert.Equal("dialer.callbackNotAllowed", DispositionRules.Decide(OnCall, new SubmitDisposition("Sale", "2026-11-25T08:00:00Z"), T0).Refusal?.Code);
    }

    [Fact]
    public void Without_callbacks_allowed_a_scheduled_disposition_is_a_plain_one()
    {
        var noCallbacks = LoggedIn().WithCall(Call(callbacks: false));

        var (disposition, refused) = DispositionRules.Decide(noCallbacks, new SubmitDisposition("Schedule a Callback"), T0);

        Assert.Null(refused);
        Assert.Null(disposition!.Callback);
    }
}
