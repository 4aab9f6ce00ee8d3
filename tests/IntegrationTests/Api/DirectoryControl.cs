using System.Net.Http.Json;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>What the login tests set up in the simulator at run time: extra users (without rights, with an expired
/// password), stations and the server's user agreement. Names are unique per test.</summary>
public sealed class DirectoryControl(StackFixture stack) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = stack.SimulatorUri };

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Adds a user with a station of their own; answers (userId, stationId).</summary>
    public async Task<(string UserId, string StationId)> AddUserAsync(string prefix, bool canUseRemoteStations = true, bool passwordExpired = false)
    {
        var userId = Unique(prefix);
        var stationId = userId + "-station";
        await EnsureAsync(await _http.PostAsJsonAsync("/control/users",
            new { userId, password = StackFixture.Password, displayName = userId, canUseRemoteStations, passwordExpired }));
        await EnsureAsync(await _http.PostAsJsonAsync("/control/stations", new { stationId }));
        return (userId, stationId);
    }

    public async Task SetDefaultWorkstationAsync(string userId, string? stationId) =>
        await EnsureAsync(await _http.PutAsJsonAsync($"/control/users/{userId}/default-workstation", new { stationId }));

    public async Task SetUserAgreementAsync(string? text) =>
        await EnsureAsync(await _http.PutAsJsonAsync("/control/user-agreement", new { text }));

    public void Dispose() => _http.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
