using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Menu", "Change your password" and "Change station": the menu leads to the softphone's views and to the password and
/// station changes, which a logged-in agent can make at any time.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class MenuTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_menu_changes_the_password_at_any_time_and_the_new_password_logs_in()
    {
        const string newPassword = "secret-2-new";
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-change-password").ClickAsync();
        await browser.ByTestId("password-old").FillAsync(SoftphoneStackFixture.Password);
        await browser.ByTestId("password-new").FillAsync(newPassword);
        await browser.ByTestId("password-confirm").FillAsync(newPassword);
        await browser.ByTestId("password-submit").ClickAsync();
        await Expect(browser.ByTestId("password-changed")).ToBeVisibleAsync();
        await browser.ByTestId("password-back").ClickAsync();
        await Expect(browser.ByTestId("status-text")).Not.ToBeEmptyAsync();
        await browser.LogOutAsync();

        await browser.SubmitCredentialsAsync(agentId, newPassword);
        await browser.ByTestId("agreement-accept").ClickAsync();
        await browser.SelectWorkstationAsync(SoftphoneStackFixture.StationOf(agentId));
        await Expect(browser.ByTestId("status-text")).Not.ToBeEmptyAsync();
        await browser.LogOutAsync();
    }

    [Fact]
    public async Task The_menu_opens_the_views_and_the_station_change()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("menu-open").ClickAsync();
        await Expect(browser.ByTestId("menu-call-log")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("61-menu");
        await browser.ByTestId("menu-history").ClickAsync();
        await Expect(browser.ByTestId("tab-history")).ToHaveAttributeAsync("aria-selected", "true");
        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-interactions").ClickAsync();
        await Expect(browser.ByTestId("tab-interactions")).ToHaveAttributeAsync("aria-selected", "true");
        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-shortcuts").ClickAsync();
        await Expect(browser.ByTestId("shortcuts-help")).ToBeVisibleAsync();
        await browser.ByTestId("shortcuts-close").ClickAsync();

        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-change-station").ClickAsync();
        await Expect(browser.ByTestId("station-cancel")).ToBeVisibleAsync();
        await browser.ByTestId("station-cancel").ClickAsync();
        await Expect(browser.ByTestId("status-text")).Not.ToBeEmptyAsync();
        await browser.LogOutAsync();
    }
}
