using System.Net;
using System.Text;
using System.Text.Json;
using PureConnect.Icws;
using PureConnect.Icws.Messages;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>
/// A switchover pair on one simulator: the client is configured with <c>http://127.0.0.1:port</c>, which the
/// simulator treats as the primary; <c>localhost</c> is the alternate (reference §2.3).
/// </summary>
public sealed class SwitchoverSimulatorFixture : CicSimulatorFixture
{
    protected override void Configure(CicSimulatorOptions options)
    {
        base.Configure(options);
        options.PrimaryHostNames = ["127.0.0.1"];
        options.AlternateHosts = ["localhost"];
    }
}

/// <summary>A switchover ends every session of the simulator, so these tests have a simulator of their own.</summary>
public sealed class SwitchoverContractTests(SwitchoverSimulatorFixture sim) : IClassFixture<SwitchoverSimulatorFixture>
{
    [Fact]
    public async Task A_switchover_sends_the_connection_down_message_to_an_open_event_stream_and_ends_the_session()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await Eventually.MatchesAsync(() => sim.Control.SseConnectionsAsync(session.SessionId), n => n == 1, TimeSpan.FromSeconds(5), "an open event stream");

        await sim.Control.SwitchoverAsync(durationSeconds: 0);

        await AssertConnectionDownAsync(messages);
        await Assert.ThrowsAsync<IcwsSessionExpiredException>(() => session.GetStatusMessagesAsync());
    }

    [Fact]
    public async Task A_switchover_sends_the_connection_down_message_to_a_polling_session_and_ends_the_session()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent, o => o.PreferServerSentEvents = false);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeUserStatusesAsync([agent.UserId]);
        await messages.NextAsync<UserStatusMessage>();

        await sim.Control.SwitchoverAsync(durationSeconds: 0);

        await AssertConnectionDownAsync(messages);
        await Assert.ThrowsAsync<IcwsSessionExpiredException>(() => session.GetStatusMessagesAsync());
    }

    [Fact]
    public async Task During_a_switchover_a_login_on_the_primary_gets_503_and_the_client_logs_in_on_the_alternate_host()
    {
        var agent = await sim.NewAgentAsync();
        Assert.Equal("127.0.0.1", sim.ServerUri.Host);

        await sim.Control.SwitchoverAsync(durationSeconds: 60);

        using var refused = await RawLoginAsync(agent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["localhost"], body.GetProperty("alternateHostList").EnumerateArray().Select(h => h.GetString()));

        await using var session = await sim.LoginAsync(agent);
        Assert.Equal(new Uri($"http://localhost:{sim.Port}/"), session.ServerUri);
        await session.SetStationAsync(new WorkstationSettings(agent.StationId));
        Assert.Equal(agent.StationId, (await session.GetStationAsync())?.Id);
    }

    [Fact]
    public async Task A_session_created_on_the_alternate_host_names_the_other_server_not_itself_as_alternate_host()
    {
        var agent = await sim.NewAgentAsync();
        await sim.Control.SwitchoverAsync(durationSeconds: 60);

        await using var session = await sim.LoginAsync(agent);

        Assert.Equal("localhost", session.ServerUri.Host);
        Assert.DoesNotContain("localhost", session.AlternateHosts, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("127.0.0.1", session.AlternateHosts);
    }

    private static async Task AssertConnectionDownAsync(MessagePump messages)
    {
        var down = await messages.NextAsync<ConnectionStateChangeMessage>(because: "the connection-down message");
        Assert.Equal((ConnectionStateChangeMessage.Down, true), (down.NewState, down.ShouldReconnect));
        Assert.False(string.IsNullOrWhiteSpace(down.Reason));
        var (_, failure) = await messages.EndAsync();
        Assert.IsType<IcwsSessionExpiredException>(failure);
    }

    private Task<HttpResponseMessage> RawLoginAsync(TestAgent agent)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/icws/connection")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["__type"] = "urn:inin.com:connection:icAuthConnectionRequestSettings",
                    ["applicationName"] = "IcwsContractTests",
                    ["userID"] = agent.UserId,
                    ["password"] = agent.Password,
                }),
                Encoding.UTF8,
                "application/vnd.inin.icws+json"),
        };
        request.Headers.Add("Accept-Language", "en-US");
        return sim.RawHttp.SendAsync(request);
    }
}

/// <summary>Both host names are primaries: every server refuses the login.</summary>
public sealed class NoServerLeftSimulatorFixture : CicSimulatorFixture
{
    protected override void Configure(CicSimulatorOptions options)
    {
        base.Configure(options);
        options.PrimaryHostNames = ["127.0.0.1", "localhost"];
        options.AlternateHosts = ["localhost"];
    }
}

public sealed class SwitchoverExhaustedContractTests(NoServerLeftSimulatorFixture sim) : IClassFixture<NoServerLeftSimulatorFixture>
{
    [Fact]
    public async Task When_the_primary_and_every_alternate_answer_503_the_client_raises_IcwsSwitchoverException()
    {
        var agent = await sim.NewAgentAsync();
        await sim.Control.SwitchoverAsync(durationSeconds: 60);

        var error = await Assert.ThrowsAsync<IcwsSwitchoverException>(() => sim.LoginAsync(agent));

        Assert.Equal(["localhost"], error.AlternateHosts);
        Assert.Equal(503, error.StatusCode);
    }
}
