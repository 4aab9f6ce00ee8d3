using System.Net.Http.Json;
using System.Text.Json;

namespace PureConnect.IntegrationTests.Infrastructure;

/// <summary>The CIC simulator's control API, as tests drive it.</summary>
public sealed class SimulatorControl(HttpClient http)
{
    public async Task<string> InjectCallAsync(string ani, string? workgroup = null, string? user = null, string? remoteName = null)
    {
        var response = await http.PostAsJsonAsync("/control/calls", new { ani, remoteName, workgroup, user });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>A customer's web callback request to <paramref name="workgroup"/>.</summary>
    public async Task<string> RequestCallbackAsync(string workgroup, string telephone, string name, string? subject = null)
    {
        var response = await http.PostAsJsonAsync("/control/callbacks", new { workgroup, telephone, name, subject });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>A web visitor starts a chat to <paramref name="workgroup"/> with a first text.</summary>
    public async Task<string> StartChatAsync(string workgroup, string name, string? email, string? text)
    {
        var response = await http.PostAsJsonAsync("/control/chats", new { workgroup, name, email, text });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>The far end of an outbound, consult or transfer leg answers.</summary>
    public Task AnswerAsync(string interactionId) => PostAsync($"/control/interactions/{interactionId}/answer");

    public async Task<JsonElement> GetAsync(string path) => await http.GetFromJsonAsync<JsonElement>(path);

    public async Task PostJsonAsync(string path, object body) => await EnsureSuccessAsync(await http.PostAsJsonAsync(path, body));

    public async Task PutJsonAsync(string path, object body) => await EnsureSuccessAsync(await http.PutAsJsonAsync(path, body));

    public async Task DeleteAsync(string path) => await EnsureSuccessAsync(await http.DeleteAsync(path));

    public Task RemoteDisconnectAsync(string interactionId) => PostAsync($"/control/interactions/{interactionId}/remote-disconnect");

    public async Task<JsonElement?> GetInteractionAsync(string interactionId)
    {
        var response = await http.GetAsync($"/control/interactions/{interactionId}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task ExpireSessionsOfAsync(string userId) => PostAsync($"/control/users/{userId}/expire-sessions");

    public async Task InjectFaultAsync(int statusCode, int count, string? pathContains = null)
    {
        var response = await http.PostAsJsonAsync("/control/faults", new { statusCode, count, pathContains });
        await EnsureSuccessAsync(response);
    }

    public async Task ClearFaultsAsync() => await EnsureSuccessAsync(await http.DeleteAsync("/control/faults"));

    public async Task<JsonElement> SessionsAsync() => await http.GetFromJsonAsync<JsonElement>("/control/sessions");

    public async Task DropChannelsOfAsync(string userId)
    {
        foreach (var session in (await SessionsAsync()).EnumerateArray())
        {
            if (session.GetProperty("userId").GetString() == userId)
            {
                await PostAsync($"/control/sessions/{session.GetProperty("sessionId").GetString()}/drop-channel");
            }
        }
    }

    /// <summary>Enqueues <paramref name="text"/> verbatim as one message to every session of a user.</summary>
    public async Task InjectRawMessageAsync(string userId, string text)
    {
        foreach (var session in (await SessionsAsync()).EnumerateArray())
        {
            if (session.GetProperty("userId").GetString() == userId)
            {
                var path = $"/control/sessions/{session.GetProperty("sessionId").GetString()}/raw-message";
                await EnsureSuccessAsync(await http.PostAsync(path, new StringContent(text)));
            }
        }
    }

    /// <summary>Faults (state 3) the queue subscription <paramref name="subscriptionId"/> of every session of a user: CIC stops delivering it.</summary>
    public async Task FaultQueueSubscriptionAsync(string userId, string subscriptionId, string message)
    {
        foreach (var session in (await SessionsAsync()).EnumerateArray())
        {
            if (session.GetProperty("userId").GetString() == userId)
            {
                var path = $"/control/sessions/{session.GetProperty("sessionId").GetString()}/queue-subscription-state";
                await EnsureSuccessAsync(await http.PostAsJsonAsync(path, new { subscriptionId, state = 3, message }));
            }
        }
    }

    /// <summary>Takes the primary server down (connections to its host names dropped, its sessions gone) or brings it back.</summary>
    public async Task PrimaryDownAsync(bool down) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/primary-down", new { down }));

    public async Task SwitchoverAsync(double durationSeconds) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/switchover", new { durationSeconds }));

    /// <summary>An email arrives in <paramref name="workgroup"/>'s mailbox (<paramref name="email"/>: the body of <c>POST /control/emails</c>
    /// without the workgroup).</summary>
    public async Task<string> SendEmailAsync(string workgroup, Dictionary<string, object?> email)
    {
        var response = await http.PostAsJsonAsync("/control/emails", new Dictionary<string, object?>(email) { ["workgroup"] = workgroup });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    private async Task PostAsync(string path) => await EnsureSuccessAsync(await http.PostAsync(path, null));

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
