using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Calls;

/// <summary>One agent at the softphone's API: logged in, its interactions read from <c>GET /api/me/interactions</c>.</summary>
public sealed class CallDesk(StackFixture stack, string agentId, AgentApiClient api) : IAsyncDisposable
{
    public string AgentId => agentId;
    public AgentApiClient Api => api;

    public static async Task<CallDesk> OpenAsync(StackFixture stack, string agentId)
    {
        var api = new AgentApiClient(stack.ApiUri);
        await api.LogInAvailableAsync(agentId);
        return new CallDesk(stack, agentId, api);
    }

    public async Task<List<JsonElement>> InteractionsAsync() =>
        [.. (await api.GetAsync("/api/me/interactions")).ShouldBe(HttpStatusCode.OK).Json.EnumerateArray()];

    /// <summary>Waits until the agent's interaction <paramref name="interactionId"/> satisfies <paramref name="condition"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string interactionId, Func<JsonElement, bool> condition, string because) =>
        (await Eventually.MatchesAsync(InteractionsAsync, list => list.Any(i => Id(i) == interactionId && condition(i)), because: because))
            .First(i => Id(i) == interactionId && condition(i));

    public async Task<JsonElement> WaitForAnyAsync(Func<JsonElement, bool> condition, string because) =>
        (await Eventually.MatchesAsync(InteractionsAsync, list => list.Any(condition), because: because)).First(condition);

    public Task<JsonElement> WaitForStatusAsync(string interactionId, string status) =>
        WaitForAsync(interactionId, i => Status(i) == status, $"interaction {interactionId} to be {status} for {agentId}");

    public async Task WaitUntilGoneAsync(string interactionId, string because) =>
        await Eventually.MatchesAsync(InteractionsAsync,
            list => !list.Any(i => Id(i) == interactionId && Status(i) is not "Disconnected" && i.GetProperty("userId").GetString() == agentId),
            because: because);

    /// <summary>An injected call from <paramref name="ani"/> to this agent, picked up and connected; answers its key.</summary>
    public async Task<(string Id, string Key)> ConnectedCallAsync(string ani, string? workgroup = null)
    {
        var id = await stack.Control.InjectCallAsync(ani, workgroup: workgroup, user: workgroup is null ? agentId : null);
        var key = Key(await WaitForStatusAsync(id, "Alerting"));
        (await PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await WaitForStatusAsync(id, "Connected");
        return (id, key);
    }

    public Task<ApiAnswer> PostAsync(string path, object? body = null) => api.PostAsync(path, body);

    public static string Id(JsonElement interaction) => interaction.GetProperty("interactionId").GetString()!;

    public static string Key(JsonElement interaction) => interaction.GetProperty("key").GetString()!;

    public static string Status(JsonElement interaction) => interaction.GetProperty("status").GetString()!;

    public static JsonElement CallsOf(JsonElement interaction) => interaction.GetProperty("calls");

    public async ValueTask DisposeAsync()
    {
        await api.DeleteAsync("/api/session");
        api.Dispose();
    }
}
