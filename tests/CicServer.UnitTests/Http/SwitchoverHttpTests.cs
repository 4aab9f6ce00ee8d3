using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

/// <summary>A switchover touches every session, so this class has a simulator of its own.</summary>
public sealed class SwitchoverHttpTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = new(o => o.SsePingInterval = TimeSpan.FromMilliseconds(200));

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task During_a_switchover_sessions_are_told_and_ended_and_the_primary_host_answers_503_with_alternates()
    {
        var session = await IcwsSession.LogInAsync(_host.Http, "agent1", "1234");
        var request = session.Request(HttpMethod.Get, "messaging/messages", csrf: false);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await _host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStreamReader(await stream.Content.ReadAsStreamAsync());

        (await _host.Http.PostAsJsonAsync("/control/switchover", new { durationSeconds = 60 })).EnsureSuccessStatusCode();

        var down = JsonDocument.Parse((await events.NextDataAsync(TimeSpan.FromSeconds(10)))!).RootElement;
        Assert.Equal("urn:inin.com:connection:connectionStateChangeMessage", down.GetProperty("__type").GetString());
        Assert.Equal(2, down.GetProperty("newConnectionState").GetInt32());
        Assert.Equal("Switchover in progress", down.GetProperty("reason").GetString());
        Assert.True(down.GetProperty("shouldReconnect").GetBoolean());
        Assert.Null(await events.NextDataAsync(TimeSpan.FromSeconds(10)));
        using var old = await session.SendAsync(HttpMethod.Get, "connection");
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);

        using var primary = await _host.Http.SendAsync(IcwsSession.LoginRequest("agent1", "1234", host: $"localhost:{_host.BaseAddress.Port}"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, primary.StatusCode);
        var alternates = JsonDocument.Parse(await primary.Content.ReadAsStringAsync()).RootElement.GetProperty("alternateHostList");
        Assert.Equal(["127.0.0.1"], alternates.EnumerateArray().Select(h => h.GetString()));

        using var alternate = await _host.Http.SendAsync(IcwsSession.LoginRequest("agent1", "1234", host: $"127.0.0.1:{_host.BaseAddress.Port}"));
        Assert.Equal(HttpStatusCode.Created, alternate.StatusCode);
    }

    [Fact]
    public async Task The_event_stream_sends_ping_comments_while_quiet()
    {
        var session = await IcwsSession.LogInAsync(_host.Http, "agent2", "1234");
        var request = session.Request(HttpMethod.Get, "messaging/messages", csrf: false);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await _host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStreamReader(await stream.Content.ReadAsStreamAsync());
        await session.SendOkAsync(HttpMethod.Put, "messaging/subscriptions/status/status-messages");

        var message = JsonDocument.Parse((await events.NextDataAsync(TimeSpan.FromSeconds(10)))!).RootElement;

        Assert.Equal("urn:inin.com:status:statusMessagesMessage", message.GetProperty("__type").GetString());
        // A ping is due every quiet 200 ms; a loaded machine may be late, so wait (bounded) rather than count in a window.
        Assert.True(await events.WaitForPingsAsync(2, TimeSpan.FromSeconds(5)), $"expected 2 pings within 5 s, saw {events.Pings}");
        (await _host.Http.PostAsync($"/control/sessions/{session.SessionId}/drop-channel", null)).EnsureSuccessStatusCode();
        Assert.Null(await events.NextDataAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task After_a_switchover_a_poll_gets_the_connection_down_message_then_401_and_other_requests_get_401_at_once()
    {
        var session = await IcwsSession.LogInAsync(_host.Http, "agent3", "1234");

        (await _host.Http.PostAsJsonAsync("/control/switchover", new { durationSeconds = 60 })).EnsureSuccessStatusCode();

        using var state = await session.SendAsync(HttpMethod.Get, "connection");
        using var heartbeat = await session.SendAsync(HttpMethod.Post, "messaging/heartbeat");
        using var forged = await _host.Http.SendAsync((session with { Cookie = $"icws_{session.SessionId}=forged" }).Request(HttpMethod.Get, "messaging/messages", csrf: false));
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        using var after = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized),
            (state.StatusCode, heartbeat.StatusCode, forged.StatusCode, poll.StatusCode, after.StatusCode));
        var down = Assert.Single(JsonDocument.Parse(await poll.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal("urn:inin.com:connection:connectionStateChangeMessage", down.GetProperty("__type").GetString());
        Assert.Equal(2, down.GetProperty("newConnectionState").GetInt32());
    }

    [Fact]
    public async Task After_a_switchover_an_event_stream_opened_again_delivers_the_connection_down_message_and_ends()
    {
        var session = await IcwsSession.LogInAsync(_host.Http, "agent4", "1234");
        (await _host.Http.PostAsJsonAsync("/control/switchover", new { durationSeconds = 60 })).EnsureSuccessStatusCode();

        var request = session.Request(HttpMethod.Get, "messaging/messages", csrf: false);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await _host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        using var events = new EventStreamReader(await stream.Content.ReadAsStreamAsync());

        var down = JsonDocument.Parse((await events.NextDataAsync(TimeSpan.FromSeconds(10)))!).RootElement;
        Assert.Equal(2, down.GetProperty("newConnectionState").GetInt32());
        Assert.Null(await events.NextDataAsync(TimeSpan.FromSeconds(10)));
        using var after = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
