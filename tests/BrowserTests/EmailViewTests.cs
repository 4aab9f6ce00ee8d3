using System.Text.Json;
using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Email views" and "Reply to an HTML email message": the Email view opened from the menu shows an HTML email sanitised
/// (its script never runs, its remote image never loads), the secure-email icon and Show/Hide Details; Reply makes a draft indented under
/// the email; the agent formats the reply with the toolbar, attaches a file and sends it; the outbound mailbox sends it with both.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class EmailViewTests(SoftphoneStackFixture stack)
{
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
            ["html"] = "<p>Where is <b>my order</b>?</p><script>window.emailInjected = 1</script><img src=\"https://tracker.example/open.gif\" onerror=\"window.emailInjected = 2\">",
            ["signature"] = "verified",
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
        await window.GetByTestId("email-attach").SetInputFilesAsync(new FilePayload { Name = "label.txt", MimeType = "text/plain", Buffer = "PARCEL-42"u8.ToArray() });
        await Expect(window.GetByTestId("email-attachment").Filter(new() { HasText = "label.txt" })).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await window.GetByTestId("email-send").ClickAsync();

        await Expect(entries.Nth(1)).ToHaveAttributeAsync("data-expired", "true", new() { Timeout = 60_000 });
        var sent = (await stack.Control.SentEmailsAsync()).EnumerateArray().Single(s => s.GetProperty("parentInteractionId").GetString() == id);
        var html = sent.GetProperty("html").GetString()!;
        Assert.Contains("It ships <b>today</b>", html, StringComparison.Ordinal);
        Assert.Equal(["carol@customer.example"], sent.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["label.txt"], sent.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }
}
