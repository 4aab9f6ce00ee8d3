using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.CallControls;

public sealed class TransferTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void A_blind_transfer_to_a_user_alerts_on_their_queue_and_leaves_the_agents_queue_once_they_answer()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var agent2 = _cic.LogIn("agent2", "station2");
        _cic.Watch(agent1, "q1", [Attr.State], new QueueId(1, "agent1"));
        var id = Connected(agent1);

        _cic.Engine.BlindTransfer(agent1, id, target: null, new QueueId(1, "agent2"));

        Assert.Equal("A", _cic.Call(id).State);
        Assert.Equal("agent2", _cic.Call(id).UserId);
        Assert.Empty(EngineHarness.Drain<QueueContentsMessage>(agent1).SelectMany(m => m.InteractionsRemoved ?? []));

        _cic.Engine.Pickup(agent2, id);

        Assert.Equal("C", _cic.Call(id).State);
        Assert.Equal([id], EngineHarness.Drain<QueueContentsMessage>(agent1).SelectMany(m => m.InteractionsRemoved ?? []));
    }

    [Fact]
    public void With_immediate_completion_the_call_leaves_the_agents_queue_at_once()
    {
        var cic = new EngineHarness(o => o.CallControls.BlindTransferCompletion = TransferCompletion.Immediately);
        var agent1 = cic.LogIn("agent1", "station1");
        cic.LogIn("agent2", "station2");
        cic.Watch(agent1, "q1", [Attr.State], new QueueId(1, "agent1"));
        var id = cic.Engine.InjectCall("+13175550300", userId: "agent1");
        cic.Engine.Pickup(agent1, id);
        EngineHarness.Drain(agent1);

        cic.Engine.BlindTransfer(agent1, id, "1002", queue: null);

        Assert.Equal([id], EngineHarness.Drain<QueueContentsMessage>(agent1).SelectMany(m => m.InteractionsRemoved ?? []));
    }

    [Fact]
    public void A_blind_transfer_to_a_workgroup_queues_the_call_for_ACD()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = Connected(agent1);

        _cic.Engine.BlindTransfer(agent1, id, "Support", queue: null);
        Assert.Equal("O", _cic.Call(id).State);
        Assert.Equal("Support", _cic.Call(id).Attributes[Attr.WorkgroupName]);

        _cic.LogIn("agent7", "station7");
        Assert.Equal("agent7", _cic.Call(id).UserId);
        Assert.Equal("A", _cic.Call(id).State);
    }

    [Fact]
    public void An_attendant_profile_takes_a_call_only_when_it_allows_transfers()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = Connected(agent1);

        IcwsAssert.Refused(400, ErrorIds.TransferNotAllowed, () => _cic.Engine.BlindTransfer(agent1, id, "After Hours", null));
        _cic.Engine.BlindTransfer(agent1, id, "Main Menu", null);

        Assert.Equal("S", _cic.Call(id).State);
        Assert.Null(_cic.Call(id).UserId);
    }

    [Fact]
    public void An_attendant_profile_with_a_workgroup_routes_the_caller_there()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = Connected(agent1);

        _cic.Engine.BlindTransfer(agent1, id, "Sales Line", null);

        Assert.Equal("Sales", _cic.Call(id).Workgroup);
    }

    [Fact]
    public void An_outside_number_answers_refuses_or_hangs_up_through_the_control_api()
    {
        var cic = new EngineHarness(o => o.OutboundAnswerDelay = TimeSpan.Zero);
        var agent1 = cic.LogIn("agent1", "station1");
        var answered = cic.Engine.InjectCall("+13175550301", userId: "agent1");
        cic.Engine.Pickup(agent1, answered);
        cic.Engine.BlindTransfer(agent1, answered, "+1 317 555 0999", null);
        Assert.Equal("R", cic.Call(answered).State);
        cic.Engine.Answer(answered);
        Assert.Equal("C", cic.Call(answered).State);
        Assert.Null(cic.Call(answered).UserId);
        cic.Engine.RemoteDisconnect(answered);

        var refused = cic.Engine.InjectCall("+13175550302", userId: "agent1");
        cic.Engine.Pickup(agent1, refused);
        cic.Engine.BlindTransfer(agent1, refused, "3175550998", null);
        cic.Engine.Refuse(refused);

        Assert.Equal("A", cic.Call(refused).State);
        Assert.Equal("agent1", cic.Call(refused).UserId);
    }

    [Fact]
    public void A_transfer_to_another_users_voicemail_is_refused()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = Connected(agent1);

        IcwsAssert.Refused(400, ErrorIds.VoicemailTransferNotSupported, () => _cic.Engine.TransferToVoicemail(agent1, id, "agent2", null));
    }

    [Fact]
    public void A_transfer_needs_exactly_one_known_target()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = Connected(agent1);

        IcwsAssert.Refused(400, ErrorIds.InvalidRepresentation, () => _cic.Engine.BlindTransfer(agent1, id, "agent2", new QueueId(1, "agent2")));
        IcwsAssert.Refused(400, ErrorIds.InvalidRepresentation, () => _cic.Engine.BlindTransfer(agent1, id, null, null));
        IcwsAssert.Refused(400, ErrorIds.InvalidTarget, () => _cic.Engine.BlindTransfer(agent1, id, "nobody at all", null));
        IcwsAssert.Refused(400, ErrorIds.InvalidTarget, () => _cic.Engine.BlindTransfer(agent1, id, "agent1", null));
    }

    private string Connected(Session agent)
    {
        var id = _cic.Engine.InjectCall("+13175550310", userId: agent.UserId);
        _cic.Engine.Pickup(agent, id);
        return id;
    }
}
