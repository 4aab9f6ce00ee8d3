using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Email views": active and expired emails apart, replies indented under their email, addresses separated by
/// semicolons, names or complete addresses (Show/Hide Details).</summary>
public sealed class EmailViewRulesTests
{
    private static InteractionItem Email(string status, string key, string id, int arrivedSecondsAgo, string kind = "Received", string? parent = null) =>
        Call(status, key, objectType: "Email Interaction") with
        {
            InteractionId = id,
            FirstSeenAt = Now.AddSeconds(-arrivedSecondsAgo),
            Email = new EmailSummary(kind, parent, "Subject " + key, new EmailAddress("Carol", "carol@customer.example"), "None", 0, kind != "Received", false),
        };

    [Fact]
    public void Active_emails_come_before_expired_ones_each_followed_by_its_replies_indented_and_calls_are_not_listed()
    {
        var tabs = EmailViewRules.Tabs(
        [
            Email("Disconnected", "old", "1", 600),
            Email("Connected", "reply-b", "5", 10, "Forward", parent: "3"),
            Email("Connected", "current", "3", 60),
            Call("Connected", "call"),
            Email("Connected", "reply-a", "4", 30, "Reply", parent: "3"),
            Email("Disconnected", "reply-old", "2", 500, "Reply", parent: "1"),
            Email("Connected", "orphan", "9", 5, "Reply", parent: "gone"),
        ]);

        Assert.Equal([("current", false, false), ("reply-a", false, true), ("reply-b", false, true), ("orphan", false, false), ("old", true, false),
            ("reply-old", true, true)], tabs.Select(t => (t.Item.Key, t.Expired, t.Indented)));
    }

    [Fact]
    public void Audio_files_get_a_play_button_other_files_do_not()
    {
        Assert.True(EmailViewRules.IsAudio("voicemail.WAV"));
        Assert.True(EmailViewRules.IsAudio("message.mp3"));
        Assert.False(EmailViewRules.IsAudio("invoice.pdf"));
        Assert.False(EmailViewRules.IsAudio("wav"));
    }

    [Theory]
    [InlineData("image/png", true)]
    [InlineData("IMAGE/JPEG; name=photo.jpg", true)]
    [InlineData("image/gif", true)]
    [InlineData("image/svg+xml", false)]
    [InlineData("text/html", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData(null, false)]
    public void Only_raster_images_are_shown_inline(string? contentType, bool inline) =>
        Assert.Equal(inline, EmailViewRules.IsInlineImage(contentType));

    [Fact]
    public void The_alerting_email_is_shown_unless_the_agent_chose_another()
    {
        var tabs = EmailViewRules.Tabs([Email("Connected", "a", "1", 60), Email("Alerting", "b", "2", 10)]);

        Assert.Equal("b", EmailViewRules.Shown(tabs, null)?.Item.Key);
        Assert.Equal("a", EmailViewRules.Shown(tabs, "a")?.Item.Key);
        Assert.Equal("b", EmailViewRules.Shown(tabs, "gone")?.Item.Key);
    }

    [Fact]
    public void Typed_addresses_are_split_on_semicolons_with_names_in_angle_brackets_and_shown_as_names_or_in_full()
    {
        var parsed = EmailViewRules.ParseAddresses(" Carol Customer <carol@customer.example>; boss@customer.example ;; ");

        Assert.Equal([new EmailAddressRequest("carol@customer.example", "Carol Customer"), new EmailAddressRequest("boss@customer.example")], parsed);
        IReadOnlyList<EmailAddress> addresses = [new("Carol Customer", "carol@customer.example"), new("boss@customer.example", "boss@customer.example")];
        Assert.Equal("Carol Customer <carol@customer.example>; boss@customer.example", EmailViewRules.FormatAddresses(addresses));
        Assert.Equal("Carol Customer; boss@customer.example", EmailViewRules.Display(addresses, details: false));
    }
}
