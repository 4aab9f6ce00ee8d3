using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

/// <summary>Spec: "Select Remember Station to auto-log in to this station ... This setting can be cleared when changing stations."</summary>
public sealed class RememberedStationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly StationSelection Station4 = StationSelection.Workstation("station4");

    private static AgentModel Given(params AgentEvent[] events) => events.Aggregate(AgentModel.Initial, AgentDecider.Evolve);

    [Fact]
    public void A_station_chosen_with_remember_is_remembered_once()
    {
        var events = AgentDecider.Remember(AgentModel.Initial, Station4, remember: true, T0);

        Assert.Equal([new AgentStationRemembered(Station4, T0)], events);
        Assert.Equal(Station4, Given([.. events]).RememberedStation);
        Assert.Empty(AgentDecider.Remember(Given([.. events]), Station4, remember: true, T0));
    }

    [Fact]
    public void Changing_station_without_remember_forgets_the_remembered_one()
    {
        var state = Given(new AgentStationRemembered(Station4, T0));

        var events = AgentDecider.Remember(state, StationSelection.Workstation("station5"), remember: false, T0);

        Assert.Equal([new AgentStationForgotten(T0)], events);
        Assert.Null(Given(new AgentStationRemembered(Station4, T0), new AgentStationForgotten(T0)).RememberedStation);
        Assert.Empty(AgentDecider.Remember(AgentModel.Initial, Station4, remember: false, T0));
    }

    [Fact]
    public void Favorites_are_replaced_and_the_same_list_again_changes_nothing()
    {
        var events = AgentDecider.SetFavorites(AgentModel.Initial, ["At Lunch", "Available"], T0);
        var state = Given([.. events]);

        Assert.Equal(["At Lunch", "Available"], state.Favorites.AsEnumerable());
        Assert.Empty(AgentDecider.SetFavorites(state, ["at lunch", "AVAILABLE"], T0));
        Assert.Empty(Given([.. events, .. AgentDecider.SetFavorites(state, [], T0)]).Favorites);
    }

    [Fact]
    public void The_display_name_from_a_login_is_kept_and_a_later_login_without_one_keeps_it()
    {
        var state = Given(new AgentLoggedIn("s1", Station4, T0, "Alex Agent"), new AgentLoggedIn("s2", Station4, T0));

        Assert.Equal("Alex Agent", state.DisplayName);
    }
}
