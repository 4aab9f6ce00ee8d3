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

    [Theory]
    [InlineData(true, DirectoryChatAction.StartChat)]
    [InlineData(null, DirectoryChatAction.StartChat)]
    [InlineData(false, DirectoryChatAction.ChatMail)]
    public void The_chat_link_starts_a_chat_with_a_logged_in_user_and_opens_chat_mail_for_one_who_is_not(bool? loggedIn, DirectoryChatAction action) =>
        Assert.Equal(action, DirectoryRules.ChatActionOf(Agent with { LoggedIn = loggedIn }));

    [Fact]
    public void Only_a_refusal_for_a_user_who_is_not_logged_in_sends_the_agent_to_chat_mail()
    {
        Assert.True(DirectoryRules.OffersChatMail(new ApiError("chat.targetNotLoggedIn", "not logged in")));
        Assert.False(DirectoryRules.OffersChatMail(new ApiError("chat.userNotFound", null)));
        Assert.False(DirectoryRules.OffersChatMail(null));
    }

    [Theory]
    [InlineData("Call me back", true)]
    [InlineData("  ", false)]
    [InlineData(null, false)]
    public void A_chat_mail_needs_a_text(string? text, bool canSend) => Assert.Equal(canSend, DirectoryRules.CanSendChatMail(text));

    [Fact]
    public void A_chat_mail_longer_than_a_chat_text_cannot_be_sent()
    {
        Assert.True(DirectoryRules.CanSendChatMail(new string('a', DirectoryRules.MaxChatMailLength)));
        Assert.False(DirectoryRules.CanSendChatMail(new string('a', DirectoryRules.MaxChatMailLength + 1)));
    }
}
