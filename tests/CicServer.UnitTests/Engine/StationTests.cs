using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class StationTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void A_station_in_use_by_another_users_session_is_refused_until_that_session_ends()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var agent2 = _cic.LogIn("agent2");

        var error = IcwsAssert.Refused(400, "error.request.connection.stationInUse",
            () => _cic.Engine.SetStation(agent2, new StationRequest(StationKind.Workstation, "station1")));
        Assert.Equal("The station is in use by another user", error.Message);

        var agent1Again = _cic.LogIn("agent1", "station1");
        Assert.Equal("station1", _cic.Engine.GetStation(agent1Again).Id);

        _cic.Engine.Logout(agent1);
        _cic.Engine.Logout(agent1Again);
        Assert.Equal(1, _cic.Engine.SetStation(agent2, new StationRequest(StationKind.Workstation, "station1")).StationSetting);
    }

    [Fact]
    public void The_station_errors_are_configurable()
    {
        var cic = new EngineHarness(o =>
        {
            o.StationInUseStatusCode = 409;
            o.StationInUseErrorId = "-2147221496";
            o.StationNotFoundErrorId = "station.unknown";
        });
        cic.LogIn("agent1", "station1");
        var agent2 = cic.LogIn("agent2");

        IcwsAssert.Refused(409, "-2147221496", () => cic.Engine.SetStation(agent2, new StationRequest(StationKind.Workstation, "station1")));
        IcwsAssert.Refused(400, "station.unknown", () => cic.Engine.SetStation(agent2, new StationRequest(StationKind.Workstation, "nowhere")));
    }

    [Fact]
    public void In_the_demo_contact_center_agent5_and_agent10_may_use_a_remote_number_and_the_others_may_not()
    {
        var sales = _cic.LogIn("agent5");
        var support = _cic.LogIn("agent10");
        var other = _cic.LogIn("agent6");

        Assert.Equal(3, _cic.Engine.SetStation(sales, new StationRequest(StationKind.RemoteNumber, RemoteNumber: "+13175550171")).StationSetting);
        Assert.Equal(3, _cic.Engine.SetStation(support, new StationRequest(StationKind.RemoteNumber, RemoteNumber: "+13175550172")).StationSetting);
        IcwsAssert.Refused(403, ErrorIds.AccessDenied,
            () => _cic.Engine.SetStation(other, new StationRequest(StationKind.RemoteNumber, RemoteNumber: "+13175550173")));
    }

    [Fact]
    public void Remote_stations_need_the_right()
    {
        var agent = _cic.LogIn("agent1");
        _cic.Engine.AddUser(new UserSeed { UserId = "remote-user", Password = "pw", CanUseRemoteStations = true });
        var remote = _cic.Engine.Login("remote-user", "pw", "tests");

        IcwsAssert.Refused(403, ErrorIds.AccessDenied,
            () => _cic.Engine.SetStation(agent, new StationRequest(StationKind.RemoteNumber, RemoteNumber: "+13175550170")));

        var info = _cic.Engine.SetStation(remote, new StationRequest(StationKind.RemoteNumber, RemoteNumber: "+13175550170", PersistentConnection: true));
        Assert.Equal(3, info.StationSetting);
        Assert.Equal("+13175550170", info.RemoteNumber);
    }

    [Fact]
    public void A_station_subscription_reports_the_current_station_then_changes()
    {
        var agent = _cic.LogIn("agent1");
        _cic.Engine.SubscribeStation(agent);
        var first = Assert.IsType<StationConnectionStateChangeMessage>(Assert.Single(EngineHarness.Drain(agent)));
        Assert.False(first.IsDelta);
        Assert.Equal(0, first.NewStationInfo.StationSetting);

        _cic.Engine.SetStation(agent, new StationRequest(StationKind.Workstation, "station5"));

        var change = Assert.Single(EngineHarness.Drain<StationConnectionStateChangeMessage>(agent));
        Assert.Equal("station5", change.NewStationInfo.Id);
        Assert.Equal(0, change.PreviousStationInfo?.StationSetting ?? 0);
    }

    [Fact]
    public void Deleting_the_station_in_mode_0_ends_the_session_unless_configured_otherwise()
    {
        var agent = _cic.LogIn("agent1", "station1");
        _cic.Engine.RemoveStation(agent);
        Assert.True(agent.IsClosed);
        Assert.Null(_cic.Engine.FindSession(agent.Id));

        var cic = new EngineHarness(o => o.EndSessionOnStationDelete = false);
        var kept = cic.LogIn("agent1", "station1");
        cic.Engine.RemoveStation(kept);
        Assert.False(kept.IsClosed);
        IcwsAssert.Refused(400, ErrorIds.NoStation, () => cic.Engine.GetStation(kept));
    }
}
