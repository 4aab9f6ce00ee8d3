using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>What someone who is not the agent can do with the log-in: nothing to the agent's session, and not for long.</summary>
[Collection(StackCollection.Name)]
public sealed class LoginAbuseTests(StackFixture stack)
{
    [Fact]
    public async Task A_wrong_password_for_a_logged_in_agents_id_changes_nothing_for_the_agent()
    {
        var agentId = stack.TakeAgent();
        using var agent = new AgentApiClient(stack.ApiUri);
        await agent.LogInReadyAsync(agentId);
        using var attacker = new AgentApiClient(stack.ApiUri) { ForwardedFor = "198.51.100.23" };

        var refused = (await attacker.LogInAsync(agentId, "not-the-password")).ShouldFail(HttpStatusCode.BadRequest, "login.failed");
        Assert.Equal("loggedOut", refused.Step); // says nothing about the agent's own session

        Assert.Equal("ready", (await agent.GetAsync("/api/session")).ShouldBe(HttpStatusCode.OK).Step);
        (await agent.PutAsync("/api/me/status", new { statusId = "Available" })).ShouldBe(HttpStatusCode.Accepted);
        var me = await Eventually.MatchesAsync(async () => (await agent.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK),
            a => a.Property("statusId") == "Available", because: "the agent's CIC session to still carry out their commands");
        Assert.True(me.Json.GetProperty("sessionActive").GetBoolean());
        await agent.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task A_right_password_from_elsewhere_takes_the_session_over()
    {
        var agentId = stack.TakeAgent();
        using var first = new AgentApiClient(stack.ApiUri);
        await first.LogInReadyAsync(agentId);
        var before = await stack.Grains.GetGrain<PureConnect.Grains.Agents.IAgentGrain>(agentId).GetViewAsync();

        using var second = new AgentApiClient(stack.ApiUri);
        await second.LogInReadyAsync(agentId);

        var after = await stack.Grains.GetGrain<PureConnect.Grains.Agents.IAgentGrain>(agentId).GetViewAsync();
        Assert.True(after.SessionActive);
        Assert.True(after.Version > before.Version);
        (await second.PutAsync("/api/me/status", new { statusId = "Available" })).ShouldBe(HttpStatusCode.Accepted);
        await second.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task Repeated_wrong_passwords_are_throttled_at_that_address_without_locking_the_agent_out_elsewhere()
    {
        var agentId = stack.TakeAgent();
        using var attacker = new AgentApiClient(stack.ApiUri) { ForwardedFor = "203.0.113.7" };
        for (var i = 0; i < 5; i++)
        {
            (await attacker.LogInAsync(agentId, $"guess-{i}")).ShouldFail(HttpStatusCode.BadRequest, "login.failed");
        }

        (await attacker.LogInAsync(agentId, StackFixture.Password)).ShouldFail(HttpStatusCode.TooManyRequests, "login.throttled");

        using var agent = new AgentApiClient(stack.ApiUri) { ForwardedFor = "192.0.2.44" };
        Assert.Equal("station", (await agent.LogInAsync(agentId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK).Step);
        await agent.DeleteAsync("/api/session");
    }
}
