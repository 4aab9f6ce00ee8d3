using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class ChatUtilisationTests
{
    [Fact]
    public void An_agent_is_offered_chats_up_to_the_configured_utilisation_and_the_next_waits_until_one_ends()
    {
        var cic = new EngineHarness(o => o.Chats.MaxChatsPerAgent = 3);
        var agent = cic.LogIn("agent1", "station1");

        var chats = Enumerable.Range(1, 4).Select(i => cic.Engine.InjectChat("Sales", $"Visitor {i}", null, "Hi")).ToList();

        Assert.Equal(["A", "A", "A", "O"], chats.Select(id => cic.Call(id).State));
        Assert.Equal(["agent1", "agent1", "agent1", null], chats.Select(id => cic.Call(id).UserId));

        cic.Engine.Pickup(agent, chats[0]);
        cic.Engine.Disconnect(agent, chats[0]);

        Assert.Equal("A", cic.Call(chats[3]).State);
        Assert.Equal("agent1", cic.Call(chats[3]).UserId);
    }

    [Fact]
    public void Calls_stay_one_at_a_time_and_a_chat_keeps_neither_a_call_nor_another_chat_away_by_default()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");

        var chat = cic.Engine.InjectChat("Sales", "Vera Visitor", null, "Hi");
        var call = cic.Engine.InjectCall("+13175550100", "Pat Caller", workgroup: "Sales");
        var secondCall = cic.Engine.InjectCall("+13175550101", "Sam Caller", workgroup: "Sales");
        var secondChat = cic.Engine.InjectChat("Sales", "Walt Visitor", null, "Hello");

        Assert.Equal("agent1", cic.Call(chat).UserId);
        Assert.Equal("agent1", cic.Call(call).UserId);
        Assert.Equal(("O", null), (cic.Call(secondCall).State, cic.Call(secondCall).UserId));
        Assert.Equal("agent1", cic.Call(secondChat).UserId);

        cic.Engine.Pickup(agent, call);
        cic.Engine.Disconnect(agent, call);

        Assert.Equal("agent1", cic.Call(secondCall).UserId);
    }

    [Fact]
    public void With_chats_blocking_calls_a_call_waits_for_the_agents_chats_to_end()
    {
        var cic = new EngineHarness(o =>
        {
            o.Chats.ChatsBlockCalls = true;
            o.Chats.CallsBlockChats = true;
        });
        var agent = cic.LogIn("agent1", "station1");

        var chat = cic.Engine.InjectChat("Sales", "Vera Visitor", null, "Hi");
        var call = cic.Engine.InjectCall("+13175550100", "Pat Caller", workgroup: "Sales");
        Assert.Equal(("A", "O"), (cic.Call(chat).State, cic.Call(call).State));

        cic.Engine.Pickup(agent, chat);
        cic.Engine.Disconnect(agent, chat);
        Assert.Equal(("A", "agent1"), (cic.Call(call).State, cic.Call(call).UserId));

        var laterChat = cic.Engine.InjectChat("Sales", "Walt Visitor", null, "Hello");
        Assert.Equal("O", cic.Call(laterChat).State);
    }

    [Fact]
    public void Picking_up_a_chat_holds_nothing_and_picking_up_a_call_leaves_the_chats_connected()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");
        var first = cic.Engine.InjectChat("Sales", "Vera Visitor", null, "Hi");
        var second = cic.Engine.InjectChat("Sales", "Walt Visitor", null, "Hello");
        var call = cic.Engine.InjectCall("+13175550100", "Pat Caller", workgroup: "Sales");

        cic.Engine.Pickup(agent, first);
        cic.Engine.Pickup(agent, second);
        cic.Engine.Pickup(agent, call);

        Assert.Equal(["C", "C", "C"], new[] { first, second, call }.Select(id => cic.Call(id).State));
    }
}
