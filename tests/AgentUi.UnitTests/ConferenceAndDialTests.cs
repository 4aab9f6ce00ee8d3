using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

public sealed class ConferenceAndDialTests
{
    [Fact]
    public void An_answered_call_drops_onto_another_answered_call_or_a_conference_but_not_onto_itself()
    {
        var held = Call("Held", "k1");
        var connected = Call("Connected", "k2");
        var conference = Call("Connected", "k3", objectType: "Conference", calls: Controls(conferenceId: "100k3", parties: 2));
        Assert.True(ConferenceRules.CanDrop(connected, held.Key));
        Assert.True(ConferenceRules.CanDrop(conference, held.Key));
        Assert.False(ConferenceRules.CanDrop(held, held.Key));
        Assert.False(ConferenceRules.CanDrop(Call("Alerting", "k4"), held.Key));
        Assert.False(ConferenceRules.CanDrag(conference));
        Assert.Equal(2, ConferenceRules.Parties(conference));
    }

    [Fact]
    public void An_open_Advanced_Dial_section_needs_an_account_code_when_they_are_enabled_and_its_state_is_always_sent()
    {
        var options = new AdvancedDialInfo(true, [new AccountCodeItem("100", "Sales")], ["Sales"], false);
        Assert.True(AdvancedDialRules.RequiresAccountCode(options, open: true));
        Assert.False(AdvancedDialRules.RequiresAccountCode(options, open: false));
        Assert.False(AdvancedDialRules.RequiresAccountCode(options with { AccountCodesEnabled = false }, open: true));
        Assert.Equal(new MakeCallRequest("3175550100", false), AdvancedDialRules.Request(" 3175550100 ", false, "100", "Sales"));
        Assert.Equal(new MakeCallRequest("3175550100", true, "100", null), AdvancedDialRules.Request("3175550100", true, "100", ""));
    }

    [Fact]
    public void An_interaction_that_left_the_agent_leaves_the_list()
    {
        var agent = new AgentMe("agent1", null, null, null, null, null, null, null, null, false, null, null);
        var view = SoftphoneView.Initial with { Agent = agent };
        var mine = Call("Connected", "k1");
        view = view.WithInteraction(mine);
        Assert.Single(view.Interactions);

        Assert.Empty(view.WithInteraction(mine with { UserId = "agent2", Version = 2 }).Interactions);
        Assert.Empty(view.WithInteraction(mine with { UserId = null, Version = 2 }).Interactions);
        Assert.DoesNotContain(view.WithInteraction(Call("Alerting", "k9", userId: "agent2")).Interactions, i => i.Key == "k9");
    }
}
