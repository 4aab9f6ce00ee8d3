using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Use keyboard shortcuts": "?" lists the keys; A sets Available; P, H and D pick up, hold and disconnect the call.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class KeyboardShortcutTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_help_lists_the_keys_and_the_keys_set_Available_pick_up_hold_and_disconnect()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Do Not Disturb");
        var keyboard = browser.Page.Keyboard;

        await keyboard.PressAsync("?");
        await Expect(browser.ByTestId("shortcuts-help")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("shortcut")).ToHaveCountAsync(10);
        await browser.ScreenshotAsync("60-keyboard-shortcuts");
        await keyboard.PressAsync("Escape");
        await Expect(browser.ByTestId("shortcuts-help")).ToHaveCountAsync(0);

        await keyboard.PressAsync("a");
        await Expect(browser.ByTestId("status-text")).ToHaveTextAsync("Available");

        await stack.Control.InjectCallAsync("3175550161", agentId, "Kim Keys");
        var call = browser.Interaction("Kim Keys");
        await Expect(call).ToHaveAttributeAsync("data-state", "Alerting");
        await keyboard.PressAsync("p");
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await keyboard.PressAsync("h");
        await Expect(call).ToHaveAttributeAsync("data-state", "Held");
        await keyboard.PressAsync("d");
        await Expect(call).ToHaveAttributeAsync("data-state", "Disconnected");

        await browser.LogOutAsync();
    }
}
