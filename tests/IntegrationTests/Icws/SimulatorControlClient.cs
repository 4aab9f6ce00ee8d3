using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>The simulator's <c>/control</c> API (plain JSON, no session), as the contract tests drive it.</summary>
public sealed class SimulatorControlClient(HttpClient http)
{
    public Task AddUserAsync(string userId, string password, string displayName, bool canUseRemoteStations, IReadOnlyList<string>? statuses) =>
        PostJsonAsync("/control/users", new { userId, password, displayName, canUseRemoteStations, statuses });

    public Task AddStationAsync(string stationId) => PostJsonAsync("/control/stations", new { stationId });

    public Task AddWorkgroupAsync(string name, IReadOnlyList<string> members) => PostJsonAsync("/control/workgroups", new { name, members });

    /// <summary>An inbound call to a user (who must have a station) or to a workgroup; returns the interaction id.</summary>
    public async Task<string> InjectCallAsync(string ani, string? user = null, string? workgroup = null)
    {
        var response = await http.PostAsJsonAsync("/control/calls", new { ani, user, workgroup });
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    public Task RemoteDisconnectAsync(string interactionId) => PostAsync($"/control/interactions/{interactionId}/remote-disconnect");

    public async Task<IReadOnlyList<JsonElement>> InteractionsAsync() =>
        [.. (await http.GetFromJsonAsync<JsonElement>("/control/interactions")).EnumerateArray()];

    /// <summary>The simulator's view of one session (sseConnections, queuedMessages...), or null when it is gone.</summary>
    public async Task<JsonElement?> SessionAsync(string sessionId)
    {
        foreach (var session in (await http.GetFromJsonAsync<JsonElement>("/control/sessions")).EnumerateArray())
        {
            if (session.GetProperty("sessionId").GetString() == sessionId)
            {
                return session;
            }
        }

        return null;
    }

    public async Task<int> SseConnectionsAsync(string sessionId) =>
        await SessionAsync(sessionId) is { } session ? session.GetProperty("sseConnections").GetInt32() : -1;

    public Task DropChannelAsync(string sessionId) => PostAsync($"/control/sessions/{sessionId}/drop-channel");

    public Task ExpireSessionAsync(string sessionId) => PostAsync($"/control/sessions/{sessionId}/expire");

    /// <summary>Queues <paramref name="text"/> verbatim as one message of the session.</summary>
    public async Task RawMessageAsync(string sessionId, string text) =>
        await EnsureSuccessAsync(await http.PostAsync(
            $"/control/sessions/{sessionId}/raw-message", new StringContent(text, Encoding.UTF8, "text/plain")));

    public Task QueueSubscriptionStateAsync(string sessionId, string subscriptionId, int state, string? message) =>
        PostJsonAsync($"/control/sessions/{sessionId}/queue-subscription-state", new { subscriptionId, state, message });

    /// <summary>The next <paramref name="count"/> ICWS requests whose path contains <paramref name="pathContains"/> fail.</summary>
    public Task FaultAsync(int statusCode, int count, string pathContains) =>
        PostJsonAsync("/control/faults", new { statusCode, count, pathContains });

    public async Task ClearFaultsAsync() => await EnsureSuccessAsync(await http.DeleteAsync("/control/faults"));

    /// <summary>Takes the primary server down (connections to its host names dropped, its sessions gone) or brings it back.</summary>
    public Task PrimaryDownAsync(bool down) => PostJsonAsync("/control/primary-down", new { down });

    public Task SwitchoverAsync(double durationSeconds) => PostJsonAsync("/control/switchover", new { durationSeconds });

    /// <summary>Later status changes of the user are accepted (202) and then fail by <c>asyncOperationCompletedMessage</c>.</summary>
    public async Task FailStatusChangesAsync(string userId, string errorId, string message) =>
        await EnsureSuccessAsync(await http.PutAsJsonAsync($"/control/users/{userId}/status-change-failure", new { errorId, message }));

    /// <summary>Sets the user's default workstation (<c>defaultWorkstationId</c> at login); null clears it.</summary>
    public async Task SetDefaultWorkstationAsync(string userId, string? stationId) =>
        await EnsureSuccessAsync(await http.PutAsJsonAsync($"/control/users/{userId}/default-workstation", new { stationId }));

    private async Task PostJsonAsync<T>(string path, T body) => await EnsureSuccessAsync(await http.PostAsJsonAsync(path, body));

    private async Task PostAsync(string path) => await EnsureSuccessAsync(await http.PostAsync(path, null));

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
