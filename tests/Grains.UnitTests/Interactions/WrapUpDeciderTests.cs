using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Interactions;

/// <summary>Given these interaction events, when this wrap-up command or moment, then these events or this refusal.</summary>
public sealed class WrapUpDeciderTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly WrapUpSettings Sales = new(
        [new WrapUpCodeOption("Sale", "Sale"), new WrapUpCodeOption("No Sale", "No Sale")], TimeSpan.FromSeconds(30), "Ambiguous");

    private static InteractionModel Given(params InteractionEvent[] events) =>
        events.Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);

    private static InteractionEvent[] HandledCall(string? workgroup = "Sales", InteractionDirection direction = InteractionDirection.Inbound) =>
    [
        new InteractionDiscovered("1001", "Call", direction, "3175550100", "Pat", workgroup, false, At, At),
        new InteractionAssigned("agent1", At),
        new InteractionConnected(At.AddSeconds(5)),
        new InteractionDisconnected(DisconnectedBy.Remote, At.AddSeconds(60)),
    ];

    private static InteractionModel Prompted() =>
        Given([.. HandledCall(), .. WrapUpDecider.Prompt(Given(HandledCall()), Sales, At.AddSeconds(61))]);

    [Fact]
    public void A_disconnected_ACD_call_from_a_workgroup_with_codes_prompts_its_agent_with_a_deadline()
    {
        var events = WrapUpDecider.Prompt(Given(HandledCall()), Sales, At.AddSeconds(61));

        var prompted = Assert.IsType<WrapUpPrompted>(Assert.Single(events));
        Assert.Equal(("agent1", "Sales", "Ambiguous", At.AddSeconds(91)), (prompted.UserId, prompted.Workgroup, prompted.AmbiguousCode, prompted.Deadline));
        Assert.Equal(["Sale", "No Sale"], prompted.Codes.Select(c => c.Id));
    }

    [Fact]
    public void No_prompt_for_a_workgroup_without_codes()
    {
        Assert.Empty(WrapUpDecider.Prompt(Given(HandledCall()), Sales with { Codes = [] }, At));
        Assert.Empty(WrapUpDecider.Prompt(Given(HandledCall()), null, At));
    }

    [Fact]
    public void No_prompt_for_a_non_ACD_call()
    {
        Assert.False(WrapUpDecider.NeedsPrompt(Given(HandledCall(workgroup: null))));
        Assert.Empty(WrapUpDecider.Prompt(Given(HandledCall(workgroup: null)), Sales, At));
        Assert.Empty(WrapUpDecider.Prompt(Given(HandledCall(direction: InteractionDirection.Outbound)), Sales, At));
    }

    [Fact]
    public void No_prompt_while_the_call_is_live_or_for_a_call_nobody_answered()
    {
        Assert.Empty(WrapUpDecider.Prompt(Given(HandledCall()[..3]), Sales, At));
        Assert.Empty(WrapUpDecider.Prompt(Given(HandledCall()[0], HandledCall()[1], HandledCall()[3]), Sales, At));
    }

    [Fact]
    public void A_call_prompts_once()
    {
        Assert.False(WrapUpDecider.NeedsPrompt(Prompted()));
        Assert.Empty(WrapUpDecider.Prompt(Prompted(), Sales, At.AddSeconds(62)));
    }

    [Fact]
    public void A_code_assigned_within_the_time_allowed_is_recorded_with_who_assigned_it()
    {
        var state = Prompted();

        Assert.Null(WrapUpDecider.Check(state, new AssignWrapUp("agent1", "Sale"), At.AddSeconds(90)));
        var events = WrapUpDecider.Assign(state, new AssignWrapUp("agent1", "Sale"), At.AddSeconds(90));

        Assert.Equal(new WrapUpAssigned("Sale", "Sale", "agent1", At.AddSeconds(90)), Assert.Single(events));
        var view = WrapUpDecider.View(Given([.. HandledCall(), .. WrapUpDecider.Prompt(Given(HandledCall()), Sales, At.AddSeconds(61)), .. events]).WrapUp);
        Assert.Equal((WrapUpStatus.Assigned, "Sale", "agent1"), (view!.Status, view.Code, view.AssignedBy));
    }

    [Fact]
    public void Past_the_deadline_the_ambiguous_code_is_assigned_and_the_agents_pick_is_refused()
    {
        var state = Prompted();

        Assert.Empty(WrapUpDecider.TimeOut(state, At.AddSeconds(90)));
        var events = WrapUpDecider.TimeOut(state, At.AddSeconds(91));

        Assert.Equal(new WrapUpTimedOut("Ambiguous", At.AddSeconds(91)), Assert.Single(events));
        Assert.Equal("wrapUp.timedOut", WrapUpDecider.Check(state, new AssignWrapUp("agent1", "Sale"), At.AddSeconds(91))?.ErrorCode);
        var timedOut = events.Aggregate(state, InteractionDecider.Evolve);
        Assert.Equal("wrapUp.timedOut", WrapUpDecider.Check(timedOut, new AssignWrapUp("agent1", "Sale"), At.AddSeconds(92))?.ErrorCode);
        Assert.Empty(WrapUpDecider.TimeOut(timedOut, At.AddSeconds(200)));
    }

    [Fact]
    public void A_second_assignment_is_refused_and_the_timer_no_longer_times_it_out()
    {
        var assigned = WrapUpDecider.Assign(Prompted(), new AssignWrapUp("agent1", "Sale"), At.AddSeconds(70))
            .Aggregate(Prompted(), InteractionDecider.Evolve);

        Assert.Equal("wrapUp.notOpen", WrapUpDecider.Check(assigned, new AssignWrapUp("agent1", "No Sale"), At.AddSeconds(71))?.ErrorCode);
        Assert.Empty(WrapUpDecider.Assign(assigned, new AssignWrapUp("agent1", "No Sale"), At.AddSeconds(71)));
        Assert.Empty(WrapUpDecider.TimeOut(assigned, At.AddSeconds(200)));
    }

    [Fact]
    public void An_unknown_code_another_agent_or_no_prompt_is_refused()
    {
        Assert.Equal("wrapUp.unknownCode", WrapUpDecider.Check(Prompted(), new AssignWrapUp("agent1", "Resolved"), At.AddSeconds(70))?.ErrorCode);
        Assert.Equal("interaction.notFound", WrapUpDecider.Check(Prompted(), new AssignWrapUp("agent2", "Sale"), At.AddSeconds(70))?.ErrorCode);
        Assert.Equal("wrapUp.notOpen", WrapUpDecider.Check(Given(HandledCall()), new AssignWrapUp("agent1", "Sale"), At.AddSeconds(70))?.ErrorCode);
    }

    [Fact]
    public void The_agent_keeps_an_open_wrap_up_listed_until_it_settles()
    {
        var pending = AgentDecider.NoteWrapUp(AgentModel.Initial, "k1", "1001", open: true, At);
        var state = pending.Aggregate(AgentModel.Initial, AgentDecider.Evolve);

        Assert.IsType<AgentWrapUpPending>(Assert.Single(pending));
        Assert.Empty(AgentDecider.NoteWrapUp(state, "k1", "1001", open: true, At));
        Assert.IsType<AgentWrapUpSettled>(Assert.Single(AgentDecider.NoteWrapUp(state, "k1", "1001", open: false, At)));
        Assert.Empty(AgentDecider.NoteWrapUp(AgentModel.Initial, "k1", "1001", open: false, At));
    }
}
