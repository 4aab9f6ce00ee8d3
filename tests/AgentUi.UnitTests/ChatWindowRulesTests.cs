using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Work with chats" and "Navigate multiple chats": active and expired chats as separate tabs, red unread counts on
/// active chats, the controls of the window mirroring the softphone's.</summary>
public sealed class ChatWindowRulesTests
{
    private static InteractionItem Chat(string status, string key, int arrivedSecondsAgo, int unread = 0, DateTimeOffset? disconnectedAt = null,
        params ChatMember[] members) =>
        Call(status, key, objectType: "Chat") with
        {
            FirstSeenAt = Now.AddSeconds(-arrivedSecondsAgo),
            DisconnectedAt = disconnectedAt,
            Chat = new ChatSummary(unread, members),
        };

    [Fact]
    public void Active_chats_come_first_in_arrival_order_then_expired_ones_most_recently_ended_first_and_calls_are_not_tabs()
    {
        var interactions = new[]
        {
            Chat("Connected", "new", 10),
            Call("Connected", "call"),
            Chat("Disconnected", "ended-early", 300, disconnectedAt: Now.AddSeconds(-200)),
            Chat("Alerting", "old", 60),
            Chat("Disconnected", "ended-late", 400, disconnectedAt: Now.AddSeconds(-5)),
        };

        var tabs = ChatWindowRules.Tabs(interactions, [], shownKey: null);

        Assert.Equal(["old", "new", "ended-late", "ended-early"], tabs.Select(t => t.Item.Key));
        Assert.Equal([false, false, true, true], tabs.Select(t => t.Expired));
    }

    [Fact]
    public void The_red_count_shows_on_active_tabs_not_shown_and_never_on_expired_ones()
    {
        var interactions = new[]
        {
            Chat("Connected", "a", 60, unread: 2),
            Chat("Connected", "b", 30, unread: 3),
            Chat("Disconnected", "c", 90, unread: 4, disconnectedAt: Now),
        };

        var tabs = ChatWindowRules.Tabs(interactions, [], shownKey: "a");

        Assert.Equal([0, 3, 0], tabs.Select(t => t.Unread));
        Assert.Equal(5, ChatWindowRules.UnreadTotal(interactions));
    }

    [Fact]
    public void A_chat_that_left_the_queue_stays_as_an_expired_tab_until_closed()
    {
        var a = Chat("Connected", "a", 60);
        var b = Chat("Connected", "b", 30);
        var before = ChatWindowRules.Tabs([a, b], [], null);

        var remembered = ChatWindowRules.Remember([], before, [b]);
        var tabs = ChatWindowRules.Tabs([b], remembered, null);

        Assert.Equal(["b", "a"], tabs.Select(t => t.Item.Key));
        Assert.True(tabs[1].Expired);
        Assert.Empty(ChatWindowRules.Remember(remembered, tabs, [a, b]));
    }

    [Fact]
    public void The_shown_tab_is_the_agents_choice_else_the_alerting_chat_else_the_first_active()
    {
        var tabs = ChatWindowRules.Tabs([Chat("Disconnected", "x", 90, disconnectedAt: Now), Chat("Connected", "a", 60), Chat("Alerting", "b", 30)], [], null);

        Assert.Equal("a", ChatWindowRules.Shown(tabs, "a")?.Item.Key);
        Assert.Equal("b", ChatWindowRules.Shown(tabs, "gone")?.Item.Key);
        Assert.Equal("a", ChatWindowRules.Shown(tabs.Where(t => t.Item.Key != "b").ToList(), null)?.Item.Key);
        Assert.Equal("x", ChatWindowRules.Shown(tabs.Where(t => t.Expired).ToList(), null)?.Item.Key);
        Assert.Null(ChatWindowRules.Shown([], null));
    }

    [Theory]
    [InlineData("Alerting", true, true, true, true, false)]
    [InlineData("Connected", false, true, true, true, true)]
    [InlineData("Held", true, true, true, true, true)]
    [InlineData("Disconnected", false, false, false, false, false)]
    public void The_controls_and_the_message_field_follow_the_chats_state(string status, bool pickup, bool hold, bool transfer, bool disconnect, bool write)
    {
        var chat = Chat(status, "a", 10);

        Assert.Equal([pickup, hold, transfer, disconnect], ChatWindowRules.Controls.Select(c => ChatWindowRules.IsEnabled(chat, c)));
        Assert.Equal(write, ChatWindowRules.CanWrite(chat));
        Assert.False(ChatWindowRules.IsEnabled(chat, CallControl.Mute));
    }

    [Fact]
    public void The_typing_indicator_names_the_other_side_only()
    {
        var chat = Chat("Connected", "a", 10, members:
        [
            new ChatMember("v", "Vera Visitor", "Visitor", true),
            new ChatMember("me", "Agent One", "Agent", true),
            new ChatMember("o", "Other Agent", "OtherUser", false),
        ]);

        Assert.Equal(["Vera Visitor"], ChatWindowRules.TypingNames(chat));
    }

    [Theory]
    [InlineData("Enter", false, true)]
    [InlineData("Enter", true, false)]
    [InlineData("a", false, false)]
    public void Enter_sends_and_shift_enter_is_a_new_line(string key, bool shift, bool sends) =>
        Assert.Equal(sends, ChatWindowRules.SendsOnKey(key, shift));

    [Fact]
    public void The_agents_typing_goes_out_once_per_interval_and_stops_after_a_pause_or_when_sent()
    {
        var throttle = new ChatTypingThrottle();

        Assert.False(throttle.KeyPressed(Now, fieldEmpty: true));
        Assert.True(throttle.KeyPressed(Now, fieldEmpty: false));
        Assert.False(throttle.KeyPressed(Now.AddSeconds(1), fieldEmpty: false));
        Assert.False(throttle.ShouldStop(Now.AddSeconds(3), fieldEmpty: false));
        Assert.True(throttle.KeyPressed(Now + ChatTypingThrottle.Resend, fieldEmpty: false));
        Assert.True(throttle.On);

        Assert.True(throttle.ShouldStop(Now + ChatTypingThrottle.Resend + ChatTypingThrottle.Idle, fieldEmpty: false));
        Assert.False(throttle.ShouldStop(Now.AddMinutes(1), fieldEmpty: true));

        Assert.True(throttle.KeyPressed(Now.AddMinutes(2), fieldEmpty: false));
        Assert.True(throttle.ShouldStop(Now.AddMinutes(2), fieldEmpty: true));

        Assert.True(throttle.KeyPressed(Now.AddMinutes(3), fieldEmpty: false));
        throttle.Sent();
        Assert.False(throttle.On);
        Assert.True(throttle.KeyPressed(Now.AddMinutes(3).AddSeconds(1), fieldEmpty: false));
    }
}
