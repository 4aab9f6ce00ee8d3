using System.Text.Json;
using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Email views" and "Reply to an HTML email message": the Email view opened from the menu shows an HTML email sanitised
/// (its script never runs, its remote image never loads), the secure-email icon and Show/Hide Details; Reply makes a draft indented under
/// the email; the agent formats the reply with the toolbar (bold, text colour, font, size, Upload Image with a too-large picture refused),
/// attaches a file and sends it; the outbound mailbox sends it with all of that. An inline image of the email shows.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class EmailViewTests(SoftphoneStackFixture stack)
{
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    [Fact]
    public async Task An_agent_replies_to_an_html_email_with_formatting_from_the_email_view()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtMail{Guid.NewGuid():N}"[..16];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        var id = await stack.Control.SendEmailAsync(workgroup, new Dictionary<string, object?>
        {
            ["from"] = new { address = "carol@customer.example", name = "Carol Customer" },
            ["to"] = new[] { new { address = "support@contoso.example", name = "Support" } },
            ["subject"] = "Order 1234 is late",
            ["html"] = "<p>Where is <b>my order</b>?</p><script>window.emailInjected = 1</script><img src=\"https://tracker.example/open.gif\" onerror=\"window.emailInjected = 2\">"
                + "<img src=\"cid:logo@customer.example\" alt=\"logo\">",
            ["signature"] = "verified",
            ["attachments"] = new[] { new { name = "logo.png", contentType = "image/png", contentBase64 = OnePixelPng, contentId = "logo@customer.example" } },
        });
        await Expect(browser.Interaction("Carol Customer")).ToHaveAttributeAsync("data-state", "Alerting");

        await browser.ByTestId("menu-open").ClickAsync();
        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("menu-email").ClickAsync());
        var entries = window.GetByTestId("email-entry");
        await Expect(entries).ToHaveCountAsync(1);
        await window.GetByTestId("email-control-pickup").ClickAsync();
        await Expect(browser.Interaction("Carol Customer")).ToHaveAttributeAsync("data-state", "Connected");

        var body = window.GetByTestId("email-body");
        await Expect(body.Locator("b")).ToHaveTextAsync("my order");
        Assert.Equal(0, await body.Locator("script, img[src^=http]").CountAsync());
        Assert.True(await window.EvaluateAsync<bool>("() => window.emailInjected === undefined"));
        // The inline part shows: served from the softphone's origin with the agent's session (AgentApi pointed cid: at it).
        await window.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=email-body] img[alt=logo]'); return !!i && i.complete && i.naturalWidth === 1; }");
        await Expect(window.GetByTestId("email-secure")).ToHaveAttributeAsync("data-signature", "Verified");
        await Expect(window.GetByTestId("email-from")).ToHaveTextAsync("Carol Customer");
        await window.GetByTestId("email-details").ClickAsync();
        await Expect(window.GetByTestId("email-from")).ToHaveTextAsync("Carol Customer <carol@customer.example>");

        await window.GetByTestId("email-reply").ClickAsync();
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(1)).ToHaveAttributeAsync("data-indented", "true");
        await Expect(window.GetByTestId("email-draft-subject")).ToHaveValueAsync("RE: Order 1234 is late");
        await Expect(window.GetByTestId("email-draft-to")).ToHaveValueAsync("Carol Customer <carol@customer.example>");
        var editor = window.GetByTestId("email-draft-body");
        await editor.ClickAsync();
        await window.Keyboard.PressAsync("Control+Home");
        await editor.PressSequentiallyAsync("It ships ");
        var bold = window.GetByTestId("email-tool-bold");
        await Expect(bold).ToHaveAttributeAsync("aria-pressed", "false");
        await bold.ClickAsync();
        await Expect(bold).ToHaveAttributeAsync("aria-pressed", "true");
        await editor.PressSequentiallyAsync("today");
        await bold.ClickAsync();
        await Expect(bold).ToHaveAttributeAsync("aria-pressed", "false");
        // A stored response keeps its formatting in the reply (spec: "Use Response Management in an Email Reply").
        await editor.PressSequentiallyAsync(". ");
        await window.GetByTestId("email-insert-response").ClickAsync();
        var dialog = window.GetByTestId("responses-dialog");
        await dialog.GetByTestId("responses-search").FillAsync("greeting");
        await dialog.GetByTestId("response-hit").Filter(new() { HasText = "Hello" }).First.ClickAsync();
        await dialog.GetByTestId("responses-insert").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(editor.Locator("b", new() { HasText = "Carol Customer" })).ToHaveCountAsync(1);
        // A File response is attached ("an Attached box appears and displays the name of the attached file").
        var responses = await browser.Page.Context.NewPageAsync();
        await responses.GotoAsync("/responses");
        await responses.GetByTestId("personal-kind").SelectOptionAsync("File");
        await responses.GetByTestId("personal-name").FillAsync("Brochure");
        await responses.GetByTestId("personal-shortcut").FillAsync("broch");
        await responses.GetByTestId("personal-value").FillAsync(@"\\files\sales\brochure.pdf");
        await responses.GetByTestId("personal-save").ClickAsync();
        await Expect(responses.GetByTestId("personal-status")).ToHaveTextAsync("Saved.");
        await responses.CloseAsync();
        await window.GetByTestId("email-insert-response").ClickAsync();
        await dialog.GetByTestId("responses-search").FillAsync("brochure");
        await dialog.GetByTestId("response-hit").Filter(new() { HasText = "Brochure" }).First.ClickAsync();
        await dialog.GetByTestId("responses-insert").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(window.GetByTestId("email-attachment").Filter(new() { HasText = "brochure.pdf" })).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // Upload Image: a picture from the drive goes in where the caret is, in the page; one too large is refused with a clear message.
        var upload = window.GetByTestId("email-upload-image");
        await upload.SetInputFilesAsync(new FilePayload { Name = "huge.png", MimeType = "image/png", Buffer = new byte[513 * 1024] });
        await Expect(window.GetByTestId("email-image-error")).ToContainTextAsync("512 KB");
        await upload.SetInputFilesAsync(new FilePayload { Name = "dot.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        await Expect(editor.Locator("img[src^='data:image/png;base64,']")).ToHaveCountAsync(1);
        await Expect(window.GetByTestId("email-image-error")).ToBeHiddenAsync();

        // Text colour, font and size on a selected word.
        await editor.PressSequentiallyAsync(" Regards");
        for (var i = 0; i < "Regards".Length; i++)
        {
            await window.Keyboard.PressAsync("Shift+ArrowLeft");
        }

        await window.GetByTestId("email-tool-color").FillAsync("#cc0000");
        await window.GetByTestId("email-tool-font").SelectOptionAsync("Georgia");
        await window.GetByTestId("email-tool-size").SelectOptionAsync("5");
        await Expect(editor.Locator("[style*='font-family']")).ToContainTextAsync("Regards");
        await window.GetByTestId("email-attach").SetInputFilesAsync(new FilePayload { Name = "label.txt", MimeType = "text/plain", Buffer = "PARCEL-42"u8.ToArray() });
        await Expect(window.GetByTestId("email-attachment").Filter(new() { HasText = "label.txt" })).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await window.GetByTestId("email-send").ClickAsync();

        await Expect(entries.Nth(1)).ToHaveAttributeAsync("data-expired", "true", new() { Timeout = 60_000 });
        var sent = (await stack.Control.SentEmailsAsync()).EnumerateArray().Single(s => s.GetProperty("parentInteractionId").GetString() == id);
        var html = sent.GetProperty("html").GetString()!;
        Assert.Contains("It ships <b>today</b>", html, StringComparison.Ordinal);
        Assert.Contains("Hello, <b>Carol Customer</b>.", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        foreach (var style in (string[])["color: rgba(204, 0, 0, 1)", "font-family: Georgia", "font-size: x-large"])
        {
            Assert.True(html.Contains(style, StringComparison.Ordinal), $"'{style}' is not in the sent HTML: {html[..html.IndexOf("<img", StringComparison.Ordinal)]}…{html[(html.IndexOf("\">", html.IndexOf("<img", StringComparison.Ordinal), StringComparison.Ordinal) + 2)..]}");
        }

        Assert.Equal(["carol@customer.example"], sent.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["brochure.pdf", "label.txt"], sent.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order());
    }
}
