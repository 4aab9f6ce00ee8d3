using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class QueueSubscriptionTests
{
    private static readonly QueueId SalesQueue = new(2, "Sales");
    private static readonly QueueId Agent1Queue = new(1, "agent1");

    private readonly EngineHarness _cic = new();

    [Fact]
    public void The_first_message_is_a_full_snapshot_with_every_subscribed_attribute()
    {
        var id = _cic.Engine.InjectCall("+13175550140", "Pat Caller", workgroup: "Sales");
        var monitor = _cic.LogIn(DefaultSeedData.MonitorUserId, password: "monitor");

        _cic.Engine.SubscribeQueues(monitor, "sub-1", [SalesQueue], ["eic_state", "Eic_RemoteName", "Custom_Thing"]);

        var snapshot = Assert.IsType<QueueContentsMessage>(Assert.Single(EngineHarness.Drain(monitor)));
        Assert.False(snapshot.IsDelta);
        Assert.Equal("sub-1", snapshot.SubscriptionId);
        var added = Assert.Single(snapshot.InteractionsAdded!);
        Assert.Equal(id, added.InteractionId);
        Assert.Equal(
            new Dictionary<string, string> { ["eic_state"] = "O", ["Eic_RemoteName"] = "Pat Caller", ["Custom_Thing"] = "" },
            added.Attributes);
    }

    [Fact]
    public void Changes_carry_only_the_subscribed_attributes_that_changed()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550141", workgroup: "Sales");
        _cic.Engine.Pickup(agent, id);
        _cic.Watch(agent, "mine", [Attr.State, Attr.RemoteAddress, Attr.Muted], Agent1Queue);

        _cic.Engine.Mute(agent, id, on: true);

        var change = Assert.Single(EngineHarness.Drain<QueueContentsMessage>(agent));
        Assert.True(change.IsDelta);
        Assert.Null(change.InteractionsAdded);
        Assert.Null(change.InteractionsRemoved);
        var changed = Assert.Single(change.InteractionsChanged!);
        Assert.Equal(new Dictionary<string, string> { [Attr.Muted] = "1" }, changed.Attributes);
    }

    [Fact]
    public void A_change_to_attributes_nobody_subscribed_sends_nothing()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550142", workgroup: "Sales");
        _cic.Watch(agent, "mine", [Attr.State], Agent1Queue);

        _cic.Engine.SetAttributes(agent, id, new Dictionary<string, string?> { ["Unwatched"] = "x" });

        Assert.Empty(EngineHarness.Drain(agent));
    }

    [Fact]
    public void A_user_queue_watcher_sees_an_acd_call_added_when_it_alerts_and_removed_when_it_returns_to_the_queue()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var monitor = _cic.LogIn(DefaultSeedData.MonitorUserId, password: "monitor");
        _cic.Watch(monitor, "agent1-queue", [Attr.State], Agent1Queue);
        _cic.Watch(monitor, "sales-queue", [Attr.State, Attr.UserName], SalesQueue);

        var id = _cic.Engine.InjectCall("+13175550143", workgroup: "Sales");

        var messages = EngineHarness.Drain<QueueContentsMessage>(monitor).ToDictionary(m => m.SubscriptionId);
        Assert.Equal("A", Assert.Single(messages["agent1-queue"].InteractionsAdded!).Attributes[Attr.State]);
        // The workgroup watcher sees the call once: added with its final state of this operation.
        Assert.Equal("agent1", Assert.Single(messages["sales-queue"].InteractionsAdded!).Attributes[Attr.UserName]);

        _cic.Engine.Logout(agent);

        messages = EngineHarness.Drain<QueueContentsMessage>(monitor).ToDictionary(m => m.SubscriptionId);
        Assert.Equal(id, Assert.Single(messages["agent1-queue"].InteractionsRemoved!));
        var changed = Assert.Single(messages["sales-queue"].InteractionsChanged!);
        Assert.Equal(new Dictionary<string, string> { [Attr.State] = "O", [Attr.UserName] = "" }, changed.Attributes);
    }

    [Fact]
    public void One_subscription_watching_both_queues_of_a_call_gets_one_entry_per_change()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var monitor = _cic.LogIn(DefaultSeedData.MonitorUserId, password: "monitor");
        _cic.Watch(monitor, "all", [Attr.State], Agent1Queue, SalesQueue);
        var id = _cic.Engine.InjectCall("+13175550144", workgroup: "Sales");
        EngineHarness.Drain(monitor);

        _cic.Engine.Pickup(agent, id);

        var message = Assert.Single(EngineHarness.Drain<QueueContentsMessage>(monitor));
        Assert.Equal("C", Assert.Single(message.InteractionsChanged!).Attributes[Attr.State]);
    }

    [Fact]
    public void Replacing_a_subscription_sends_a_new_snapshot_and_cancelling_it_stops_messages()
    {
        var agent = _cic.LogIn("agent1", "station1");
        _cic.Watch(agent, "mine", [Attr.State], Agent1Queue);
        var id = _cic.Engine.InjectCall("+13175550145", workgroup: "Sales");
        EngineHarness.Drain(agent);

        _cic.Engine.SubscribeQueues(agent, "mine", [Agent1Queue], [Attr.RemoteAddress]);
        var snapshot = Assert.Single(EngineHarness.Drain<QueueContentsMessage>(agent));
        Assert.False(snapshot.IsDelta);
        Assert.Equal("+13175550145", Assert.Single(snapshot.InteractionsAdded!).Attributes[Attr.RemoteAddress]);

        _cic.Engine.UnsubscribeQueues(agent, "mine");
        _cic.Engine.Pickup(agent, id);
        Assert.Empty(EngineHarness.Drain(agent));
    }

    [Fact]
    public void Watching_other_users_queues_needs_the_monitor_right_and_workgroup_queues_membership()
    {
        var agent1 = _cic.LogIn("agent1");
        var monitor = _cic.LogIn(DefaultSeedData.MonitorUserId, password: "monitor");
        string[] state = [Attr.State];

        IcwsAssert.Refused(403, ErrorIds.AccessDenied, () => _cic.Engine.SubscribeQueues(agent1, "s", [new QueueId(1, "agent2")], state));
        IcwsAssert.Refused(403, ErrorIds.AccessDenied, () => _cic.Engine.SubscribeQueues(agent1, "s", [new QueueId(2, "Support")], state));
        IcwsAssert.Refused(400, ErrorIds.QueueNotFound, () => _cic.Engine.SubscribeQueues(agent1, "s", [new QueueId(2, "Nope")], state));
        IcwsAssert.Refused(400, ErrorIds.InvalidRepresentation, () => _cic.Engine.SubscribeQueues(agent1, "s", [Agent1Queue], []));

        _cic.Engine.SubscribeQueues(agent1, "own", [new QueueId(0, "AGENT1"), SalesQueue], state);
        _cic.Engine.SubscribeQueues(monitor, "any", [new QueueId(1, "agent2"), new QueueId(2, "Support")], state);
    }
}
