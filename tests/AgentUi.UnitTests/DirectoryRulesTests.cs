using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Search for an agent": agents only, a check or an X for logged in or out, the extension to call.</summary>
public sealed class DirectoryRulesTests
{
    private static readonly DirectoryMatch Agent = new("User", "agent2", "Agent Two", "2002", "Available", false, true, "Available");

    [Fact]
    public void Workgroups_and_attendant_profiles_are_not_listed_as_agents()
    {
        var matches = new[] { Agent, new DirectoryMatch("Workgroup", "Support", "Support", null, null, null, null), new DirectoryMatch("AttendantProfile", "Main", "Main", null, null, null, null) };

        Assert.Equal([Agent], DirectoryRules.Agents(matches));
    }

    [Theory]
    [InlineData(true, DirectoryPresence.LoggedIn)]
    [InlineData(false, DirectoryPresence.LoggedOut)]
    [InlineData(null, DirectoryPresence.Unknown)]
    public void Logged_in_shows_a_check_and_logged_out_an_x(bool? loggedIn, DirectoryPresence presence) =>
        Assert.Equal(presence, DirectoryRules.PresenceOf(Agent with { LoggedIn = loggedIn }));

    [Theory]
    [InlineData("2002", "2002")]
    [InlineData(" 2002 ", "2002")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_extension_is_what_a_click_dials(string? extension, string? dialed) =>
        Assert.Equal(dialed, DirectoryRules.ExtensionToCall(Agent with { Extension = extension }));
}
