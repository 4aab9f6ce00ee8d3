using PureConnect.AgentApi.Emails;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec, "Email views": inline images show (pointed at their attachment), remote content only when the configuration allows
/// it, and nothing hostile survives either way. Plain unit tests of the sanitizer (no stack).</summary>
public sealed class EmailHtmlSanitizerTests
{
    private const string Hostile = "<img src=\"cid:logo@x\" onerror=\"steal()\" alt=\"logo\"><img src=\"cid:missing@x\" alt=\"gone\">"
        + "<img src=\"https://tracker.example/open.gif\"><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"
        + "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"><iframe src=\"https://evil.example\"></iframe>"
        + "<p style=\"background:url(https://tracker.example/bg.png)\">text</p>";

    private static string? Resolve(string contentId) => contentId == "logo@x" ? "/api/me/interactions/k/email/attachments/1" : null;

    [Fact]
    public void An_inline_part_points_at_its_attachment_and_an_unknown_one_is_dropped()
    {
        var html = new EmailHtmlSanitizer(allowRemoteContent: false).Sanitize(Hostile, Resolve);

        Assert.Contains("<img src=\"/api/me/interactions/k/email/attachments/1\" alt=\"logo\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cid:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("missing@x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scripts_handlers_javascript_urls_data_urls_and_frames_never_survive(bool allowRemoteContent)
    {
        var html = new EmailHtmlSanitizer(allowRemoteContent).Sanitize(Hostile, Resolve);

        foreach (var hostile in (string[])["onerror", "steal", "<script", "javascript:", "data:", "<iframe", "evil.example"])
        {
            Assert.DoesNotContain(hostile, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_picture_in_a_data_url_stays_in_an_image_and_nowhere_else()
    {
        const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
        var html = new EmailHtmlSanitizer(allowRemoteContent: false).Sanitize(
            $"<img src=\"{Png}\" alt=\"pic\"><a href=\"{Png}\">open</a><img src=\"data:text/html;base64,PHNjcmlwdD4=\" alt=\"doc\">"
            + "<img src=\"data:image/png;base64,AAA\" onload=\"x()\" alt=\"bad\">", Resolve);

        Assert.Contains($"<img src=\"{Png}\" alt=\"pic\">", html, StringComparison.Ordinal);
        Assert.Contains("<a target=\"_blank\" rel=\"noopener noreferrer nofollow\">open</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("text/html", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_as_large_as_the_editor_allows_survives_whole()
    {
        var png = "data:image/png;base64," + Convert.ToBase64String(new byte[512 * 1024]);

        var html = new EmailHtmlSanitizer(allowRemoteContent: false).Sanitize($"<p>Hi</p><img src=\"{png}\">", Resolve);

        Assert.Equal($"<p>Hi</p><img src=\"{png}\">", html);
    }

    [Fact]
    public void Remote_images_and_backgrounds_load_only_when_the_configuration_allows_remote_content()
    {
        var blocked = new EmailHtmlSanitizer(allowRemoteContent: false).Sanitize(Hostile, Resolve);
        var allowed = new EmailHtmlSanitizer(allowRemoteContent: true).Sanitize(Hostile, Resolve);

        Assert.DoesNotContain("tracker.example", blocked, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://tracker.example/open.gif\">", allowed, StringComparison.Ordinal);
        Assert.Contains("tracker.example/bg.png", allowed, StringComparison.Ordinal);
    }
}
