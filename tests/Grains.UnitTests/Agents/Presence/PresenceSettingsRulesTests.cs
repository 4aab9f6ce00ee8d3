using PureConnect.Grains.Agents.Presence;

namespace PureConnect.Grains.UnitTests.Agents.Presence;

public sealed class PresenceSettingsRulesTests
{
    private static readonly OmniStatus[] Org = [new("0N5SIM000000001", "Available", "Available", true), new("0N5SIM000000002", "Busy", "Busy", false)];

    [Fact]
    public void Two_way_and_one_way_maps_of_different_statuses_are_accepted()
    {
        var settings = new PresenceSyncSettings([
            new PresenceMap("Available", "0N5SIM000000002", SyncDirection.TwoWay),
            new PresenceMap("Do Not Disturb", "0N5SIM000000001", SyncDirection.OmniToCic),
            new PresenceMap("Lunch", "0N5SIM000000002", SyncDirection.CicToOmni),
        ], Org, "Available", "0N5SIM000000002");

        Assert.Empty(PresenceSettingsRules.Check(settings));
    }

    [Fact]
    public void Offline_is_accepted_as_a_presence_though_the_org_has_no_status_of_that_name()
    {
        var settings = new PresenceSyncSettings([
            new PresenceMap("Available", "0N5SIM000000002", SyncDirection.TwoWay),
            new PresenceMap("Gone Home", OmniIds.Offline, SyncDirection.TwoWay),
        ], Org);

        Assert.Empty(PresenceSettingsRules.Check(settings));
    }

    [Fact]
    public void A_CIC_status_mapped_to_two_presences_in_the_same_direction_is_refused_with_both_named()
    {
        var settings = new PresenceSyncSettings([
            new PresenceMap("Available", "0N5SIM000000001", SyncDirection.CicToOmni),
            new PresenceMap("available", "0N5SIM000000002", SyncDirection.TwoWay),
        ], Org);

        var error = Assert.Single(PresenceSettingsRules.Check(settings));
        Assert.Contains("'Available'", error);
        Assert.Contains("0N5SIM000000001", error);
        Assert.Contains("0N5SIM000000002", error);
    }

    [Fact]
    public void A_presence_mapped_to_two_CIC_statuses_in_the_same_direction_is_refused()
    {
        var settings = new PresenceSyncSettings([
            new PresenceMap("Available", "0N5SIM000000001", SyncDirection.OmniToCic),
            new PresenceMap("Lunch", "0N5SIM000000001AAA", SyncDirection.TwoWay),
        ], Org);

        Assert.Contains("more than one CIC status", Assert.Single(PresenceSettingsRules.Check(settings)));
    }

    [Fact]
    public void The_same_pair_in_opposite_one_way_maps_is_not_a_contradiction()
    {
        var settings = new PresenceSyncSettings([
            new PresenceMap("Available", "0N5SIM000000001", SyncDirection.OmniToCic),
            new PresenceMap("Available", "0N5SIM000000002", SyncDirection.CicToOmni),
        ], Org);

        Assert.Empty(PresenceSettingsRules.Check(settings));
    }

    [Fact]
    public void Unknown_presence_ids_and_an_unknown_transition_presence_are_refused_by_name()
    {
        var settings = new PresenceSyncSettings([new PresenceMap("Available", "0N5SIM00000000Z", SyncDirection.TwoWay)], Org, null, "0N5SIM00000000Y");

        var errors = PresenceSettingsRules.Check(settings);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("'0N5SIM00000000Z'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'0N5SIM00000000Y'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_map_without_a_status_or_a_direction_is_refused()
    {
        var settings = new PresenceSyncSettings([new PresenceMap(" ", "0N5SIM000000001", SyncDirection.TwoWay), new PresenceMap("Lunch", "0N5SIM000000001", 0)], Org);

        var errors = PresenceSettingsRules.Check(settings);

        Assert.Contains(errors, e => e.Contains("Map 1 needs both", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Map 2 has no direction", StringComparison.Ordinal));
    }
}
