using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.EndToEnd;

/// <summary>What the agent's own session tells CIC at station log-in, and what a 404 on an interaction command does.</summary>
[Collection(StackCollection.Name)]
public sealed class AgentCommandEdgeTests(StackFixture stack)
{
    [Fact]
    public async Task The_station_log_in_says_the_softphone_handles_calls()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var sessions = (await stack.Control.SessionsAsync()).EnumerateArray().Where(s => s.GetProperty("userId").GetString() == agentId).ToList();
            var session = Assert.Single(sessions);
            Assert.Equal([1], session.GetProperty("supportedMediaTypes").EnumerateArray().Select(t => t.GetInt32()));
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task A_command_CIC_answers_with_404_takes_the_interaction_off_the_agents_view()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync("3175550144", user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);
            await stack.Control.InjectFaultAsync(404, 1, $"interactions/{interactionId}/pickup");

            var result = await agent.ControlAsync(key, CallControl.Pickup);

            Assert.Equal("interaction.notFound", result.ErrorCode);
            Assert.DoesNotContain((await agent.GetViewAsync()).Interactions, i => i.Key == key);
        }
        finally
        {
            await stack.Control.ClearFaultsAsync();
            await agent.LogOutAsync();
        }
    }
}
