using System.Net;
using PureConnect.Icws;
using PureConnect.Icws.Messages;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>
/// The simulator behind a reverse proxy's path (<c>&lt;appBase&gt;/api/&lt;server&gt;/icws/...</c>, the Genesys scheme): ICWS
/// only under the prefix; <c>127.0.0.1</c> is the primary and <c>localhost</c> the alternate of a switchover pair.
/// </summary>
public sealed class PathBaseSimulatorFixture : CicSimulatorFixture
{
    public const string PathBase = "/apps/client/api/cicsim";

    /// <summary>The client's base URL: the prefix without a trailing slash, as an operator would write it.</summary>
    public Uri PrefixedUri => new($"http://127.0.0.1:{Port}{PathBase}");

    public Action<IcwsClientOptions> Prefixed => o => o.ServerUri = PrefixedUri;

    protected override void Configure(CicSimulatorOptions options)
    {
        base.Configure(options);
        options.PathBase = PathBase;
        options.PrimaryHostNames = ["127.0.0.1"];
        options.AlternateHosts = ["localhost"];
    }
}

/// <summary>A base URL with a path before <c>/icws</c> (reference: the reverse-proxy base path), client against simulator.</summary>
public sealed class PathBaseContractTests(PathBaseSimulatorFixture sim) : IClassFixture<PathBaseSimulatorFixture>
{
    [Fact]
    public async Task Login_station_and_messages_go_through_the_configured_path_prefix()
    {
        using var outsidePrefix = await sim.RawHttp.GetAsync("/icws/connection/features");
        Assert.Equal(HttpStatusCode.NotFound, outsidePrefix.StatusCode);
        var agent = await sim.NewAgentAsync();

        foreach (var sse in new[] { true, false })
        {
            await using var session = await sim.LoginAsync(agent, o =>
            {
                sim.Prefixed(o);
                o.PreferServerSentEvents = sse;
            });
            Assert.Equal(new Uri($"http://127.0.0.1:{sim.Port}{PathBaseSimulatorFixture.PathBase}/"), session.ServerUri);
            await session.SetStationAsync(new WorkstationSettings(agent.StationId));
            Assert.Equal(agent.StationId, (await session.GetStationAsync())?.Id);

            await using var messages = MessagePump.Start(session);
            await session.SubscribeUserStatusesAsync([agent.UserId]);
            await messages.NextAsync<UserStatusMessage>();
            var status = sse ? "Do Not Disturb" : "Gone Home";
            await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate(status));
            Assert.True((await messages.NextAsync<UserStatusMessage>(m => m.Statuses.Any(s => s.StatusId == status))).IsDelta);
            Assert.Equal(sse ? 1 : 0, await sim.Control.SseConnectionsAsync(session.SessionId));
        }
    }

    [Fact]
    public async Task A_switchover_moves_the_login_to_the_alternate_host_under_the_same_path_prefix()
    {
        var agent = await sim.NewAgentAsync();
        await sim.Control.SwitchoverAsync(durationSeconds: 20);
        try
        {
            await using var session = await sim.LoginAsync(agent, sim.Prefixed);

            Assert.Equal(new Uri($"http://localhost:{sim.Port}{PathBaseSimulatorFixture.PathBase}/"), session.ServerUri);
            await session.SetStationAsync(new WorkstationSettings(agent.StationId));
            Assert.Equal(agent.StationId, (await session.GetStationAsync())?.Id);
        }
        finally
        {
            await sim.Control.SwitchoverAsync(durationSeconds: 0);
        }
    }
}
