using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class AcdRoutingTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void A_call_waits_offering_in_the_workgroup_queue_until_an_agent_is_available()
    {
        var id = _cic.Engine.InjectCall("+13175550100", "Pat Caller", workgroup: "Sales");

        var waiting = _cic.Call(id);
        Assert.Equal("O", waiting.State);
        Assert.Equal("ACD - Wait Agent", waiting.Attributes[Attr.CallStateString]);
        Assert.Null(waiting.UserId);
        Assert.Equal("Sales", waiting.Attributes[Attr.WorkgroupName]);

        _cic.LogIn("agent2", "station2");

        var alerting = _cic.Call(id);
        Assert.Equal("A", alerting.State);
        Assert.Equal("agent2", alerting.UserId);
        Assert.Equal("agent2", alerting.Attributes[Attr.UserName]);
        Assert.Equal("Sales", alerting.Workgroup);
    }

    [Fact]
    public void The_longest_idle_available_agent_gets_the_call()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        _cic.Advance(5);
        _cic.LogIn("agent2", "station2");

        var first = _cic.Engine.InjectCall("+13175550101", workgroup: "Sales");
        Assert.Equal("agent1", _cic.Call(first).UserId);

        _cic.Engine.Pickup(agent1, first);
        _cic.Advance(5);
        _cic.Engine.Disconnect(agent1, first);

        // agent1 has been idle since its call ended (t+10 s), agent2 since t+5 s.
        var second = _cic.Engine.InjectCall("+13175550102", workgroup: "Sales");
        Assert.Equal("agent2", _cic.Call(second).UserId);

        var third = _cic.Engine.InjectCall("+13175550103", workgroup: "Sales");
        Assert.Equal("agent1", _cic.Call(third).UserId);
    }

    [Fact]
    public void Members_not_activated_in_the_workgroup_are_skipped()
    {
        _cic.LogIn("agent1", "station1");
        _cic.Advance(5);
        _cic.LogIn("agent2", "station2");
        _cic.Engine.SetMemberActivation("Sales", "agent1", activated: false);

        var id = _cic.Engine.InjectCall("+13175550104", workgroup: "Sales");

        Assert.Equal("agent2", _cic.Call(id).UserId);
    }

    [Fact]
    public void Agents_whose_status_is_not_an_acd_status_are_skipped_until_they_become_available()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        _cic.Engine.SetUserStatus(agent1, "agent1", new UserStatusUpdate("Away from desk"));

        var id = _cic.Engine.InjectCall("+13175550105", workgroup: "Sales");
        Assert.Equal("O", _cic.Call(id).State);

        _cic.Engine.SetUserStatus(agent1, "agent1", new UserStatusUpdate("Available, No ACD"));
        Assert.Equal("O", _cic.Call(id).State);

        _cic.Engine.SetUserStatus(agent1, "agent1", new UserStatusUpdate("Available"));
        Assert.Equal("agent1", _cic.Call(id).UserId);
    }

    [Fact]
    public void Agents_logged_in_without_a_station_are_skipped()
    {
        _cic.LogIn("agent1");

        var id = _cic.Engine.InjectCall("+13175550106", workgroup: "Sales");

        Assert.Equal("O", _cic.Call(id).State);
    }

    [Fact]
    public void An_agent_with_a_call_that_is_not_disconnected_is_not_offered_another()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var first = _cic.Engine.InjectCall("+13175550107", workgroup: "Sales");
        var second = _cic.Engine.InjectCall("+13175550108", workgroup: "Sales");
        Assert.Equal("O", _cic.Call(second).State);

        _cic.Engine.Pickup(agent1, first);
        Assert.Equal("O", _cic.Call(second).State);

        _cic.Engine.Disconnect(agent1, first);
        Assert.Equal("A", _cic.Call(second).State);
        Assert.Equal("agent1", _cic.Call(second).UserId);
    }

    [Fact]
    public void Waiting_calls_are_offered_in_arrival_order()
    {
        var first = _cic.Engine.InjectCall("+13175550109", workgroup: "Sales");
        _cic.Advance(1);
        var second = _cic.Engine.InjectCall("+13175550110", workgroup: "Sales");

        _cic.LogIn("agent1", "station1");

        Assert.Equal("A", _cic.Call(first).State);
        Assert.Equal("O", _cic.Call(second).State);
    }

    [Fact]
    public void An_alerting_call_returns_to_the_workgroup_queue_when_the_agent_logs_out()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550111", workgroup: "Sales");
        Assert.Equal("agent1", _cic.Call(id).UserId);

        _cic.Engine.Logout(agent1);

        var back = _cic.Call(id);
        Assert.Equal("O", back.State);
        Assert.Null(back.UserId);
        Assert.Equal("", back.Attributes[Attr.UserName]);

        _cic.LogIn("agent3", "station3");
        Assert.Equal("agent3", _cic.Call(id).UserId);
    }

    [Fact]
    public void An_alerting_call_returns_to_the_workgroup_queue_when_the_agent_loses_the_station()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550112", workgroup: "Sales");

        _cic.Engine.SetStation(agent1, new StationRequest(StationKind.Stationless));

        Assert.Equal("O", _cic.Call(id).State);
    }

    [Fact]
    public void A_connected_call_stays_with_the_agent_when_the_agent_logs_out()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550113", workgroup: "Sales");
        _cic.Engine.Pickup(agent1, id);

        _cic.Engine.Logout(agent1);

        Assert.Equal("C", _cic.Call(id).State);
        Assert.Equal("agent1", _cic.Call(id).UserId);
    }

    [Fact]
    public void An_unanswered_alert_returns_to_the_queue_after_the_alert_timeout_and_marks_the_agent_not_answering()
    {
        var cic = new EngineHarness(o => o.AlertTimeout = TimeSpan.FromSeconds(10));
        cic.LogIn("agent1", "station1");
        var id = cic.Engine.InjectCall("+13175550114", workgroup: "Sales");

        cic.Advance(9);
        Assert.Equal("A", cic.Call(id).State);
        cic.Advance(1);

        Assert.Equal("O", cic.Call(id).State);
        Assert.Equal("ACD - Agent Not Answering", cic.Engine.GetUserStatus("agent1").StatusId);
    }

    [Fact]
    public void Ties_between_equally_idle_agents_are_broken_by_the_seed()
    {
        static string ChosenAgent(int seed)
        {
            var cic = new EngineHarness(o => o.Seed = seed);
            for (var n = 1; n <= 6; n++)
            {
                cic.LogIn($"agent{n}", $"station{n}");
            }

            return cic.Call(cic.Engine.InjectCall("+13175550115", workgroup: "Sales")).UserId!;
        }

        var chosen = Enumerable.Range(1, 20).Select(ChosenAgent).ToList();

        Assert.Equal(chosen, Enumerable.Range(1, 20).Select(ChosenAgent).ToList());
        Assert.True(chosen.Distinct().Count() > 1, "different seeds should break the tie differently");
    }
}
