using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given this interaction and transfer state, when a blind transfer, a consult or a consult button, then these events or this refusal.</summary>
public sealed class TransferRulesTests
{
    private static readonly TransferTarget Bob = new(TransferTargetKind.User, "bob");
    private static readonly TransferTarget Sales = new(TransferTargetKind.Workgroup, "Sales");

    private static TransferState Given(params IEnumerable<InteractionEvent>[] events) => Fold(TransferState.Initial, TransferRules.Evolve, events);

    private static IReadOnlyList<InteractionEvent> StartConsult(TransferTarget target) =>
        TransferRules.Consult(TransferState.Initial, Call(), new StartConsult(Agent, target), At);

    private static TransferState ConsultingBob() => Given(StartConsult(Bob));

    private static IReadOnlyList<InteractionEvent> Act(TransferState state, ConsultAction action, int seconds = 30) =>
        TransferRules.Act(state, Call(status: InteractionStatus.Held), new ActOnConsult(Agent, action), At.AddSeconds(seconds));

    [Theory]
    [InlineData(TransferTargetKind.User, "bob")]
    [InlineData(TransferTargetKind.Workgroup, "Sales")]
    [InlineData(TransferTargetKind.AttendantProfile, "Main Menu")]
    [InlineData(TransferTargetKind.OutsideNumber, "+1 317 555 0199")]
    public void A_blind_transfer_goes_to_a_user_a_workgroup_an_Attendant_profile_or_an_outside_number(TransferTargetKind kind, string address)
    {
        var events = TransferRules.Blind(TransferState.Initial, Call(), new BlindTransfer(Agent, new(kind, $" {address} ")), At);

        Assert.Equal(new InteractionTransferred(Agent, new(kind, address), Consulted: false, At), Assert.Single(events));
    }

    [Fact]
    public void Dial_as_digits_treats_the_typed_text_as_a_number()
    {
        var events = TransferRules.Blind(TransferState.Initial, Call(), new BlindTransfer(Agent, new(TransferTargetKind.User, "3175550199"), DialAsDigits: true), At);
        var notANumber = new BlindTransfer(Agent, new(TransferTargetKind.User, "bob"), DialAsDigits: true);

        Assert.Equal(new TransferTarget(TransferTargetKind.OutsideNumber, "3175550199"), Assert.IsType<InteractionTransferred>(Assert.Single(events)).Target);
        Assert.Equal("transfer.invalidNumber", TransferRules.CheckBlind(TransferState.Initial, Call(), notANumber)?.ErrorCode);
    }

    [Fact]
    public void A_transfer_to_another_agents_voicemail_is_refused()
    {
        var voicemail = new TransferTarget(TransferTargetKind.UserVoicemail, "bob");

        Assert.Equal("transfer.voicemailNotAllowed", TransferRules.CheckBlind(TransferState.Initial, Call(), new BlindTransfer(Agent, voicemail))?.ErrorCode);
        Assert.Equal("transfer.voicemailNotAllowed", TransferRules.CheckConsult(TransferState.Initial, Call(), new StartConsult(Agent, voicemail))?.ErrorCode);
    }

    [Theory]
    [InlineData(InteractionStatus.Alerting, "transfer.notConnected")]
    [InlineData(InteractionStatus.Offering, "transfer.notConnected")]
    [InlineData(InteractionStatus.Dialing, "transfer.notConnected")]
    [InlineData(InteractionStatus.Disconnected, "transfer.notConnected")]
    [InlineData(InteractionStatus.Connected, null)]
    [InlineData(InteractionStatus.Held, null)]
    public void Only_a_connected_or_held_interaction_can_be_transferred(InteractionStatus status, string? errorCode)
    {
        Assert.Equal(errorCode, TransferRules.CheckBlind(TransferState.Initial, Call(status: status), new BlindTransfer(Agent, Bob))?.ErrorCode);
        Assert.Equal(errorCode, TransferRules.CheckConsult(TransferState.Initial, Call(status: status), new StartConsult(Agent, Bob))?.ErrorCode);
    }

