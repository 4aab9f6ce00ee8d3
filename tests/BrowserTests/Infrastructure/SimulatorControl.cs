using System.Net.Http.Json;
using System.Text.Json;

namespace PureConnect.BrowserTests.Infrastructure;

/// <summary>The CIC simulator's control API, as the browser tests drive it (the far end of calls).</summary>
public sealed class SimulatorControl(HttpClient http)
{
    /// <summary>Rings <paramref name="user"/> with a call from <paramref name="ani"/>; returns the interaction id.</summary>
    public async Task<string> InjectCallAsync(string ani, string user, string? remoteName = null)
    {
        var response = await http.PostAsJsonAsync("/control/calls", new { ani, user, remoteName });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>Adds an Interaction Dialer campaign (the fields of the simulator's <c>CampaignSeed</c>).</summary>
    public async Task AddCampaignAsync(object campaign) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/dialer/campaigns", campaign));

    /// <summary>Seconds the Dialer waits, once the agent is free, before the campaign's next call.</summary>
    public async Task SetCampaignPaceAsync(string campaignId, double secondsBetweenCalls) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync($"/control/dialer/campaigns/{campaignId}/pace", new { secondsBetweenCalls }));

    /// <summary>Adds a workgroup with one (activated) member.</summary>
    public async Task AddWorkgroupAsync(string name, string member) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/workgroups", new { name, members = new[] { member } }));

    /// <summary>Sets a member's activation in a workgroup and whether they have CIC's "Activate self" right there.</summary>
    public async Task SetMemberAsync(string workgroup, string member, bool activated, bool canActivateSelf) =>
        await EnsureSuccessAsync(await http.PutAsJsonAsync($"/control/workgroups/{workgroup}/members/{member}", new { activated, canActivateSelf }));

    /// <summary>Adds a workgroup whose calls need a wrap-up code from <paramref name="codes"/> within <paramref name="timeLimitSeconds"/>.</summary>
    public async Task AddWrapUpWorkgroupAsync(string name, string member, IReadOnlyList<string> codes, int timeLimitSeconds)
    {
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/workgroups", new { name, members = new[] { member } }));
        await EnsureSuccessAsync(await http.PutAsJsonAsync($"/control/workgroups/{name}/wrap-up", new { codes, timeLimitSeconds }));
    }

    /// <summary>A customer's web callback request to <paramref name="workgroup"/>; returns the interaction id.</summary>
    public async Task<string> RequestCallbackAsync(string workgroup, string telephone, string name, string? subject = null)
    {
        var response = await http.PostAsJsonAsync("/control/callbacks", new { workgroup, telephone, name, subject });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>How many times agents may retry the workgroup's callbacks (0: Retry disabled) and how long a retried one sleeps.</summary>
    public async Task SetCallbackRetriesAsync(string workgroup, int maxRetries, double snoozeSeconds) =>
        await EnsureSuccessAsync(await http.PutAsJsonAsync($"/control/workgroups/{workgroup}/callbacks", new { maxRetries, snoozeSeconds }));

    /// <summary>An ACD call from <paramref name="ani"/> to a workgroup; returns the interaction id.</summary>
    public async Task<string> InjectWorkgroupCallAsync(string ani, string workgroup, string? remoteName = null)
    {
        var response = await http.PostAsJsonAsync("/control/calls", new { ani, workgroup, remoteName });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>The far end answers an outbound, consult or transfer leg.</summary>
    /// <summary>Sets the user's default workstation in CIC (<c>defaultWorkstationId</c> at login).</summary>
    public async Task SetDefaultWorkstationAsync(string userId, string? stationId) =>
        (await http.PutAsJsonAsync($"/control/users/{userId}/default-workstation", new { stationId })).EnsureSuccessStatusCode();

    /// <summary>Adds a selectable status to CIC's catalogue, or renames it (<c>PUT /control/statuses/{id}</c>).</summary>
    public async Task PutStatusAsync(string statusId, string messageText) =>
        (await http.PutAsJsonAsync($"/control/statuses/{Uri.EscapeDataString(statusId)}", new { messageText, isSelectableStatus = true })).EnsureSuccessStatusCode();

    public async Task RemoveStatusAsync(string statusId) =>
        (await http.DeleteAsync($"/control/statuses/{Uri.EscapeDataString(statusId)}")).EnsureSuccessStatusCode();

    public async Task AnswerAsync(string interactionId) =>
        await EnsureSuccessAsync(await http.PostAsync($"/control/interactions/{interactionId}/answer", null));

    /// <summary>CIC ends every session of the user (as an expiry or a logout elsewhere would).</summary>
    public async Task ExpireSessionsOfAsync(string userId) =>
        await EnsureSuccessAsync(await http.PostAsync($"/control/users/{userId}/expire-sessions", null));

    /// <summary>The far end hangs up.</summary>
    public async Task RemoteDisconnectAsync(string interactionId) =>
        await EnsureSuccessAsync(await http.PostAsync($"/control/interactions/{interactionId}/remote-disconnect", null));

    /// <summary>What the call controls did, as the simulator lists it: <c>consults</c>, <c>conferences</c>, <c>recordings?interactionId=</c>,
    /// <c>dtmf?interactionId=</c>, <c>assistance-requests</c>, <c>secure-pauses</c>.</summary>
    public async Task<JsonElement> ListAsync(string what)
    {
        var response = await http.GetAsync($"/control/{what}");
        await EnsureSuccessAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A web visitor starts a chat to <paramref name="workgroup"/> with a first text; returns the interaction id.</summary>
    public async Task<string> StartChatAsync(string workgroup, string name, string text)
    {
        var response = await http.PostAsJsonAsync("/control/chats", new { workgroup, name, text });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>The chat's visitor sends a text.</summary>
    public async Task VisitorSaysAsync(string interactionId, string text) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync($"/control/chats/{interactionId}/messages", new { text }));

    /// <summary>The chat's visitor starts or stops typing.</summary>
    public async Task VisitorTypingAsync(string interactionId, bool typing) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync($"/control/chats/{interactionId}/typing", new { typing }));

    /// <summary>The texts of the chat as CIC has them, oldest first.</summary>
    public async Task<List<string>> ChatTextsAsync(string interactionId)
    {
        var lines = await http.GetFromJsonAsync<JsonElement>($"/control/chats/{interactionId}/transcript");
        return [.. lines.EnumerateArray().Select(l => l.GetProperty("text").GetString()!)];
    }

    /// <summary>A caller leaves a voicemail message of <paramref name="seconds"/> in <paramref name="userId"/>'s box; returns its id.</summary>
    public async Task<string> DropVoicemailAsync(string userId, string from, int seconds, string? subject = null)
    {
        var response = await http.PostAsJsonAsync("/control/voicemail", new { userId, from, subject, durationSeconds = seconds });
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unifiedMessageId").GetString()!;
    }

    /// <summary>The plays of <paramref name="userId"/>'s voicemail asked of CIC: message id and target, oldest first.</summary>
    public async Task<List<(string MessageId, string Target, bool ToStation)>> VoicemailPlaysAsync(string userId)
    {
        var box = await http.GetFromJsonAsync<JsonElement>($"/control/voicemail/{userId}");
        return [.. box.GetProperty("plays").EnumerateArray().Select(p =>
            (p.GetProperty("messageId").GetString()!, p.GetProperty("target").GetString()!, p.GetProperty("toStation").GetBoolean()))];
    }

    /// <summary>An email arrives in <paramref name="workgroup"/>'s mailbox (the body of <c>POST /control/emails</c> without the workgroup).</summary>
    public async Task<string> SendEmailAsync(string workgroup, Dictionary<string, object?> email)
    {
        var response = await http.PostAsJsonAsync("/control/emails", new Dictionary<string, object?>(email) { ["workgroup"] = workgroup });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    /// <summary>What the simulator's outbound mailbox sent, oldest first.</summary>
    public async Task<JsonElement> SentEmailsAsync() => await http.GetFromJsonAsync<JsonElement>("/control/emails/sent");

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
