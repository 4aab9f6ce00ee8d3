using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Voicemail button" and "Voicemail view".</summary>
public sealed class VoicemailRulesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static VoicemailEntry Message(string id, int minutesAgo, bool read, double? seconds = 42) =>
        new(id, read, Noon.AddMinutes(-minutesAgo), "Caller " + id, "", seconds, true);

    private static readonly IReadOnlyList<VoicemailEntry> Box = [Message("a", 30, read: true), Message("b", 10, read: false), Message("c", 60, read: false)];

    [Theory]
    [InlineData(0, null)]
    [InlineData(3, "3")]
    [InlineData(120, "99+")]
    public void The_badge_shows_only_with_unheard_messages(int waiting, string? badge) => Assert.Equal(badge, VoicemailRules.Badge(waiting));

    [Fact]
    public void All_unopened_or_opened_newest_or_oldest_on_top()
    {
        Assert.Equal(["b", "a", "c"], VoicemailRules.Shown(Box, VoicemailFilter.All, oldestOnTop: false).Select(m => m.Id));
        Assert.Equal(["c", "a", "b"], VoicemailRules.Shown(Box, VoicemailFilter.All, oldestOnTop: true).Select(m => m.Id));
        Assert.Equal(["b", "c"], VoicemailRules.Shown(Box, VoicemailFilter.Unopened, oldestOnTop: false).Select(m => m.Id));
        Assert.Equal(["a"], VoicemailRules.Shown(Box, VoicemailFilter.Opened, oldestOnTop: false).Select(m => m.Id));
    }

    [Fact]
    public void A_click_selects_one_and_ctrl_click_adds_or_removes()
    {
        var one = VoicemailRules.Select(new HashSet<string>(), "a", ctrl: false);
        var two = VoicemailRules.Select(one, "b", ctrl: true);
        Assert.Equal(["a", "b"], two.Order());
        Assert.Equal(["b"], VoicemailRules.Select(two, "a", ctrl: true));
        Assert.Equal(["c"], VoicemailRules.Select(two, "c", ctrl: false));
        Assert.Equal(["b"], VoicemailRules.Keep(two, VoicemailRules.Shown(Box, VoicemailFilter.Unopened, false)));
    }

    [Fact]
    public void The_length_reads_as_minutes_and_seconds()
    {
        Assert.Equal("0:42", VoicemailRules.Length(Message("a", 0, false)));
        Assert.Equal("1:02:05", VoicemailRules.Length(Message("a", 0, false, 3725)));
        Assert.Equal("", VoicemailRules.Length(Message("a", 0, false, null)));
    }
}
