using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given these requests on an interaction, when the agent asks for assistance, then this request or this refusal.</summary>
public sealed class AssistanceRulesTests
{
    private static AssistanceState Given(params IEnumerable<InteractionEvent>[] events) => Fold(AssistanceState.Initial, AssistanceRules.Evolve, events);

    private static IReadOnlyList<InteractionEvent> Ask(AssistanceState state, CallFacts? interaction = null, string message = "Caller asks for a refund") =>
        AssistanceRules.Request(state, interaction ?? Call(), Agent, message, At);

    [Fact]
    public void A_request_on_an_ACD_interaction_is_addressed_to_the_supervisors_of_its_workgroup()
    {
        Assert.Equal(new AssistanceRequested(Agent, "Sales", "Caller asks for a refund", 1, At), Assert.Single(Ask(AssistanceState.Initial, message: " Caller asks for a refund ")));
    }

    [Fact]
    public void Chats_and_emails_routed_from_a_workgroup_qualify_too()
    {
        Assert.Single(Ask(AssistanceState.Initial, Chat()));
    }

    [Fact]
    public void Assistance_is_only_for_ACD_routed_interactions()
    {
        Assert.Equal("assistance.notAcd", AssistanceRules.Check(AssistanceState.Initial, Call(workgroup: null), Agent, "help")?.ErrorCode);
        Assert.Equal("assistance.notAcd",
            AssistanceRules.Check(AssistanceState.Initial, Call(direction: InteractionDirection.Outbound), Agent, "help")?.ErrorCode);
    }

    [Fact]
    public void One_active_request_per_interaction_another_may_follow_once_it_is_completed()
    {
        var requested = Given(Ask(AssistanceState.Initial));

        Assert.Equal("assistance.alreadyRequested", AssistanceRules.Check(requested, Call(), Agent, "again")?.ErrorCode);
        Assert.Empty(Ask(requested));
        var completed = AssistanceRules.Complete(requested, At.AddMinutes(2));
        Assert.Equal(new AssistanceCompleted(At.AddMinutes(2)), Assert.Single(completed));
        var second = Ask(Given(Ask(AssistanceState.Initial), completed));
        Assert.Equal(2, Assert.IsType<AssistanceRequested>(Assert.Single(second)).Request);
    }

    [Fact]
    public void Completing_without_an_open_request_changes_nothing()
    {
        Assert.Empty(AssistanceRules.Complete(AssistanceState.Initial, At));
    }

    [Fact]
    public void A_request_needs_a_message_a_live_interaction_and_the_agents_own_one()
    {
        Assert.Equal("assistance.messageRequired", AssistanceRules.Check(AssistanceState.Initial, Call(), Agent, "  ")?.ErrorCode);
        Assert.Equal("assistance.interactionEnded",
            AssistanceRules.Check(AssistanceState.Initial, Call(status: InteractionStatus.Disconnected), Agent, "help")?.ErrorCode);
        Assert.Equal("interaction.notFound", AssistanceRules.Check(AssistanceState.Initial, Call(user: "agent2"), Agent, "help")?.ErrorCode);
    }
}
