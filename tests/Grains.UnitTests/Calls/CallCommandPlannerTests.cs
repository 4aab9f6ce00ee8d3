using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given an interaction's events, when the agent presses a call control, then this ICWS request and these events (or this refusal).</summary>
public sealed class CallCommandPlannerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly CallCommandSettings Settings = new(new RecordingRights(true, true, true, false), TimeSpan.FromSeconds(60));

    private static InteractionModel Given(params InteractionEvent[] events) => events.Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);

    private static InteractionEvent[] Connected(string? workgroup = null) =>
    [
        new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "3175550100", "Pat", workgroup, false, At, At),
        new InteractionAssigned("agent1", At),
        new InteractionConnected(At),
    ];

    private static CallCommandPlan Plan(InteractionModel state, CallCommandKind kind, string? text = null, TransferTarget? target = null,
        ConsultAction? action = null) =>
        CallCommandPlanner.Plan(state, new CallCommand("agent1", kind, text, target, ConsultAction: action), Settings, At);

    private static InteractionModel After(InteractionModel state, CallCommandPlan plan, IcwsCallResult? result = null) =>
        plan.Then(result ?? new IcwsCallResult(CommandResult.Ok())).Aggregate(state, InteractionDecider.Evolve);

    [Fact]
    public void Record_then_snip_asks_CIC_for_an_ad_hoc_then_a_snippet_and_record_then_stops_the_merged_snippet()
    {
        var state = Given(Connected());

        var record = Plan(state, CallCommandKind.Record);
        Assert.Equal(new IcwsCall(IcwsCallKind.Record, "1001", On: true), record.Call);
        state = After(state, record);

        var snip = Plan(state, CallCommandKind.Snip);
        Assert.Equal(new IcwsCall(IcwsCallKind.Snip, "1001", On: true), snip.Call);
        state = After(state, snip);
        Assert.True(state.Recording.SnippetActive);

        var stop = Plan(state, CallCommandKind.Record);
        Assert.Equal(new IcwsCall(IcwsCallKind.Snip, "1001", On: false), stop.Call);
        Assert.False(After(state, stop).Recording.SnippetActive);
    }

    [Fact]
    public void A_snippet_observed_from_CIC_makes_record_unavailable()
    {
        var state = Given([.. Connected(), new InteractionFeaturesObserved(null, null, false, null, At)]);
        var observed = InteractionDecider.Observe(state, Seen(snippet: true));
        state = observed.Aggregate(state, InteractionDecider.Evolve);

        Assert.Equal("recording.snippetActive", Plan(state, CallCommandKind.Record).Refused?.ErrorCode);
        Assert.False(CallCommandPlanner.View(state, "agent1", Settings.Rights, At).Recording.RecordEnabled);
    }

    [Fact]
    public void Secure_pause_asks_for_the_configured_length_and_the_view_counts_down_to_its_end()
    {
        var state = Given(Connected());

        var pause = Plan(state, CallCommandKind.SecurePause);
        Assert.Equal(new IcwsCall(IcwsCallKind.SecurePause, "1001", On: true, Text: "60"), pause.Call);
        state = After(state, pause);

        Assert.Equal(At.AddSeconds(60), CallCommandPlanner.View(state, "agent1", Settings.Rights, At.AddSeconds(10)).SecurePauseEndsAt);
        Assert.Null(CallCommandPlanner.View(state, "agent1", Settings.Rights, At.AddSeconds(61)).SecurePauseEndsAt);
    }

    [Fact]
    public void Secure_pause_counts_from_when_CIC_answered_so_it_never_ends_here_before_it_ends_in_CIC()
    {
        // CIC starts its timer when the request reaches it; under load the answer comes seconds after the press. Counting from the
        // press would show the pause over while CIC still refuses a snippet "securely paused".
        var state = Given(Connected());

        var pause = Plan(state, CallCommandKind.SecurePause);
        state = After(state, pause, new IcwsCallResult(CommandResult.Ok(), AnsweredAt: At.AddSeconds(3)));

        Assert.Equal(At.AddSeconds(63), CallCommandPlanner.View(state, "agent1", Settings.Rights, At.AddSeconds(62)).SecurePauseEndsAt);
    }

    [Fact]
    public void A_consult_records_CICs_ids_and_its_actions_map_onto_the_consult_resources()
    {
        var state = Given(Connected());
        var consult = Plan(state, CallCommandKind.Consult, target: new TransferTarget(TransferTargetKind.User, "agent2"));
        Assert.Equal(new IcwsCall(IcwsCallKind.Consult, "1001", TargetKind: TransferTargetKind.User, Target: "agent2"), consult.Call);
        state = After(state, consult, new IcwsCallResult(CommandResult.Ok(), "7", "1002"));
        Assert.Equal(("7", "1002"), (state.Transfer.ConsultId, state.Transfer.ConsultInteractionId));

        Assert.Equal(new IcwsCall(IcwsCallKind.ConsultAudience, "1001", ConsultId: "7", Audience: 3), Plan(state, CallCommandKind.ConsultAction, action: ConsultAction.Both).Call);
        Assert.Equal(new IcwsCall(IcwsCallKind.ConsultAudience, "1001", ConsultId: "7", Audience: 0), Plan(state, CallCommandKind.ConsultAction, action: ConsultAction.Neither).Call);
        Assert.Equal(IcwsCallKind.ConsultCancel, Plan(state, CallCommandKind.ConsultAction, action: ConsultAction.Disconnect).Call!.Kind);
        var complete = Plan(state, CallCommandKind.ConsultAction, action: ConsultAction.Complete);
        Assert.Equal(IcwsCallKind.ConsultConclude, complete.Call!.Kind);
        Assert.Equal(At, After(state, complete).Transfer.TransferredAt);
    }

    [Theory]
    [InlineData(CallCommandKind.Consult, TransferTargetKind.Workgroup, "transfer.consultNotAllowed")]
    [InlineData(CallCommandKind.BlindTransfer, TransferTargetKind.UserVoicemail, "transfer.voicemailNotAllowed")]
    public void Transfers_the_spec_forbids_never_reach_CIC(CallCommandKind kind, TransferTargetKind target, string error)
    {
        var plan = Plan(Given(Connected()), kind, target: new TransferTarget(target, "Sales"));

        Assert.Equal(error, plan.Refused?.ErrorCode);
        Assert.Null(plan.Call);
    }

    [Fact]
    public void Another_agents_call_a_missing_target_and_assistance_off_ACD_are_refused()
    {
        var state = Given(Connected());

        Assert.Equal("interaction.notFound", CallCommandPlanner.Plan(state, new CallCommand("agent2", CallCommandKind.Record), Settings, At).Refused?.ErrorCode);
        Assert.Equal("call.invalidCommand", Plan(state, CallCommandKind.BlindTransfer).Refused?.ErrorCode);
        Assert.Equal("assistance.notAcd", Plan(state, CallCommandKind.RequestAssistance, "help").Refused?.ErrorCode);
        Assert.Equal(new IcwsCall(IcwsCallKind.RequestAssistance, "1001", Text: "help"), Plan(Given(Connected("Sales")), CallCommandKind.RequestAssistance, " help ").Call);
    }

    [Fact]
    public void A_conference_shows_its_parties_with_the_agent_and_a_dialer_call_says_so()
    {
        var conference = Given([.. Connected(), new InteractionFeaturesObserved("c1", 2, false, null, At)]);
        var dialer = Given([.. Connected(), new InteractionFeaturesObserved(null, null, true, null, At)]);

        Assert.Equal(3, CallCommandPlanner.View(conference, "agent1", Settings.Rights, At).ConferenceParties);
        Assert.True(CallCommandPlanner.View(dialer, "agent1", Settings.Rights, At).IsDialer);
    }

    private static ObservedInteraction Seen(bool snippet) => new("1001", "Call", InteractionStatus.Connected, DisconnectedBy.Unknown,
        InteractionDirection.Inbound, "3175550100", "Pat", null, "agent1", false, null, null, null, null, At,
        new ObservedFeatures(null, null, false, null, snippet));
}
