using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PureConnect.Salesforce.IntegrationTests.Harness;

/// <summary>The simulator's control API, and raw data-API calls for wire-level checks, as tests drive them.</summary>
public sealed class OrgControl(HttpClient http)
{
    public async Task InjectFaultAsync(string kind, int count, string? pathContains = null, string? method = null, string? message = null, string[]? fields = null,
        int? statusCode = null) =>
        await EnsureSuccessAsync(await http.PostAsJsonAsync("/control/faults", new { kind, count, pathContains, method, message, fields, statusCode }));

    public async Task<int> ExpireTokensAsync()
    {
        var response = await http.PostAsync("/control/tokens/expire", null);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("expired").GetInt32();
    }

    public async Task<long> TokensIssuedAsync() =>
        (await http.GetFromJsonAsync<JsonElement>("/control/tokens")).GetProperty("issued").GetInt64();

    public async Task<(long Used, long Limit)> UsageAsync()
    {
        var usage = await http.GetFromJsonAsync<JsonElement>("/control/api-usage");
        return (usage.GetProperty("used").GetInt64(), usage.GetProperty("limit").GetInt64());
    }

    public async Task SetUsageAsync(long? used, long? limit = null) =>
        await EnsureSuccessAsync(await http.PutAsJsonAsync("/control/api-usage", new { used, limit }));

    public async Task<JsonElement[]> TasksAsync(string externalId) =>
        [.. (await http.GetFromJsonAsync<JsonElement>($"/control/tasks?externalId={Uri.EscapeDataString(externalId)}")).EnumerateArray()];

    public async Task<JsonElement> SingleTaskAsync(string externalId) => Assert.Single(await TasksAsync(externalId));

    public async Task<string> AddRecordAsync(string type, string name, string? phone = null, string? mobilePhone = null, string? accountId = null)
    {
        var response = await http.PostAsJsonAsync("/control/records", new { type, name, phone, mobilePhone, accountId });
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Adds a user of the org (<c>POST /control/users</c>); answers its id.</summary>
    public async Task<string> AddUserAsync(string userName, string? federationIdentifier = null, string? email = null)
    {
        var response = await http.PostAsJsonAsync("/control/users", new { userName, federationIdentifier, email });
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A token by client credentials, obtained over plain HTTP.</summary>
    public async Task<string> RawTokenAsync()
    {
        var response = await http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SalesforceOrgFixture.ClientId,
            ["client_secret"] = SalesforceOrgFixture.ClientSecret,
        }));
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A data-API call over plain HTTP; <paramref name="path"/> is below <c>/services/data/v62.0/</c> unless it starts with <c>/</c>.</summary>
    public async Task<HttpResponseMessage> RawAsync(HttpMethod method, string path, string? json = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith('/') ? path : "/services/data/v62.0/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await RawTokenAsync());
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");

        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
