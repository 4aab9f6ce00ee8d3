using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

/// <summary>Spec, "Workgroup Queues view": watching a workgroup queue needs the View Workgroup Queues right on it, picking up what waits
/// there the Modify Workgroup Queues right; members have both unless configured otherwise.</summary>
public sealed class WorkgroupQueueTests
{
    private static readonly QueueId SalesQueue = new(2, "Sales");

    private readonly EngineHarness _cic = new();

    [Fact]
    public void A_member_picks_up_a_waiting_call_from_the_workgroup_queue_and_it_connects_on_their_own_queue()
    {
        _cic.Engine.SetMemberActivation("Sales", "agent1", activated: false);
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550190", "Wally Waiting", workgroup: "Sales");
        Assert.Null(_cic.Call(id).UserId);
        _cic.Watch(agent, "wg", [Attr.State, Attr.UserName], SalesQueue);

        _cic.Engine.Pickup(agent, id);

        var picked = _cic.Call(id);
        Assert.Equal("C", picked.State);
        Assert.Equal("agent1", picked.UserId);
        var change = Assert.Single(EngineHarness.Drain<QueueContentsMessage>(agent));
        Assert.Equal("agent1", Assert.Single(change.InteractionsChanged!).Attributes[Attr.UserName]);
    }

    [Fact]
    public void An_interaction_another_agent_already_has_cannot_be_picked_up_from_the_queue()
    {
        _cic.Engine.SetMemberActivation("Sales", "agent1", activated: false);
        var agent1 = _cic.LogIn("agent1", "station1");
        _cic.LogIn("agent2", "station2");
        var id = _cic.Engine.InjectCall("+13175550191", workgroup: "Sales");
        Assert.Equal("agent2", _cic.Call(id).UserId);

        var refused = Assert.Throws<IcwsErrorException>(() => _cic.Engine.Pickup(agent1, id));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("agent2", _cic.Call(id).UserId);
    }

    [Fact]
    public void Without_the_view_right_the_queue_cannot_be_watched_and_without_the_modify_right_nothing_is_picked_up()
    {
        _cic.Engine.SetMemberActivation("Sales", "agent1", activated: false);
        _cic.Engine.SetMemberActivation("Sales", "agent2", activated: false);
        var agent1 = _cic.LogIn("agent1", "station1");
        var agent2 = _cic.LogIn("agent2", "station2");
        _cic.Engine.SetWorkgroupQueueRights("Sales", "agent1", view: false, modify: false);
        _cic.Engine.SetWorkgroupQueueRights("Sales", "agent2", view: true, modify: false);
        var id = _cic.Engine.InjectCall("+13175550192", workgroup: "Sales");

        var noView = Assert.Throws<IcwsErrorException>(() => _cic.Engine.SubscribeQueues(agent1, "wg", [SalesQueue], [Attr.State]));
        Assert.Equal(403, noView.StatusCode);
        _cic.Engine.SubscribeQueues(agent2, "wg", [SalesQueue], [Attr.State]);
        var noModify = Assert.Throws<IcwsErrorException>(() => _cic.Engine.Pickup(agent2, id));
        Assert.Equal(403, noModify.StatusCode);
        Assert.Null(_cic.Call(id).UserId);
    }

    [Fact]
    public void A_user_outside_the_workgroup_given_the_rights_watches_and_picks_up()
    {
        _cic.Engine.SetMemberActivation("Sales", "agent1", activated: false);
        _cic.LogIn("agent1", "station1");
        var outsider = _cic.LogIn("agent7", "station7");
        var id = _cic.Engine.InjectCall("+13175550193", workgroup: "Sales");
        Assert.Throws<IcwsErrorException>(() => _cic.Engine.SubscribeQueues(outsider, "wg", [SalesQueue], [Attr.State]));

        _cic.Engine.SetWorkgroupQueueRights("Sales", "agent7", view: true, modify: true);
        _cic.Engine.SubscribeQueues(outsider, "wg", [SalesQueue], [Attr.State]);
        _cic.Engine.Pickup(outsider, id);

        Assert.Equal("agent7", _cic.Call(id).UserId);
    }
}
