using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.EndToEnd;

/// <summary>
/// A run of calls with the faults a contact center meets, one after another: the monitoring channel drops, the
/// monitoring session expires mid-call, Salesforce answers 503 and row locks, its tokens expire, and afterwards CIC
/// repeats a message about a call we closed. Nothing is lost and nothing doubles: every connected call becomes exactly one completed Task.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class FaultRunTests(StackFixture stack)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Every_connected_call_of_a_run_with_faults_becomes_exactly_one_completed_Task()
    {
        string[] agentIds = [stack.TakeAgent(), stack.TakeAgent(), stack.TakeAgent()];
        var agents = new List<IAgentGrain>();
        foreach (var agentId in agentIds)
        {
            agents.Add(await stack.LogInAvailableAsync(agentId));
        }

        try
        {
            using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri, Timeout = TimeSpan.FromSeconds(60) };
            var faults = new Func<Task>[]
            {
                () => SalesforceFaultAsync(salesforce, "ServiceUnavailable", 4),
                () => stack.Control.DropChannelsOfAsync(StackFixture.MonitorUser),
                async () => (await salesforce.PostAsync("/control/tokens/expire", null)).EnsureSuccessStatusCode(),
                () => stack.Control.ExpireSessionsOfAsync(StackFixture.MonitorUser),
                () => SalesforceFaultAsync(salesforce, "UnableToLockRow", 3),
                () => stack.Control.DropChannelsOfAsync(StackFixture.MonitorUser),
            };

            var connected = new List<(string Key, string InteractionId)>();
            for (var i = 0; i < 9; i++)
            {
                var agent = agents[i % agents.Count];
                var interactionId = await stack.Control.InjectCallAsync($"317555{i:D4}", user: agentIds[i % agentIds.Length]);
                var key = await agent.QueueKeyOfAsync(interactionId);
                await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Alerting, "the call to alert");
                AgentSessionHelpers.Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
                await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "the call to connect");
                if (i < faults.Length)
                {
                    await faults[i](); // mid-call
                }

                AgentSessionHelpers.Succeeded(await agent.ControlAsync(key, CallControl.Disconnect));
                await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "the call to end");
                connected.Add((key, interactionId));
            }

            // CIC repeats a message about the first call, long closed: it stays closed and gets no second Task.
            var (firstKey, firstId) = connected[0];
            await stack.Control.InjectRawMessageAsync(StackFixture.MonitorUser, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["__type"] = "urn:inin.com:queues:queueContentsMessage",
                ["isDelta"] = true,
                ["subscriptionId"] = $"user-queue:{agentIds[0]}",
                ["interactionsChanged"] = new[] { new { interactionId = firstId, attributes = new Dictionary<string, string> { ["Eic_State"] = "C", ["Eic_CallIdKey"] = firstKey } } },
            }));
            var after = await stack.Control.InjectCallAsync("3175559999", user: agentIds[0]);
            await agents[0].QueueKeyOfAsync(after);
            Assert.Equal(InteractionStatus.Disconnected, (await stack.Grains.GetGrain<IInteractionGrain>(firstKey).GetViewAsync()).Status);

            foreach (var (key, _) in connected)
            {
                var tasks = await Eventually.MatchesAsync(() => TasksAsync(salesforce, key),
                    t => t.Count >= 1 && t.All(task => task.GetProperty("Status").GetString() == "Completed"), Generous,
                    $"the Task of call {key} to be completed");
                Assert.Single(tasks);
            }

        }
        finally
        {
            // Logged-in Available agents would take the workgroup calls of the tests that come after.
            await Task.WhenAll(agents.Select(a => a.LogOutAsync()));
        }
    }

    private static async Task SalesforceFaultAsync(HttpClient salesforce, string kind, int count) =>
        (await salesforce.PostAsJsonAsync("/control/faults", new { kind, count })).EnsureSuccessStatusCode();

    private static async Task<List<JsonElement>> TasksAsync(HttpClient salesforce, string key) =>
        await salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [];
}
