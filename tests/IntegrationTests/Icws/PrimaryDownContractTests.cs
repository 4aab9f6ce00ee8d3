using PureConnect.Icws;
using PureConnect.Icws.Messages;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>
/// A switchover pair whose primary (<c>127.0.0.1</c>, the configured host) can die: connections to it are dropped and
/// its sessions are gone; <c>localhost</c> is the alternate it named at login.
/// </summary>
public sealed class PrimaryDownSimulatorFixture : CicSimulatorFixture
{
    protected override void Configure(CicSimulatorOptions options)
    {
        base.Configure(options);
        options.PrimaryHostNames = ["127.0.0.1"];
        options.AlternateHosts = ["localhost"];
    }
}

/// <summary>Taking the primary down ends sessions, so these tests have a simulator of their own and run one at a time.</summary>
public sealed class PrimaryDownContractTests(PrimaryDownSimulatorFixture sim) : IClassFixture<PrimaryDownSimulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => sim.Control.PrimaryDownAsync(false);

    [Fact]
    public async Task When_the_primary_is_unreachable_the_connector_logs_in_on_the_alternate_host_learned_at_the_last_login()
    {
        var agent = await sim.NewAgentAsync();
        var connector = sim.CreateConnector();
        await using (var first = await connector.ConnectAsync(agent.Credentials))
        {
            Assert.Equal("127.0.0.1", first.ServerUri.Host);
            Assert.Contains("localhost", first.AlternateHosts);
        }

        await sim.Control.PrimaryDownAsync(true);

        await using var second = await connector.ConnectAsync(agent.Credentials);
        Assert.Equal(new Uri($"http://localhost:{sim.Port}/"), second.ServerUri);
        await second.SetStationAsync(new WorkstationSettings(agent.StationId));
        Assert.Equal(agent.StationId, (await second.GetStationAsync())?.Id);
    }

    [Fact]
    public async Task Every_connector_of_a_process_uses_the_alternates_another_one_learned()
    {
        var (monitor, agent) = (await sim.NewAgentAsync(), await sim.NewAgentAsync());
        var connectors = sim.CreateConnectorFactory();
        await using (await connectors().ConnectAsync(monitor.Credentials))
        {
        }

        await sim.Control.PrimaryDownAsync(true);

        // A fresh connector (an agent's grain activated after the primary died) has never logged in itself.
        await using var session = await connectors().ConnectAsync(agent.Credentials);
        Assert.Equal("localhost", session.ServerUri.Host);
    }

    [Fact]
    public async Task The_message_stream_of_a_session_on_a_dead_primary_ends_so_that_its_owner_logs_in_again()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent, o => o.ServerUnreachableTimeout = TimeSpan.FromSeconds(1));
        await using var messages = MessagePump.Start(session);
        await session.SubscribeUserStatusesAsync([agent.UserId]);
        await messages.NextAsync<UserStatusMessage>();

        await sim.Control.PrimaryDownAsync(true);

        var (_, failure) = await messages.EndAsync(TimeSpan.FromSeconds(60));
        Assert.True(failure is IcwsRequestException { StatusCode: null } or IcwsTimeoutException, $"ended with {failure}");
    }

    [Fact]
    public async Task With_no_alternate_known_an_unreachable_server_fails_the_login_as_unreachable()
    {
        var agent = await sim.NewAgentAsync();
        await sim.Control.PrimaryDownAsync(true);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => sim.LoginAsync(agent));

        Assert.Null(error.StatusCode);
    }
}
