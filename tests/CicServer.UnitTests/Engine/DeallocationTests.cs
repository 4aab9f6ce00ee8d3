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

    [Fact]
    public void Changes_made_in_one_operation_are_batched_per_subscription_up_to_the_configured_size()
    {
        static List<QueueContentsMessage> RemovalsOfTwoCalls(int maxPerMessage)
        {
            var cic = new EngineHarness(o => o.MaxInteractionsPerQueueMessage = maxPerMessage);
            var monitor = cic.LogIn(Options.DefaultSeedData.MonitorUserId, password: "monitor");
            cic.Watch(monitor, "sales", [Attr.State], new QueueId(2, "Sales"));
            cic.Engine.RemoteDisconnect(cic.Engine.InjectCall("+13175550152", workgroup: "Sales"));
            cic.Engine.RemoteDisconnect(cic.Engine.InjectCall("+13175550153", workgroup: "Sales"));
            EngineHarness.Drain(monitor);
            cic.Advance(30);
            return EngineHarness.Drain<QueueContentsMessage>(monitor);
        }

        Assert.Equal(2, Assert.Single(RemovalsOfTwoCalls(100)).InteractionsRemoved!.Count);
        Assert.All(RemovalsOfTwoCalls(1), m => Assert.Single(m.InteractionsRemoved!));
        Assert.Equal(2, RemovalsOfTwoCalls(1).Count);
    }
}
