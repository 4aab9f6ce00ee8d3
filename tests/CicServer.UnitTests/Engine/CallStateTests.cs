using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class CallStateTests
{
    private const int Disconnect = 2;
    private const int Hold = 4;
    private const int Pickup = 256;

    private readonly EngineHarness _cic = new();

    [Fact]
    public void An_inbound_call_carries_its_identity_and_remote_party_attributes()
    {
        _cic.Advance(1);
        var id = _cic.Engine.InjectCall("(317) 555-0120", "Pat Caller", workgroup: "Support");
        var call = _cic.Call(id);

        Assert.Equal(10, id.Length);
        Assert.Equal(id, call.Attributes[Attr.CallId]);
        Assert.Equal(id + "20240312", call.Attributes[Attr.CallIdKey]);
        Assert.Equal("20240312T141504Z", call.Attributes[Attr.InitiationTime]);
        Assert.Equal("I", call.Attributes[Attr.CallDirection]);
        Assert.Equal("E", call.Attributes[Attr.CallType]);
        Assert.Equal("Call", call.Attributes[Attr.ObjectType]);
        Assert.Equal("(317) 555-0120", call.Attributes[Attr.RemoteAddress]);
        Assert.Equal("+13175550120", call.Attributes[Attr.RemoteTnNormalized]);
        Assert.Equal("Pat Caller", call.Attributes[Attr.RemoteName]);
        Assert.Equal("0", call.Attributes[Attr.Muted]);
        Assert.Equal("", call.Attributes[Attr.ConnectTime]);
        Assert.Equal(Pickup | Disconnect | 4096, Mask(call));
    }

    [Fact]
    public void Pickup_connects_the_call_and_sets_the_connect_time()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550121", workgroup: "Sales");
        Assert.Equal("Alerting", _cic.Call(id).Attributes[Attr.CallStateString]);
        Assert.Equal(_cic.Engine.GetStation(agent).Extension, _cic.Call(id).Attributes[Attr.LocalAddress]);

        _cic.Advance(3);
        _cic.Engine.Pickup(agent, id);

        var call = _cic.Call(id);
        Assert.Equal("C", call.State);
        Assert.Equal("Connected", call.Attributes[Attr.CallStateString]);
        Assert.Equal("20240312T141506Z", call.Attributes[Attr.ConnectTime]);
        Assert.Equal(Hold | Disconnect, Mask(call) & (Hold | Disconnect | Pickup));
    }

    [Fact]
    public void Hold_then_pickup_or_hold_off_retrieves_the_call_without_changing_the_connect_time()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550122", workgroup: "Sales");
        _cic.Engine.Pickup(agent, id);
        var connectTime = _cic.Call(id).Attributes[Attr.ConnectTime];
        _cic.Advance(5);

        _cic.Engine.Hold(agent, id, on: true);
        Assert.Equal("H", _cic.Call(id).State);
        Assert.Equal("On Hold", _cic.Call(id).Attributes[Attr.CallStateString]);

        _cic.Engine.Pickup(agent, id);
        Assert.Equal("C", _cic.Call(id).State);

        _cic.Engine.Hold(agent, id, on: true);
        _cic.Engine.Hold(agent, id, on: false);
        Assert.Equal("C", _cic.Call(id).State);
        Assert.Equal(connectTime, _cic.Call(id).Attributes[Attr.ConnectTime]);
    }

    [Fact]
    public void Mute_sets_Eic_Muted()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550123", workgroup: "Sales");
        IcwsAssert.Refused(400, ErrorIds.InvalidState, () => _cic.Engine.Mute(agent, id, on: true));
        _cic.Engine.Pickup(agent, id);

        _cic.Engine.Mute(agent, id, on: true);
        Assert.Equal("1", _cic.Call(id).Attributes[Attr.Muted]);

        _cic.Engine.Mute(agent, id, on: false);
        Assert.Equal("0", _cic.Call(id).Attributes[Attr.Muted]);
    }

    [Fact]
    public void An_agent_disconnect_is_a_local_disconnect_with_a_termination_time()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550124", workgroup: "Sales");
        _cic.Engine.Pickup(agent, id);
        _cic.Advance(60);

        _cic.Engine.Disconnect(agent, id);

        var call = _cic.Call(id);
        Assert.Equal("I", call.State);
        Assert.Equal("20240312T141603Z", call.Attributes[Attr.TerminationTime]);
        Assert.Equal("0", call.Attributes[Attr.Capabilities]);
    }

    [Fact]
    public void A_remote_hang_up_is_an_external_disconnect()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550125", workgroup: "Sales");
        _cic.Engine.Pickup(agent, id);

        _cic.Engine.RemoteDisconnect(id);

        Assert.Equal("E", _cic.Call(id).State);
        Assert.Equal("Disconnected (Remote Disconnect)", _cic.Call(id).Attributes[Attr.CallStateString]);
        IcwsAssert.Refused(409, () => _cic.Engine.RemoteDisconnect(id));
    }

    [Fact]
    public void A_caller_who_hangs_up_while_waiting_leaves_the_queue()
    {
        var id = _cic.Engine.InjectCall("+13175550126", workgroup: "Sales");
        _cic.Engine.RemoteDisconnect(id);

        _cic.LogIn("agent1", "station1");

        Assert.Equal("E", _cic.Call(id).State);
        Assert.Null(_cic.Call(id).UserId);
    }

    [Fact]
    public void OnPhone_follows_connected_and_held_calls_and_is_published_to_status_watchers()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var monitor = _cic.LogIn(Options.DefaultSeedData.MonitorUserId, password: "monitor");
        _cic.Engine.SubscribeUserStatuses(monitor, ["agent1"]);
        EngineHarness.Drain(monitor);
        var id = _cic.Engine.InjectCall("+13175550127", workgroup: "Sales");
        Assert.False(_cic.Engine.GetUserStatus("agent1").OnPhone);

        _cic.Advance(2);
        _cic.Engine.Pickup(agent, id);
        _cic.Engine.Hold(agent, id, on: true);
        var onPhone = _cic.Engine.GetUserStatus("agent1");
        Assert.True(onPhone.OnPhone);
        Assert.Equal(EngineHarness.Start.AddSeconds(2), onPhone.OnPhoneChanged);

        _cic.Engine.Disconnect(agent, id);
        Assert.False(_cic.Engine.GetUserStatus("agent1").OnPhone);

        var published = EngineHarness.Drain<UserStatusMessage>(monitor).SelectMany(m => m.UserStatusList).Select(s => s.OnPhone);
        Assert.Equal([true, false], published);
    }

    [Fact]
    public void Commands_need_the_interaction_on_the_callers_own_queue()
    {
        _cic.LogIn("agent1", "station1");
        var agent2 = _cic.LogIn("agent2", "station2");
        var id = _cic.Engine.InjectCall("+13175550128", userId: "agent1");

        IcwsAssert.Refused(403, ErrorIds.AccessDenied, () => _cic.Engine.Pickup(agent2, id));
        IcwsAssert.Refused(403, ErrorIds.AccessDenied, () => _cic.Engine.Disconnect(agent2, id));
        IcwsAssert.Refused(404, ErrorIds.InteractionNotFound, () => _cic.Engine.Pickup(agent2, "1999999999"));
    }

    [Fact]
    public void A_call_straight_to_a_user_alerts_on_that_users_queue_and_needs_a_station()
    {
        IcwsAssert.Refused(409, () => _cic.Engine.InjectCall("+13175550129", userId: "agent4"));
        _cic.LogIn("agent4", "station4");

        var id = _cic.Engine.InjectCall("+13175550129", userId: "agent4");

        var call = _cic.Call(id);
        Assert.Equal("A", call.State);
        Assert.Equal("agent4", call.UserId);
        Assert.Null(call.Workgroup);
    }

    [Fact]
    public void An_outbound_call_proceeds_then_connects_after_the_answer_delay()
    {
        var agent = _cic.LogIn("agent1", "station1");

        var id = _cic.Engine.CreateCall(agent, "+1 (317) 555-0130", "Sales");

        var call = _cic.Call(id);
        Assert.Equal("R", call.State);
        Assert.Equal("O", call.Attributes[Attr.CallDirection]);
        Assert.Equal("E", call.Attributes[Attr.CallType]);
        Assert.Equal("Sales", call.Attributes[Attr.WorkgroupName]);
        Assert.Equal("agent1", call.UserId);
        _cic.Advance(1.9);
        Assert.Equal("R", _cic.Call(id).State);
        _cic.Advance(0.1);
        Assert.Equal("C", _cic.Call(id).State);
    }

    [Fact]
    public void With_no_answer_delay_an_outbound_call_waits_for_the_control_api_answer()
    {
        var cic = new EngineHarness(o => o.OutboundAnswerDelay = TimeSpan.Zero);
        var agent = cic.LogIn("agent1", "station1");
        var id = cic.Engine.CreateCall(agent, "5550131");

        cic.Advance(60);
        Assert.Equal("R", cic.Call(id).State);

        cic.Engine.Answer(id);
        Assert.Equal("C", cic.Call(id).State);
    }

    [Fact]
    public void An_outbound_call_needs_a_station_and_a_dialable_target()
    {
        var agent = _cic.LogIn("agent1");
        IcwsAssert.Refused(400, ErrorIds.NoStation, () => _cic.Engine.CreateCall(agent, "+13175550132"));

        _cic.Engine.SetStation(agent, new StationRequest(StationKind.Workstation, "station1"));
        IcwsAssert.Refused(400, ErrorIds.InvalidTarget, () => _cic.Engine.CreateCall(agent, "call me maybe"));
        IcwsAssert.Refused(400, ErrorIds.InvalidTarget, () => _cic.Engine.CreateCall(agent, "12"));
        IcwsAssert.Refused(400, ErrorIds.InvalidTarget, () => _cic.Engine.CreateCall(agent, "123456789012345678901"));

        var intercom = _cic.Engine.CreateCall(agent, "agent2");
        Assert.Equal("I", _cic.Call(intercom).Attributes[Attr.CallType]);
        Assert.Equal("Blake Agent", _cic.Call(intercom).Attributes[Attr.RemoteName]);
    }

    [Fact]
    public void A_users_extension_dials_that_user_as_an_intercom_call()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var extension = _cic.Engine.Lookup(agent, [1], 1, "agent2", 1).Entries.Single().Extension!;

        var call = _cic.Call(_cic.Engine.CreateCall(agent, extension));

        Assert.Equal(("I", "Blake Agent"), (call.Attributes[Attr.CallType], call.Attributes[Attr.RemoteName]));
    }

    [Fact]
    public void Custom_attributes_can_be_set_and_read_but_maintained_ones_cannot_be_set()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550133", workgroup: "Sales");

        _cic.Engine.SetAttributes(agent, id, new Dictionary<string, string?> { ["SF_ActivityId"] = "00T1" });
        _cic.Engine.SetAttributes(agent, id, new Dictionary<string, string?> { ["sf_activityid"] = "00T2" }, appendMode: 2);

        var read = _cic.Engine.GetAttributes(agent, id, ["SF_ACTIVITYID", "Eic_State", "Never_Set"]);
        Assert.Equal("00T1|00T2", read["SF_ACTIVITYID"]);
        Assert.Equal("A", read["Eic_State"]);
        Assert.Equal("", read["Never_Set"]);
        Assert.Equal(id, Assert.Single(_cic.Engine.GetAttributes(agent, id, [])).Value);
        IcwsAssert.Refused(400, ErrorIds.ReadOnlyAttribute,
            () => _cic.Engine.SetAttributes(agent, id, new Dictionary<string, string?> { ["eic_state"] = "C" }));
    }

    private static int Mask(InteractionSnapshot call) => int.Parse(call.Attributes[Attr.Capabilities], System.Globalization.CultureInfo.InvariantCulture);
}
