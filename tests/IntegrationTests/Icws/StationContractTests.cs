using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>The station connection (reference §3), client against simulator over HTTP.</summary>
public sealed class StationContractTests(CicSimulatorFixture sim) : IClassFixture<CicSimulatorFixture>
{
    [Fact]
    public async Task A_workstation_connection_is_accepted_and_reported_back_by_get_station()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        Assert.Null(await session.GetStationAsync());

        await session.SetStationAsync(new WorkstationSettings(agent.StationId) { SupportedMediaTypes = [1] });

        var station = await session.GetStationAsync();
        Assert.NotNull(station);
        Assert.Equal(agent.StationId, station.Id);
        Assert.Equal(1, station.StationSetting);
        Assert.False(string.IsNullOrWhiteSpace(station.Extension));
        Assert.Contains(agent.StationId, (await session.GetUserStatusAsync(agent.UserId)).Stations);
    }

    [Fact]
    public async Task An_unknown_station_raises_IcwsRequestException_with_the_server_error_id()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.SetStationAsync(new WorkstationSettings(sim.UniqueName("ghost"))));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("error.request.connection.stationNotFound", error.ErrorId);
        Assert.Null(await session.GetStationAsync());
    }

    [Fact]
    public async Task A_station_in_use_by_another_user_is_refused_with_an_error_that_says_so()
    {
        var owner = await sim.NewAgentAsync();
        var intruder = await sim.NewAgentAsync();
        await using var ownerSession = await sim.LoginWithStationAsync(owner);
        await using var intruderSession = await sim.LoginAsync(intruder);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => intruderSession.SetStationAsync(new WorkstationSettings(owner.StationId)));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("error.request.connection.stationInUse", error.ErrorId);
        Assert.Contains("in use", error.ServerMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("in use", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await intruderSession.GetStationAsync());
        Assert.Equal(owner.StationId, (await ownerSession.GetStationAsync())?.Id);
    }

    [Fact]
    public async Task A_remote_number_station_without_the_remote_station_right_is_forbidden()
    {
        var agent = await sim.NewAgentAsync(canUseRemoteStations: false);
        await using var session = await sim.LoginAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(
            () => session.SetStationAsync(new RemoteNumberSettings("+13175550100", PersistentConnection: false)));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("error.request.accessDenied", error.ErrorId);
        Assert.Null(await session.GetStationAsync());
    }

    [Fact]
    public async Task A_remote_number_station_is_accepted_for_a_user_with_the_remote_station_right()
    {
        var agent = await sim.NewAgentAsync(canUseRemoteStations: true);
        await using var session = await sim.LoginAsync(agent);

        await session.SetStationAsync(new RemoteNumberSettings("+13175550101", PersistentConnection: true));

        var station = await session.GetStationAsync();
        Assert.Equal(3, station?.StationSetting);
        Assert.Equal("+13175550101", station?.RemoteNumber);
    }

    [Fact]
    public async Task Disconnecting_the_station_in_the_default_connection_mode_also_ends_the_session()
    {
        var agent = await sim.NewAgentAsync();
        var session = await sim.LoginWithStationAsync(agent);

        await session.DisconnectStationAsync();

        await Assert.ThrowsAsync<IcwsSessionExpiredException>(() => session.GetStationAsync());
        Assert.Null(await sim.Control.SessionAsync(session.SessionId));
        await session.DisposeAsync();
    }

    [Fact]
    public async Task The_station_subscription_sends_the_current_station_then_every_change()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);

        await session.SubscribeStationAsync();
        var initial = await messages.NextAsync<StationConnectionStateChangeMessage>();
        Assert.False(initial.IsDelta);
        Assert.True(string.IsNullOrEmpty(initial.New?.Id), "no station yet");

        await session.SetStationAsync(new WorkstationSettings(agent.StationId));
        var changed = await messages.NextAsync<StationConnectionStateChangeMessage>(m => m.New?.Id == agent.StationId);
        Assert.Equal(1, changed.New?.StationSetting);
    }
}
