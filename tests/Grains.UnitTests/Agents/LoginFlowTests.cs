using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

public sealed class LoginFlowTests
{
    [Theory]
    [InlineData(false, true, true, true, LoginStep.LoggedOut)]
    [InlineData(true, true, true, false, LoginStep.Agreement)]
    [InlineData(true, false, true, false, LoginStep.ChangePassword)]
    [InlineData(true, false, false, false, LoginStep.Station)]
    [InlineData(true, false, false, true, LoginStep.Ready)]
    public void The_agreement_comes_before_the_password_change_which_comes_before_the_station(
        bool sessionOpen, bool agreementPending, bool passwordExpired, bool stationConnected, LoginStep expected) =>
        Assert.Equal(expected, LoginFlow.Next(sessionOpen, agreementPending, passwordExpired, stationConnected));

    [Fact]
    public void A_request_for_another_step_is_refused_as_the_wrong_step()
    {
        Assert.Null(LoginFlow.Expect(LoginStep.Station, LoginStep.Station, LoginStep.Ready));

        var refused = LoginFlow.Expect(LoginStep.Agreement, LoginStep.Station, LoginStep.Ready);

        Assert.Equal("login.wrongStep", refused?.ErrorCode);
        Assert.Contains("log in first", LoginFlow.Expect(LoginStep.LoggedOut, LoginStep.Agreement)?.Message);
    }

    [Fact]
    public void The_remembered_station_wins_over_the_station_the_agent_is_already_on()
    {
        var remembered = StationSelection.RemoteNumberStation("3175550100", persistent: true);

        Assert.Equal(remembered, LoginFlow.AutomaticStation(remembered, cicLoggedIn: true, ["station4"]));
        Assert.Equal(StationSelection.Workstation("station4"), LoginFlow.AutomaticStation(null, cicLoggedIn: true, ["station4"]));
    }

    [Fact]
    public void Without_a_remembered_station_or_a_station_in_use_the_agent_is_asked()
    {
        Assert.Null(LoginFlow.AutomaticStation(null, cicLoggedIn: true, []));
        Assert.Null(LoginFlow.AutomaticStation(null, cicLoggedIn: false, ["station4"]));
    }
}
