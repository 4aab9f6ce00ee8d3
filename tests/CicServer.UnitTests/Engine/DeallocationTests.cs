using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class DeallocationTests
{
    [Fact]
    public void A_disconnected_interaction_stays_in_the_queues_for_the_deallocation_delay_then_is_removed()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");
        var id = cic.Engine.InjectCall("+13175550150", workgroup: "Sales");
        cic.Watch(agent, "mine", [Attr.State], new QueueId(1, "agent1"), new QueueId(2, "Sales"));
        cic.Engine.Pickup(agent, id);
        cic.Engine.Disconnect(agent, id);
        EngineHarness.Drain(agent);

        cic.Advance(29.9);
        Assert.Empty(EngineHarness.Drain(agent));
        Assert.Equal("I", cic.Call(id).State);

        cic.Advance(0.1);
        var removed = Assert.Single(EngineHarness.Drain<QueueContentsMessage>(agent));
        Assert.Equal(id, Assert.Single(removed.InteractionsRemoved!));
        IcwsAssert.Refused(404, () => cic.Engine.GetInteraction(id));
        IcwsAssert.Refused(404, ErrorIds.InteractionNotFound, () => cic.Engine.Pickup(agent, id));
    }

    [Fact]
    public void The_deallocation_delay_is_configurable()
    {
        var cic = new EngineHarness(o => o.DeallocationDelay = TimeSpan.FromSeconds(2));
        var id = cic.Engine.InjectCall("+13175550151", workgroup: "Sales");
        cic.Engine.RemoteDisconnect(id);

        cic.Advance(2);

        Assert.Empty(cic.Engine.ListInteractions());
    }
}
