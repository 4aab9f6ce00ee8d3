using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given the agent's interactions, when a call control is pressed, then what to ask CIC or this refusal.</summary>
public sealed class CallControlRulesTests
{
    private static readonly CallFacts Ringing = Call(id: "NEW", status: InteractionStatus.Alerting);

    [Fact]
    public void Hold_on_an_alerting_interaction_picks_it_up_and_holds_it_at_once()
    {
        var (plan, rejected) = CallControlRules.PickUp(Ringing, [Ringing], Agent, thenHold: true);

        Assert.Null(rejected);
        Assert.Equal(("NEW", true), (plan!.InteractionId, plan.HoldAfterPickup));
        Assert.Empty(plan.HoldFirst);
    }

    [Fact]
    public void Pick_up_with_hold_needs_an_alerting_interaction()
    {
        Assert.Equal("call.notAlerting", CallControlRules.PickUp(Call(status: InteractionStatus.Held), [], Agent, thenHold: true).Rejected?.ErrorCode);
    }

    [Fact]
    public void Picking_up_a_second_call_holds_the_connected_ones_first()
    {
        CallFacts[] mine =
        [
            Call(id: "ON", status: InteractionStatus.Connected),
            Call(id: "HELD", status: InteractionStatus.Held),
            Chat(),
            Call(id: "THEIRS", user: "agent2"),
            Ringing,
        ];

        var (plan, _) = CallControlRules.PickUp(Ringing, mine, Agent, thenHold: false);

        Assert.Equal(("NEW", false), (plan!.InteractionId, plan.HoldAfterPickup));
        Assert.Equal(["ON"], plan.HoldFirst);
    }

    [Fact]
    public void Picking_up_a_chat_leaves_the_connected_call_alone()
    {
        var (plan, _) = CallControlRules.PickUp(Chat(InteractionStatus.Alerting), [Call(id: "ON")], Agent, thenHold: false);

        Assert.Empty(plan!.HoldFirst);
    }

    [Theory]
    [InlineData(InteractionStatus.Held, null)]
    [InlineData(InteractionStatus.Alerting, null)]
    [InlineData(InteractionStatus.Connected, "call.cannotPickUp")]
    [InlineData(InteractionStatus.Disconnected, "call.cannotPickUp")]
    public void Pickup_answers_an_alerting_interaction_or_resumes_a_held_one(InteractionStatus status, string? errorCode)
    {
        Assert.Equal(errorCode, CallControlRules.PickUp(Call(status: status), [], Agent, thenHold: false).Rejected?.ErrorCode);
        Assert.Equal("interaction.notFound", CallControlRules.PickUp(Call(status: status, user: "agent2"), [], Agent, false).Rejected?.ErrorCode);
    }

    [Theory]
    [InlineData(InteractionStatus.Alerting, "Sales", DisconnectOutcome.ReturnToQueue)]
    [InlineData(InteractionStatus.Alerting, null, DisconnectOutcome.Disconnect)]
    [InlineData(InteractionStatus.Connected, "Sales", DisconnectOutcome.Disconnect)]
    [InlineData(InteractionStatus.Held, "Sales", DisconnectOutcome.Disconnect)]
    public void Disconnecting_an_alerting_ACD_call_declines_it_back_to_the_queue(InteractionStatus status, string? workgroup, DisconnectOutcome outcome)
    {
        Assert.Equal(outcome, CallControlRules.Disconnect(Call(status: status, workgroup: workgroup), Agent).Outcome);
    }

    [Fact]
    public void A_disconnected_interaction_cannot_be_disconnected_again()
    {
        Assert.Equal("call.alreadyDisconnected", CallControlRules.Disconnect(Call(status: InteractionStatus.Disconnected), Agent).Rejected?.ErrorCode);
    }

    [Theory]
    [InlineData(InteractionStatus.Alerting, true)]
    [InlineData(InteractionStatus.Connected, false)]
    public void An_alerting_or_connected_call_can_be_sent_to_voicemail_an_alerting_one_without_a_screen_pop(InteractionStatus status, bool suppress)
    {
        var (request, _) = CallControlRules.SendToVoicemail(Call(status: status), Agent);

        Assert.Equal(new VoicemailRequest("1001", suppress), request);
    }

    [Theory]
    [InlineData(InteractionStatus.Held)]
    [InlineData(InteractionStatus.Dialing)]
    [InlineData(InteractionStatus.Disconnected)]
    public void Other_calls_cannot_be_sent_to_voicemail(InteractionStatus status)
    {
        Assert.Equal("call.voicemailNotAllowed", CallControlRules.SendToVoicemail(Call(status: status), Agent).Rejected?.ErrorCode);
        Assert.Equal("call.voicemailNotAllowed", CallControlRules.SendToVoicemail(Chat(), Agent).Rejected?.ErrorCode);
    }

    [Theory]
    [InlineData("0123456789*#", "0123456789*#")]
    [InlineData("abcd", "ABCD")]
    [InlineData("12345678901234567890123456789012", "12345678901234567890123456789012")]
    public void Dial_pad_digits_0_to_9_star_hash_and_A_to_D_are_sent(string digits, string sent)
    {
        Assert.Equal(sent, CallControlRules.SendDigits(Call(), Agent, digits).Digits);
    }

    [Theory]
    [InlineData("12 34", "dtmf.invalidDigits")]
    [InlineData("1E", "dtmf.invalidDigits")]
    [InlineData("+1", "dtmf.invalidDigits")]
    [InlineData("", "dtmf.empty")]
    [InlineData("123456789012345678901234567890123", "dtmf.tooLong")]
    public void Anything_else_is_refused(string digits, string errorCode)
    {
        Assert.Equal(errorCode, CallControlRules.SendDigits(Call(), Agent, digits).Rejected?.ErrorCode);
    }

    [Fact]
    public void Tones_go_only_to_a_connected_call()
    {
        Assert.Equal("dtmf.notConnected", CallControlRules.SendDigits(Call(status: InteractionStatus.Held), Agent, "1").Rejected?.ErrorCode);
        Assert.Equal("dtmf.notConnected", CallControlRules.SendDigits(Chat(), Agent, "1").Rejected?.ErrorCode);
    }

    [Fact]
    public void A_disconnected_call_is_redialed_to_its_number()
    {
        Assert.Equal("3175550100", CallControlRules.Redial(Call(status: InteractionStatus.Disconnected), Agent).Number);
        Assert.Equal("call.notDisconnected", CallControlRules.Redial(Call(), Agent).Rejected?.ErrorCode);
        Assert.Equal("call.noNumber", CallControlRules.Redial(Call(status: InteractionStatus.Disconnected, remoteAddress: ""), Agent).Rejected?.ErrorCode);
        Assert.Equal("interaction.notFound", CallControlRules.Redial(Call(status: InteractionStatus.Disconnected, user: "agent2"), Agent).Rejected?.ErrorCode);
    }
}
