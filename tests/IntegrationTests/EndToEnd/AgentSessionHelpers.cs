using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.EndToEnd;

/// <summary>What most end-to-end tests do first and wait for.</summary>
public static class AgentSessionHelpers
{
    public static async Task<IAgentGrain> LogInAvailableAsync(this StackFixture stack, string agentId)
    {
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
        var login = await agent.LogInAsync(new LogIn(StackFixture.Password, StationSelection.Workstation(StackFixture.StationOf(agentId))));
        Assert.True(login.Succeeded, login.Message);
        var status = await agent.ChangeStatusAsync(new ChangeStatus("Available"));
        Assert.True(status.Succeeded, status.Message);
        await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Available", because: "the status to come back through the ingest");
        return agent;
    }

    /// <summary>Waits until the ingest put the interaction on the agent's queue; returns its grain key.</summary>
    public static async Task<string> QueueKeyOfAsync(this IAgentGrain agent, string interactionId)
    {
        var view = await Eventually.MatchesAsync(agent.GetViewAsync, v => v.Interactions.Any(i => i.InteractionId == interactionId),
            because: $"interaction {interactionId} on the agent's queue");
        return view.Interactions.Single(i => i.InteractionId == interactionId).Key;
    }

    public static Task<InteractionView> WaitForAsync(this StackFixture stack, string key, Func<InteractionView, bool> condition, string because) =>
        Eventually.MatchesAsync(stack.Grains.GetGrain<IInteractionGrain>(key).GetViewAsync, condition, because: because);

    /// <summary>Asserts that CIC accepted a command, showing its error otherwise.</summary>
    public static void Succeeded(CommandResult result) => Assert.True(result.Succeeded, $"{result.ErrorCode}: {result.Message}");
}
