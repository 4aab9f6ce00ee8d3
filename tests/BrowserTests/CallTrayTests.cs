using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Call controls" and "Pick up": Hold on an alerting call, the dial pad's DTMF tones, a request for assistance on an ACD
/// call, and sending a call to voicemail.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class CallTrayTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task An_acd_call_held_at_once_then_dtmf_and_a_request_for_assistance_and_finally_voicemail()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"UiTray{Guid.NewGuid():N}"[..12];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        var interactionId = await stack.Control.InjectWorkgroupCallAsync("3175550195", workgroup, "Ada Acd");
        var call = browser.Interaction("Ada Acd");
        await Expect(call).ToHaveAttributeAsync("data-state", "Alerting");
        await browser.ByTestId("control-hold").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Held");
        await browser.ByTestId("control-pickup").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");

        await browser.ByTestId("control-more").ClickAsync();
        await browser.ByTestId("control-dialpad").ClickAsync();
        foreach (var key in "12#")
        {
            await browser.Page.Locator($"[data-testid=dtmf-dialog] [data-testid=dial-key][data-key='{key}']").ClickAsync();
            await Expect(browser.ByTestId("dtmf-sent")).ToContainTextAsync(key.ToString());
        }

        await browser.ByTestId("dtmf-digits").FillAsync("9*");
        await browser.ByTestId("dtmf-send").ClickAsync();
        await Expect(browser.ByTestId("dtmf-sent")).ToHaveTextAsync("12#9*");
        await browser.ScreenshotAsync("70-dtmf");
        var sent = await stack.Control.ListAsync($"dtmf?interactionId={interactionId}");
        Assert.Equal("12#9*", string.Concat(sent.EnumerateArray().Select(d => d.GetProperty("digits").GetString())));
        await browser.ByTestId("dtmf-close").ClickAsync();

        await browser.ByTestId("control-assistance").ClickAsync();
        await browser.ByTestId("assistance-message").FillAsync("Caller asks for a refund over my limit");
        await browser.ByTestId("assistance-send").ClickAsync();
        await Expect(browser.ByTestId("assistance-dialog")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("control-assistance")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(browser.ByTestId("control-assistance")).ToBeDisabledAsync();
        var requests = await stack.Control.ListAsync("assistance-requests");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("interactionId").GetString() == interactionId
            && r.GetProperty("notes").GetString() == "Caller asks for a refund over my limit");

        await browser.ByTestId("control-voicemail").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Voicemail");
        await Expect(browser.ByTestId("command-error")).ToHaveCountAsync(0);
    }
}
