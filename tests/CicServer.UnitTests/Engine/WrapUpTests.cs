using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class WrapUpTests
{
    private static WrapUpAssignmentRequest Assignment(string code, string id, string user = "agent1") =>
        new(code, 1, EngineHarness.Start, user, id);

    [Fact]
    public void The_demo_workgroups_have_codes_a_time_limit_and_an_ambiguous_code()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");

        var sales = cic.Engine.GetWorkgroupConfiguration(agent, "Sales");

        var codes = Assert.IsAssignableFrom<IEnumerable<ConfigurationId>>(sales["wrapUpCodes"]).Select(c => c.Id);
        Assert.Equal(["Sale", "No Sale", "Callback Requested"], codes);
        Assert.Equal(60, sales["wrapUpClientTimeout"]);
        Assert.Equal("Ambiguous", Assert.IsType<ConfigurationId>(sales["ambiguousWrapUpCode"]).Id);
        Assert.Contains(cic.Engine.ListWrapUpCodes(agent), c => c.ConfigurationId.Id == "Resolved");
    }

    [Fact]
    public void The_workgroup_property_names_are_configurable()
    {
        var cic = new EngineHarness(o => o.WrapUpProperties.Codes = "codes");
        var agent = cic.LogIn("agent1", "station1");

        Assert.True(cic.Engine.GetWorkgroupConfiguration(agent, "Sales").ContainsKey("codes"));
    }

    [Fact]
    public void A_code_of_the_workgroup_is_recorded_even_after_the_call_was_deallocated()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");
        var id = cic.Engine.InjectCall("+13175550160", workgroup: "Sales");
        cic.Engine.Pickup(agent, id);
        cic.Engine.Disconnect(agent, id);
        cic.Advance(31);

        cic.Engine.AssignWrapUp(agent, id, Assignment("Sale", id));

        Assert.Equal("Sale", Assert.Single(cic.Engine.WrapUpAssignments(id)).Code);
    }

    [Fact]
    public void An_unknown_code_or_another_users_interaction_is_refused()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");
        var other = cic.LogIn("agent2", "station2");
        var id = cic.Engine.InjectCall("+13175550161", workgroup: "Sales");
        cic.Engine.Pickup(agent, id);
        cic.Engine.Disconnect(agent, id);

        IcwsAssert.Refused(400, ErrorIds.InvalidWrapUpCode, () => cic.Engine.AssignWrapUp(agent, id, Assignment("Resolved", id)));
        IcwsAssert.Refused(403, () => cic.Engine.AssignWrapUp(other, id, Assignment("Sale", id, "agent2")));
        Assert.Empty(cic.Engine.WrapUpAssignments(id));
    }

    [Fact]
    public void A_workgroups_wrap_up_can_be_reconfigured_at_run_time()
    {
        var cic = new EngineHarness();
        var agent = cic.LogIn("agent1", "station1");

        cic.Engine.ConfigureWrapUp("Support", new WrapUpSettings([new WrapUpCode("Fixed", "Fixed", null)], TimeSpan.FromSeconds(5), "Unknown"));

        var support = cic.Engine.GetWorkgroupConfiguration(agent, "Support");
        Assert.Equal(5, support["wrapUpClientTimeout"]);
        Assert.Equal("Unknown", Assert.IsType<ConfigurationId>(support["ambiguousWrapUpCode"]).Id);
    }
}
