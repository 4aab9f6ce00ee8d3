using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests.Infrastructure;

/// <summary>One agent's simulated Lightning console (its own cookies), with the softphone in the utility bar's iframe.</summary>
public sealed class ConsoleBrowser(IBrowserContext context, IPage page, string salesforceUserId) : IAsyncDisposable
{
    public IPage Page => page;

    public string SalesforceUserId => salesforceUserId;

    /// <summary>The softphone inside the console.</summary>
    public IFrameLocator Softphone => page.FrameLocator("[data-testid=softphone-frame]");

    public ILocator InSoftphone(string testId) => Softphone.GetByTestId(testId);

    /// <summary>What the softphone asked of the console (Open CTI), by kind: screenPop, searchAndScreenPop, navigation, panel, publish…</summary>
    public ILocator Events(string kind) => page.Locator($"[data-testid=console-event][data-kind={kind}]");

    public ILocator Record(string recordId) => page.Locator($"[data-testid=record][data-record-id='{recordId}']");

    public ILocator Interaction(string ani) => Softphone.GetByTestId("interaction").Filter(new() { HasText = ani });

    /// <summary>Logs in inside the console's iframe (the login steps come back to the Open CTI page) and waits until Open CTI is ready.</summary>
    public async Task LogInAsync(string agentId)
    {
        await InSoftphone("login-user").FillAsync(agentId);
        await InSoftphone("login-password").FillAsync(SoftphoneStackFixture.Password);
        await InSoftphone("login-submit").ClickAsync();
        await InSoftphone("agreement-accept").ClickAsync();
        await InSoftphone("station-id").FillAsync(SoftphoneStackFixture.StationOf(agentId));
        await InSoftphone("station-submit").ClickAsync();
        await Expect(InSoftphone("status-text")).Not.ToBeEmptyAsync();
        await Expect(InSoftphone("opencti")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-click-to-dial", "enabled");
    }

    public async Task SetStatusAsync(string statusText)
    {
        await InSoftphone("status-button").ClickAsync();
        await InSoftphone("status-choose").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(statusText)}\\s*$") }).ClickAsync();
        await Expect(InSoftphone("status-text")).ToHaveTextAsync(statusText);
    }

    /// <summary>The agent picks a presence in the console's Omni-Channel utility.</summary>
    public async Task SetOmniPresenceAsync(string label)
    {
        await page.GetByTestId("omni-choice").SelectOptionAsync(new SelectOptionValue { Label = label });
        await page.GetByTestId("omni-set").ClickAsync();
    }

    /// <summary>The agent reloads the softphone in the utility bar (its iframe loads the adapter URL again).</summary>
    public async Task ReloadSoftphoneAsync() =>
        await page.GetByTestId("softphone-frame").EvaluateAsync("frame => { frame.src = frame.src; }");

    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
