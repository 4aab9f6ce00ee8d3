using System.Text.RegularExpressions;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Make a call" (Advanced Dial, redial) and "Call history".</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class MakeCallTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task Advanced_Dial_requires_an_account_code_stays_open_next_time_and_the_call_history_filters_the_calls()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await browser.ByTestId("make-call").ClickAsync();
        await Expect(browser.ByTestId("make-call-advanced")).ToHaveCountAsync(0);
        await browser.ByTestId("make-call-advanced-toggle").ClickAsync();
        foreach (var key in "3175550190")
        {
            await browser.Page.Locator($"[data-testid=dial-key][data-key='{key}']").ClickAsync();
        }

        await Expect(browser.ByTestId("make-call-number")).ToHaveValueAsync("3175550190");
        await browser.ByTestId("make-call-dial").ClickAsync();
        await Expect(browser.ByTestId("make-call-error")).ToHaveAttributeAsync("data-code", "dial.accountCodeRequired");
        await browser.ByTestId("make-call-account-code").SelectOptionAsync("100");
        await browser.ScreenshotAsync("60-advanced-dial");
        await browser.ByTestId("make-call-dial").DblClickAsync();
        await Expect(browser.ByTestId("make-call-dialog")).ToHaveCountAsync(0);

        var call = browser.ByTestId("interaction").Filter(new() { HasText = "(317) 555-0190" });
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await Task.Delay(1000);
        await Expect(call).ToHaveCountAsync(1);
        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Disconnected");

        // Double-clicking the disconnected call dials it again.
        await call.GetByRole(Microsoft.Playwright.AriaRole.Button).First.DblClickAsync();
        await Expect(call).ToHaveCountAsync(2);
        await Expect(call.First).ToHaveAttributeAsync("data-state", "Connected");
        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(call.First).ToHaveAttributeAsync("data-state", "Disconnected");

        // The section opens as it was left.
        await browser.ByTestId("make-call").ClickAsync();
        await Expect(browser.ByTestId("make-call-advanced")).ToBeVisibleAsync();
        await browser.ByTestId("make-call-close").ClickAsync();

        var missed = await stack.Control.InjectCallAsync("3175550191", agentId, "Milo Missed");
        await Expect(browser.Interaction("Milo Missed")).ToHaveAttributeAsync("data-state", "Alerting");
        await stack.Control.RemoteDisconnectAsync(missed);
        await Expect(browser.Interaction("Milo Missed")).ToHaveAttributeAsync("data-state", "Disconnected");

        await browser.ByTestId("tab-history").ClickAsync();
        var entries = browser.ByTestId("history-entry");
        await Expect(entries.Filter(new() { HasText = "(317) 555-0190" })).ToHaveCountAsync(2);
        await Expect(entries.Filter(new() { HasText = "Milo Missed" })).ToHaveAttributeAsync("data-kind", "Missed");
        await Expect(entries.First.GetByTestId("history-duration")).ToHaveTextAsync(new Regex(@"^\d\d:\d\d:\d\d$"));
        await browser.ScreenshotAsync("61-call-history");

        await browser.Page.Locator("[data-testid=history-filter][data-filter=missed]").ClickAsync();
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries).ToContainTextAsync("Milo Missed");
        await browser.Page.Locator("[data-testid=history-filter][data-filter=outgoing]").ClickAsync();
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Filter(new() { HasText = "Milo Missed" })).ToHaveCountAsync(0);
    }
}
