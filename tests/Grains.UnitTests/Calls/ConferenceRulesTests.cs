using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given this conference, when a call is merged, added or a party leaves, then these events or this refusal.</summary>
public sealed class ConferenceRulesTests
{
    private static readonly CallFacts A = Call(id: "A");
    private static readonly CallFacts B = Call(id: "B", status: InteractionStatus.Held);
    private static readonly CallFacts C = Call(id: "C", status: InteractionStatus.Held);

    private static ConferenceState Given(params IEnumerable<InteractionEvent>[] events) => Fold(ConferenceState.Initial, ConferenceRules.Evolve, events);

    private static IReadOnlyList<InteractionEvent> BDroppedOntoA() => ConferenceRules.Merge(ConferenceState.Initial, Agent, dragged: B, onto: A, "conf1", At);

    private static IReadOnlyList<InteractionEvent> AddC() => ConferenceRules.Add(Given(BDroppedOntoA()), Agent, C, At.AddSeconds(10));

    [Fact]
    public void Dragging_one_call_onto_another_makes_a_conference_of_the_agent_and_both_callers()
    {
        var events = BDroppedOntoA();
        var state = Given(events);

        Assert.Equal(new ConferenceCreated("conf1", Agent, Underneath: "A", Dragged: "B", At), Assert.Single(events));
        Assert.Equal(3, ConferenceRules.PartyCount(state));
        Assert.Equal(["A", "B"], state.Calls);
    }

    [Fact]
    public void The_wrap_up_goes_to_the_call_that_was_underneath()
    {
        Assert.Equal("A", ConferenceRules.WrapUpInteraction(Given(BDroppedOntoA())));
        Assert.Equal("B", ConferenceRules.WrapUpInteraction(Given(ConferenceRules.Merge(ConferenceState.Initial, Agent, A, B, "conf1", At))));
        Assert.Null(ConferenceRules.WrapUpInteraction(ConferenceState.Initial));
    }

    [Fact]
    public void Interaction_Dialer_calls_cannot_be_conferenced()
    {
        var dialer = Call(id: "D", dialer: true);

        Assert.Equal("conference.dialerNotAllowed", ConferenceRules.CheckMerge(ConferenceState.Initial, Agent, dialer, A)?.ErrorCode);
        Assert.Equal("conference.dialerNotAllowed", ConferenceRules.CheckMerge(ConferenceState.Initial, Agent, A, dialer)?.ErrorCode);
        Assert.Equal("conference.dialerNotAllowed", ConferenceRules.CheckAdd(Given(BDroppedOntoA()), Agent, dialer)?.ErrorCode);
        Assert.Empty(ConferenceRules.Merge(ConferenceState.Initial, Agent, dialer, A, "conf1", At));
    }

    [Theory]
    [InlineData("B", InteractionStatus.Alerting, "Call", "agent1", "conference.callNotActive")]
    [InlineData("B", InteractionStatus.Disconnected, "Call", "agent1", "conference.callNotActive")]
    [InlineData("B", InteractionStatus.Connected, "Chat", "agent1", "conference.callsOnly")]
    [InlineData("B", InteractionStatus.Connected, "Call", "agent2", "interaction.notFound")]
    [InlineData("A", InteractionStatus.Connected, "Call", "agent1", "conference.sameCall")]
    [InlineData("B", InteractionStatus.Connected, "Call", "agent1", null)]
    public void Only_two_different_active_calls_of_the_agent_can_be_merged(
        string id, InteractionStatus status, string objectType, string user, string? errorCode)
    {
        var dragged = Call(id: id, status: status, objectType: objectType, user: user);

        Assert.Equal(errorCode, ConferenceRules.CheckMerge(ConferenceState.Initial, Agent, dragged, A)?.ErrorCode);
    }

    [Fact]
    public void Dragging_another_active_call_onto_the_conference_adds_a_party()
    {
        var events = AddC();

        Assert.Equal(new ConferenceCallAdded("C", At.AddSeconds(10)), Assert.Single(events));
        Assert.Equal(4, ConferenceRules.PartyCount(Given(BDroppedOntoA(), events)));
        Assert.Equal("conference.alreadyInConference", ConferenceRules.CheckAdd(Given(BDroppedOntoA()), Agent, B)?.ErrorCode);
        Assert.Equal("conference.alreadyStarted", ConferenceRules.CheckMerge(Given(BDroppedOntoA()), Agent, C, A)?.ErrorCode);
    }

    [Fact]
    public void No_call_can_be_added_to_a_conference_that_is_not_running_or_not_the_agents()
    {
        Assert.Equal("conference.notActive", ConferenceRules.CheckAdd(ConferenceState.Initial, Agent, C)?.ErrorCode);
        Assert.Equal("conference.notAParty", ConferenceRules.CheckAdd(Given(BDroppedOntoA()), "agent2", C with { UserId = "agent2" })?.ErrorCode);
    }

    [Fact]
    public void The_conference_persists_for_the_others_when_the_agent_who_started_it_leaves()
    {
        var events = ConferenceRules.Leave(Given(BDroppedOntoA()), Agent, At.AddSeconds(20));
        var state = Given(BDroppedOntoA(), events);

        Assert.Equal(new ConferencePartyLeft(Agent, At.AddSeconds(20)), Assert.Single(events));
        Assert.True(state.Active);
        Assert.Equal(2, ConferenceRules.PartyCount(state));
    }

    [Fact]
    public void The_conference_ends_when_one_party_remains()
    {
        var agentLeft = Given(BDroppedOntoA(), ConferenceRules.Leave(Given(BDroppedOntoA()), Agent, At.AddSeconds(20)));

        var events = ConferenceRules.Leave(agentLeft, "B", At.AddSeconds(30));
        var state = Given(BDroppedOntoA(), ConferenceRules.Leave(Given(BDroppedOntoA()), Agent, At.AddSeconds(20)), events);

        Assert.Equal([new ConferencePartyLeft("B", At.AddSeconds(30)), new ConferenceEnded(At.AddSeconds(30))], events);
        Assert.Equal((false, 0), (state.Active, ConferenceRules.PartyCount(state)));
        Assert.Equal("conference.notActive", ConferenceRules.CheckLeave(state, "A")?.ErrorCode);
    }

    [Fact]
    public void With_four_parties_one_caller_hanging_up_leaves_three()
    {
        var state = Given(BDroppedOntoA(), AddC());

        Assert.Single(ConferenceRules.Leave(state, "C", At.AddSeconds(40)));
        Assert.Equal("conference.notAParty", ConferenceRules.CheckLeave(state, "Z")?.ErrorCode);
        Assert.Empty(ConferenceRules.Leave(state, "Z", At.AddSeconds(40)));
    }
}
