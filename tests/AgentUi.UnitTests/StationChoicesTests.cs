using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Session;

namespace PureConnect.AgentUi.UnitTests;

public sealed class StationChoicesTests
{
    [Fact]
    public void The_remembered_station_comes_before_the_default_workstation()
    {
        var remembered = new StationInfo(StationKinds.RemoteNumber, null, "3175550123", true);

        Assert.Equal(remembered, new StationChoices([], true, remembered, "station7").Preselected);
    }

    [Fact]
    public void Without_a_remembered_station_the_default_workstation_is_preselected_and_else_nothing()
    {
        Assert.Equal(new StationInfo(StationKinds.Workstation, "station7", null, false), new StationChoices([], false, null, "station7").Preselected);
        Assert.Null(new StationChoices([], false, null, " ").Preselected);
        Assert.Null(StationChoices.None.Preselected);
    }
}
