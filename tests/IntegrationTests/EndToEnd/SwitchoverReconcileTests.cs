using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.EndToEnd.AgentSessionHelpers;

namespace PureConnect.IntegrationTests.EndToEnd;

/// <summary>
/// Leaving an agent's queue is not the end of a call: after a switchover the snapshot of the agent it was alerting no
/// longer holds it, yet it may be waiting in its workgroup queue and be answered by another agent.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SwitchoverReconcileTests(StackFixture stack)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Calls_alerting_at_a_switchover_go_back_to_the_workgroup_and_each_connected_one_becomes_exactly_one_Task()
    {
        var first = stack.TakeAgent();
        var second = stack.TakeAgent();
        var answering = stack.TakeAgent();
        var firstAgent = await stack.LogInAvailableAsync(first);
        var secondAgent = await stack.LogInAvailableAsync(second);
        var answeringAgent = stack.Grains.GetGrain<IAgentGrain>(answering);
        try
        {
            // Two ACD calls alert the two available agents, and the ingest has seen them alerting.
            var answered = await stack.Control.InjectCallAsync("3175550190", workgroup: StackFixture.Workgroup);
            var answeredKey = await AlertingKeyAsync(answered);
            var abandoned = await stack.Control.InjectCallAsync("3175550191", workgroup: StackFixture.Workgroup);
            var abandonedKey = await AlertingKeyAsync(abandoned);
            var firstOwner = (await stack.Grains.GetGrain<IInteractionGrain>(answeredKey).GetViewAsync()).UserId;
            Assert.Contains(firstOwner, new[] { first, second });

            // The switchover ends every session: the agents lose their stations, so both calls go back to the workgroup queue.
            await stack.Control.SwitchoverAsync(durationSeconds: 5);
            Assert.Equal("O", await StateOnServerAsync(answered));

            // One caller gives up while waiting; the other call is answered by an agent who logs in on the alternate host.
            await stack.Control.RemoteDisconnectAsync(abandoned);
            await stack.LogInAvailableAsync(answering);
            var key = await answeringAgent.QueueKeyOfAsync(answered);
            Assert.Equal(answeredKey, key);
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting && v.UserId == answering, "the call alerting the answering agent");
            Succeeded(await answeringAgent.ControlAsync(key, CallControl.Pickup));
            var connected = await Eventually.MatchesAsync(stack.Grains.GetGrain<IInteractionGrain>(key).GetViewAsync,
                v => v.Status == InteractionStatus.Connected, Generous, "the re-routed call to be recorded as connected");
            Assert.Equal(answering, connected.UserId);
            await Eventually.MatchesAsync(() => TasksAsync(key), t => t.Count == 1 && t[0].GetProperty("Status").GetString() == "In Progress",
                Generous, "the Task of the answered call while it is in progress");

            Succeeded(await answeringAgent.ControlAsync(key, CallControl.Disconnect));
            var ended = await Eventually.MatchesAsync(stack.Grains.GetGrain<IInteractionGrain>(key).GetViewAsync,
                v => v.Status == InteractionStatus.Disconnected, Generous, "the answered call to end");
            Assert.Equal((DisconnectedBy.Agent, answering), (ended.DisconnectedBy, ended.UserId));
            await Eventually.MatchesAsync(() => TasksAsync(key), t => t.Count == 1 && t[0].GetProperty("Status").GetString() == "Completed",
                Generous, "the Task to be completed at the disconnect");

            // The abandoned call is gone from every watched queue and CIC confirms it ended: it is closed, and never had a Task.
            var closed = await Eventually.MatchesAsync(stack.Grains.GetGrain<IInteractionGrain>(abandonedKey).GetViewAsync,
                v => v.Status == InteractionStatus.Disconnected, Generous, "the abandoned call to be closed");
            Assert.Null(closed.ConnectedAt);
            Assert.Empty(await TasksAsync(abandonedKey));

            // Late messages and the sync's later rounds add nothing: still exactly one Task for the connected call.
            await Eventually.MatchesAsync(firstAgent.GetViewAsync, v => v.Interactions.All(i => i.Key != key && i.Key != abandonedKey),
                Generous, "the first agents' queues to drop the calls");
            var task = Assert.Single(await TasksAsync(key));
            Assert.Equal((key, "Inbound", "Completed"), (task.GetProperty("CallObject").GetString(), task.GetProperty("CallType").GetString(),
                task.GetProperty("Status").GetString()));
        }
        finally
        {
            await answeringAgent.LogOutAsync();
            await secondAgent.LogOutAsync();
            await firstAgent.LogOutAsync();
        }

        async Task<string> AlertingKeyAsync(string interactionId)
        {
            var view = await Eventually.MatchesAsync(
                async () => await Task.WhenAll(stack.Grains.GetGrain<IAgentGrain>(first).GetViewAsync(), stack.Grains.GetGrain<IAgentGrain>(second).GetViewAsync()),
                views => views.Any(v => v.Interactions.Any(i => i.InteractionId == interactionId)), Generous, $"interaction {interactionId} on a queue");
            var key = view.SelectMany(v => v.Interactions).First(i => i.InteractionId == interactionId).Key;
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "alerting");
            return key;
        }
    }

    private async Task<string?> StateOnServerAsync(string interactionId) =>
        (await stack.Control.GetInteractionAsync(interactionId)) is { } i && i.GetProperty("attributes").TryGetProperty("Eic_State", out var state)
            ? state.GetString()
            : null;

    private async Task<List<JsonElement>> TasksAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = stack.SalesforceUri };
        return await http.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [];
    }
}
