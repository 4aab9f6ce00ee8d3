using System.Net.Http.Json;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.TestSupport;

namespace PureConnect.CrmProjector.IntegrationTests.Failures;

/// <summary>
/// Each failure strikes while calls are being projected; afterwards every call is exactly one Task with its
/// final fields (Salesforce simulator's <c>GET /control/tasks</c>): none lost, none duplicated.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class NoTaskLostOrDuplicatedTests(BrokerFixture broker)
{
    // A deadline, not a wait: on a quiet machine each test settles in seconds, on shared cores in well under a minute.
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task when_the_Salesforce_token_expires_mid_run()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "token");
        var calls = Calls(harness, 60);

        await harness.AppendAllAsync(calls[..30]);
        await Eventually.MatchesAsync(harness.TasksAsync, t => t.Count > 0, because: "the first Tasks");
        (await harness.Salesforce.PostAsync("/control/tokens/expire", null)).EnsureSuccessStatusCode();
        await harness.AppendAllAsync(calls[30..]);

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, Settle);
        var tokens = await harness.Salesforce.GetFromJsonAsync<Dictionary<string, int>>("/control/tokens");
        Assert.True(tokens!["issued"] >= 2, "the projector fetched a new token");
    }

    [Fact]
    public async Task when_Salesforce_answers_bursts_of_503()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "unavailable");
        var calls = Calls(harness, 60);

        await harness.AppendAllAsync(calls[..20]);
        await Eventually.MatchesAsync(harness.TasksAsync, t => t.Count > 0, because: "the first Tasks");
        await ArmAsync(harness, new { kind = "ServiceUnavailable", count = 6 });
        await harness.AppendAllAsync(calls[20..40]);
        await Task.Delay(500);
        await ArmAsync(harness, new { kind = "ServiceUnavailable", count = 6 });
        await harness.AppendAllAsync(calls[40..]);

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, Settle);
    }

    [Fact]
    public async Task when_the_API_limit_is_exhausted_and_then_restored()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "limit");
        var calls = Calls(harness, 40);

        await harness.AppendAllAsync(calls[..10]);
        await Eventually.MatchesAsync(harness.TasksAsync, t => t.Count > 0, because: "the first Tasks");
        (await harness.Salesforce.PutAsJsonAsync("/control/api-usage", new { used = 1000, limit = 1000 })).EnsureSuccessStatusCode();
        await harness.AppendAllAsync(calls[10..]);
        await Task.Delay(1500);
        Assert.True((await harness.TasksAsync()).Count < calls.Length, "nothing is written while the limit is exhausted");

        (await harness.Salesforce.DeleteAsync("/control/api-usage")).EnsureSuccessStatusCode();

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, Settle);
    }

    [Fact]
    public async Task when_the_projector_is_killed_mid_batch_and_restarted()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "killed");
        var calls = Calls(harness, 400);

        var appending = harness.AppendAllAsync(calls);
        await Eventually.MatchesAsync(harness.TasksAsync, t => t.Count > 20, because: "the projector to be busy");
        await harness.KillProjectorAsync();
        await appending;
        Assert.True((await harness.TasksAsync()).Count(t => t.GetProperty("Status").GetString() == "Completed") < calls.Length,
            "the kill struck before the work was done");

        await harness.StartProjectorAsync();

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, Settle);
    }

    // RabbitMQ's .NET client can leave the publish in flight at the kill waiting forever for its confirmation (on a loaded
    // machine, about one run in three): the relay gives such a publish up after EventRelay:PublishTimeout and publishes again.
    [Fact]
    public async Task when_RabbitMQ_restarts_mid_run()
    {
        await using var rabbit = await RabbitMqServer.StartAsync();
        await using var harness = await ProjectorHarness.StartAsync(broker, "rabbitrestart", rabbit.AmqpUri);
        var calls = Calls(harness, 200);

        var appending = harness.AppendAllAsync(calls[..100], concurrency: 4);
        await Eventually.MatchesAsync(harness.TasksAsync, t => t.Count > 5, because: "the first Tasks");
        await rabbit.StopAsync(kill: true);
        await appending;
        await harness.AppendAllAsync(calls[100..150]);
        await Task.Delay(1000);
        await rabbit.StartAgainAsync();
        await harness.AppendAllAsync(calls[150..]);

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, Settle);
    }

    private static SimulatedCall[] Calls(ProjectorHarness harness, int count) =>
        [.. Enumerable.Range(1, count).Select(n => harness.NewCall(n, talkSeconds: 3 + n % 50))];

    private static async Task ArmAsync(ProjectorHarness harness, object fault) =>
        (await harness.Salesforce.PostAsJsonAsync("/control/faults", fault)).EnsureSuccessStatusCode();
}
