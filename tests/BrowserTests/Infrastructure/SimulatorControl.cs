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

    /// <summary>Adds a workgroup whose calls need a wrap-up code from <paramref name="codes"/> within <paramref name="timeLimitSeconds"/>.</summary>
    public async Task AddWrapUpWorkgroupAsync(string name, string member, IReadOnlyList<string> codes, int timeLimitSeconds)
    {
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/workgroups", new { name, members = new[] { member } }));
        await EnsureSuccessAsync(await http.PutAsJsonAsync($"/control/workgroups/{name}/wrap-up", new { codes, timeLimitSeconds }));
    }

    /// <summary>An ACD call from <paramref name="ani"/> to a workgroup; returns the interaction id.</summary>
    public async Task<string> InjectWorkgroupCallAsync(string ani, string workgroup, string? remoteName = null)
    {
        var response = await http.PostAsJsonAsync("/control/calls", new { ani, workgroup, remoteName });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("interactionId").GetString()!;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