    [Fact]
    public void A_consult_transfer_is_only_for_calls_other_interactions_go_blind()
    {
        Assert.Equal("transfer.consultCallsOnly", TransferRules.CheckConsult(TransferState.Initial, Chat(), new StartConsult(Agent, Bob))?.ErrorCode);
        Assert.Null(TransferRules.CheckBlind(TransferState.Initial, Chat(), new BlindTransfer(Agent, Bob)));
    }

    [Theory]
    [InlineData(TransferTargetKind.Workgroup, "transfer.consultNotAllowed")]
    [InlineData(TransferTargetKind.AttendantProfile, "transfer.consultNotAllowed")]
    [InlineData(TransferTargetKind.User, null)]
    public void A_consult_goes_only_to_a_person_or_a_number_never_to_a_workgroup_or_an_Attendant_profile(TransferTargetKind kind, string? errorCode)
    {
        Assert.Equal(errorCode, TransferRules.CheckConsult(TransferState.Initial, Call(), new StartConsult(Agent, new(kind, "x")))?.ErrorCode);
        Assert.Null(TransferRules.CheckConsult(TransferState.Initial, Call(), new StartConsult(Agent, new(TransferTargetKind.OutsideNumber, "3175550199"))));
    }

    [Fact]
    public void A_consult_puts_the_original_caller_on_hold_while_the_agent_speaks_with_the_consulted_party()
    {
        Assert.Equal(new ConsultStarted(Agent, Bob, At), Assert.Single(StartConsult(Bob)));
        Assert.Equal((Bob, ConsultMode.Consulting), (ConsultingBob().ConsultTarget, ConsultingBob().Mode));
    }

    [Fact]
    public void Complete_transfers_the_call_to_the_consulted_party()
    {
        var events = Act(ConsultingBob(), ConsultAction.Complete);

        Assert.Equal(new InteractionTransferred(Agent, Bob, Consulted: true, At.AddSeconds(30)), Assert.Single(events));
        var state = Given(StartConsult(Bob), events);
        Assert.Equal((false, Bob, At.AddSeconds(30)), (state.Consulting, state.TransferredTo, state.TransferredAt));
        Assert.Equal("transfer.alreadyTransferred", TransferRules.CheckBlind(state, Call(), new BlindTransfer(Agent, Sales))?.ErrorCode);
    }

    [Fact]
    public void Disconnect_drops_only_the_consulted_party_and_the_original_caller_stays_on_hold()
    {
        var events = Act(ConsultingBob(), ConsultAction.Disconnect);
        var state = Given(StartConsult(Bob), events);

        Assert.Equal(new ConsultDisconnected(At.AddSeconds(30)), Assert.Single(events));
        Assert.Equal((false, (ConsultMode?)null, (DateTimeOffset?)null), (state.Consulting, state.Mode, state.TransferredAt));
        Assert.Null(TransferRules.CheckConsult(state, Call(status: InteractionStatus.Held), new StartConsult(Agent, Bob)));
    }

    [Theory]
    [InlineData(ConsultAction.Both, ConsultMode.Both)]
    [InlineData(ConsultAction.Neither, ConsultMode.Neither)]
    public void Both_speaks_with_all_three_and_Neither_holds_both_pressing_it_again_changes_nothing(ConsultAction action, ConsultMode mode)
    {
        var events = Act(ConsultingBob(), action);
        var state = Given(StartConsult(Bob), events);

        Assert.Equal(new ConsultModeChanged(mode, At.AddSeconds(30)), Assert.Single(events));
        Assert.Equal(mode, state.Mode);
        Assert.Empty(Act(state, action, 40));
    }

    [Theory]
    [InlineData(ConsultAction.Complete)]
    [InlineData(ConsultAction.Disconnect)]
    [InlineData(ConsultAction.Both)]
    [InlineData(ConsultAction.Neither)]
    public void The_consult_buttons_are_refused_when_no_consult_is_in_progress(ConsultAction action)
    {
        Assert.Equal("transfer.noConsult", TransferRules.CheckAct(TransferState.Initial, Call(), new ActOnConsult(Agent, action))?.ErrorCode);
        Assert.Empty(Act(TransferState.Initial, action));
    }

