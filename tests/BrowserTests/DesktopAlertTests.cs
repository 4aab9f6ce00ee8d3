using System.Text.RegularExpressions;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Desktop alerts": a call alerting while the softphone is not in front flashes the tab title and shows a desktop
/// notification; clicking it brings the softphone to the front and ends the flashing.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class DesktopAlertTests(SoftphoneStackFixture stack)
{
    // The page is behind another window, and notifications are recorded instead of shown (the permission is granted).
    private const string InBackgroundWithRecordedNotifications = """
        window.__notifications = [];
        window.Notification = class {
            static permission = 'granted';
            static requestPermission() { return Promise.resolve('granted'); }
            constructor(title, options) { this.title = title; this.body = options?.body; window.__notifications.push(this); }
            close() { this.closed = true; }
        };
        document.hasFocus = () => false;
        """;

    [Fact]
    public async Task A_call_alerting_in_the_background_flashes_the_title_and_notifies_and_the_notification_brings_the_softphone_forward()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.Context.AddInitScriptAsync(InBackgroundWithRecordedNotifications);
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        var pageTitle = await browser.Page.TitleAsync();

        await stack.Control.InjectCallAsync("3175550188", agentId, "Nora Notify");
        await Expect(browser.Page).ToHaveTitleAsync(new Regex("^Incoming call: Nora Notify"));
        await browser.Page.WaitForFunctionAsync("() => window.__notifications.length === 1");
        Assert.Equal("Incoming call", await browser.Page.EvaluateAsync<string>("() => window.__notifications[0].title"));
        Assert.Equal("Nora Notify (317) 555-0188", await browser.Page.EvaluateAsync<string>("() => window.__notifications[0].body"));

        await browser.Page.EvaluateAsync("() => window.__notifications[0].onclick()");
        await Expect(browser.Page).ToHaveTitleAsync(pageTitle);
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => window.__notifications[0].closed === true"));

        await browser.ByTestId("alert-pickup").ClickAsync();
        await browser.ByTestId("control-disconnect").ClickAsync();
        await browser.LogOutAsync();
    }
}
