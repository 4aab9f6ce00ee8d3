using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using PureConnect.Simulators.CicServer;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Icws.UnitTests.Harness;

/// <summary>
/// The CIC simulator on Kestrel (<c>http://127.0.0.1:0</c>) with its default contact center (agent1…agent12, password
/// 1234, station1…station12, workgroups Sales and Support), a plain client for its control API, and sessions of the real
/// ICWS client. One simulator per test, so tests share no state.
/// </summary>
public sealed class CicSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<IcwsSession> _sessions = [];

    private CicSimulator(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
        Control = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Uri { get; }

    /// <summary>The simulator's control API (far ends of calls, what the call controls did).</summary>
    public HttpClient Control { get; }

    /// <summary>Starts a simulator; outbound calls wait for the control API to answer unless <paramref name="configure"/> says otherwise.</summary>
    public static async Task<CicSimulator> StartAsync(Action<CicSimulatorOptions>? configure = null)
    {
        var app = CicServerApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], options =>
        {
            options.OutboundAnswerDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        });
        await app.StartAsync();
        return new CicSimulator(app, new Uri(app.Urls.First()));
    }

    /// <summary>Logs <paramref name="userId"/> in with the ICWS client and connects the matching workstation.</summary>
    public async Task<IcwsSession> LogInAsync(string userId = "agent1")
    {
        var session = await IcwsTestClient.Connector(Uri).ConnectAsync(new IcwsCredentials(userId, "1234"), IcwsTestClient.Deadline());
        await session.SetStationAsync(new WorkstationSettings("station" + userId["agent".Length..]), IcwsTestClient.Deadline());
        _sessions.Add(session);
        return session;
    }

    /// <summary>An inbound call straight to a user, or to a workgroup; returns its id.</summary>
    public async Task<string> CallAsync(string? user = null, string? workgroup = null, string? campaignId = null)
    {
        using var response = await Control.PostAsJsonAsync("/control/calls", new { ani = "+13175550800", user, workgroup, campaignId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    /// <summary>An inbound call to <paramref name="session"/>'s user, picked up.</summary>
    public async Task<string> ConnectedCallAsync(IcwsSession session)
    {
        var id = await CallAsync(user: session.UserId);
        await session.PickupAsync(id, IcwsTestClient.Deadline());
        return id;
    }

    /// <summary>Tells the far end of a call to <c>answer</c>, <c>refuse</c> or <c>remote-disconnect</c>.</summary>
    public async Task FarEndAsync(string interactionId, string verb)
    {
        using var response = await Control.PostAsync($"/control/interactions/{interactionId}/{verb}", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>An interaction as the control API shows it (state letter, user, attributes).</summary>
    public async Task<JsonElement> InteractionAsync(string interactionId) =>
        await Control.GetFromJsonAsync<JsonElement>($"/control/interactions/{interactionId}");

    public async Task<string> StateAsync(string interactionId) => (await InteractionAsync(interactionId)).GetProperty("state").GetString()!;

    public async Task<string> AttributeAsync(string interactionId, string name) =>
        (await InteractionAsync(interactionId)).GetProperty("attributes").GetProperty(name).GetString()!;

    /// <summary>A control-API listing such as <c>consults</c>, <c>recordings</c>, <c>dtmf</c>, <c>assistance-requests</c>.</summary>
    public async Task<JsonElement> ListAsync(string what) => await Control.GetFromJsonAsync<JsonElement>($"/control/{what}");

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions)
            await session.DisposeAsync();
        Control.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