    [Fact]
    public void While_a_consult_is_in_progress_no_other_transfer_starts()
    {
        Assert.Equal("transfer.consultActive", TransferRules.CheckConsult(ConsultingBob(), Call(), new StartConsult(Agent, Bob))?.ErrorCode);
        Assert.Equal("transfer.consultActive", TransferRules.CheckBlind(ConsultingBob(), Call(), new BlindTransfer(Agent, Sales))?.ErrorCode);
    }

    [Fact]
    public void The_consult_buttons_are_refused_once_the_original_call_is_gone()
    {
        Assert.Equal("transfer.notConnected",
            TransferRules.CheckAct(ConsultingBob(), Call(status: InteractionStatus.Disconnected), new ActOnConsult(Agent, ConsultAction.Complete))?.ErrorCode);
    }

    [Fact]
    public void A_transfer_needs_a_recipient_and_the_agents_own_interaction()
    {
        Assert.Equal("transfer.noTarget", TransferRules.CheckBlind(TransferState.Initial, Call(), new BlindTransfer(Agent, Bob with { Address = " " }))?.ErrorCode);
        Assert.Equal("interaction.notFound", TransferRules.CheckBlind(TransferState.Initial, Call(user: "agent2"), new BlindTransfer(Agent, Bob))?.ErrorCode);
        Assert.Equal("interaction.notFound", TransferRules.CheckAct(ConsultingBob(), Call(user: "agent2"), new ActOnConsult(Agent, ConsultAction.Both))?.ErrorCode);
    }

    [Fact]
    public void Call_duration_ends_at_the_transfer()
    {
        var transferred = Assert.IsType<InteractionTransferred>(Assert.Single(
            TransferRules.Blind(TransferState.Initial, Call(), new BlindTransfer(Agent, Sales), At.AddSeconds(95))));

        Assert.Equal(TimeSpan.FromSeconds(90), CallDuration.Of(At.AddSeconds(5), At.AddSeconds(300), transferred.OccurredAt, At.AddSeconds(400)));
        Assert.Equal(TimeSpan.FromSeconds(55), CallDuration.Of(At.AddSeconds(5), At.AddSeconds(60), null, At.AddSeconds(400)));
        Assert.Equal(TimeSpan.FromSeconds(15), CallDuration.Of(At.AddSeconds(5), null, null, At.AddSeconds(20)));
        Assert.Equal(TimeSpan.Zero, CallDuration.Of(null, At.AddSeconds(60), null, At.AddSeconds(400)));
    }

    [Fact]
    public void A_call_received_by_a_consult_transfer_can_be_transferred_again_by_the_one_who_received_it()
    {
        var completed = Given(StartConsult(Bob), Act(ConsultingBob(), ConsultAction.Complete));
        var atBob = InteractionDecider.Evolve(InteractionModel.Initial with { UserId = Agent, Transfer = completed }, new InteractionAssigned("bob", At.AddMinutes(1)));

        Assert.Null(TransferRules.CheckBlind(atBob.Transfer, Call(user: "bob"), new BlindTransfer("bob", Sales)));
        Assert.Null(TransferRules.CheckConsult(atBob.Transfer, Call(user: "bob"), new StartConsult("bob", new(TransferTargetKind.User, "carol"))));
        Assert.Equal(completed.TransferredAt, atBob.Transfer.TransferredAt);
    }

    [Fact]
    public void A_blind_transfer_that_rings_back_at_the_agent_can_be_transferred_again()
    {
        var transferred = Given(TransferRules.Blind(TransferState.Initial, Call(), new BlindTransfer(Agent, Bob), At));
        var rangBack = InteractionDecider.Evolve(InteractionModel.Initial with { UserId = Agent, Transfer = transferred }, new InteractionAlerting(Agent, At.AddSeconds(20)));

        Assert.Equal("transfer.alreadyTransferred", TransferRules.CheckBlind(transferred, Call(), new BlindTransfer(Agent, Sales))?.ErrorCode);
        Assert.Null(TransferRules.CheckBlind(rangBack.Transfer, Call(), new BlindTransfer(Agent, Sales)));
    }
}
