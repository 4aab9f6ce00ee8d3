using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

public sealed class CallControlRulesTests
{
    [Fact]
    public void Hold_on_an_alerting_call_picks_it_up_and_holds_it()
    {
        Assert.Equal("pickup-hold", InteractionRules.ActionOf(Call("Alerting"), CallControl.Hold));
        Assert.Equal("hold", InteractionRules.ActionOf(Call("Connected"), CallControl.Hold));
        Assert.Equal("unhold", InteractionRules.ActionOf(Call("Held"), CallControl.Hold));
    }

    [Fact]
    public void Record_and_snip_show_only_with_the_agents_rights()
    {
        Assert.False(CallTrayRules.IsShown(CallControl.Record, null));
        Assert.True(CallTrayRules.IsShown(CallControl.Record, new RecordingRightsInfo(true, false)));
        Assert.False(CallTrayRules.IsShown(CallControl.Snip, new RecordingRightsInfo(true, false)));
        Assert.True(CallTrayRules.IsShown(CallControl.Voicemail, null));
    }

    [Fact]
    public void An_ad_hoc_recording_merged_into_a_snippet_moves_the_bar_to_snip()
    {
        var merged = Call("Connected", calls: Controls(new RecordingControlsInfo(true, true, true, true)));
        Assert.True(CallTrayRules.IsOn(merged, CallControl.Snip, Now));
        Assert.False(CallTrayRules.IsOn(merged, CallControl.Record, Now));
        Assert.True(CallTrayRules.IsAvailable(merged, CallControl.Record));
        Assert.False(CallTrayRules.IsAvailable(merged, CallControl.SecurePause));
    }

    [Fact]
    public void A_secure_pause_counts_down_to_its_end_and_then_is_gone()
    {
        var paused = Call("Connected", calls: Controls(securePauseEndsAt: Now.AddSeconds(42)));
        Assert.Equal(TimeSpan.FromSeconds(42), SecurePauseRules.TimeLeft(paused, Now));
        Assert.True(CallTrayRules.IsOn(paused, CallControl.SecurePause, Now));
        Assert.Null(SecurePauseRules.TimeLeft(paused, Now.AddSeconds(42)));
    }

    [Fact]
    public void Assistance_is_for_acd_interactions_one_request_at_a_time()
    {
        Assert.False(CallTrayRules.IsAvailable(Call("Connected"), CallControl.Assistance));
        Assert.True(CallTrayRules.IsAvailable(Call("Connected", workgroup: "Sales"), CallControl.Assistance));
        Assert.False(CallTrayRules.IsAvailable(Call("Connected", workgroup: "Sales", calls: Controls(assistance: true)), CallControl.Assistance));
    }

    [Theory]
    [InlineData("12#*", true)]
    [InlineData("ABCD", true)]
    [InlineData("12E", false)]
    [InlineData("", false)]
    [InlineData("123456789012345678901234567890123", false)]
    public void The_dial_pad_sends_at_most_32_dtmf_digits(string digits, bool valid) => Assert.Equal(valid, DialPadRules.IsDtmf(digits));

    [Fact]
    public void A_disconnected_call_with_a_number_can_be_dialed_again()
    {
        Assert.True(InteractionRules.CanRedial(Call("Disconnected")));
        Assert.False(InteractionRules.CanRedial(Call("Connected")));
        Assert.False(InteractionRules.CanRedial(Call("Disconnected", remoteAddress: "")));
    }
}
