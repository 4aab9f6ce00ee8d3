using System.Text.RegularExpressions;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>The login steps (spec: "Log in", "Log in to a secure system", "Change your password", "Change station").</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class LoginTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task Each_login_step_has_its_page_and_the_session_survives_a_reload_and_a_second_tab()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.Page.GotoAsync("/");
        await Expect(browser.ByTestId("login")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("01-login");

        await browser.SubmitCredentialsAsync(agentId, SoftphoneStackFixture.Password);
        await Expect(browser.ByTestId("agreement-text")).ToContainTextAsync("employee code of conduct");
        await browser.ScreenshotAsync("02-agreement");
        await browser.ByTestId("agreement-accept").ClickAsync();

        await Expect(browser.ByTestId("station-kinds")).ToBeVisibleAsync();
        await browser.ByTestId("station-kind-remote-number").CheckAsync();
        await Expect(browser.ByTestId("station-persistent")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("station-id")).ToBeHiddenAsync();
        await browser.ScreenshotAsync("03a-station-remote-number");
        await browser.ByTestId("station-kind-workstation").CheckAsync();
        await Expect(browser.ByTestId("station-persistent")).ToBeHiddenAsync();
        await browser.ByTestId("station-id").FillAsync(SoftphoneStackFixture.StationOf(agentId));
        await browser.ScreenshotAsync("03-station");
        await browser.ByTestId("station-submit").ClickAsync();
        await Expect(browser.ByTestId("status-text")).Not.ToBeEmptyAsync();

        // The browser holds only AgentUi's own HttpOnly cookie: AgentApi's session and CSRF cookies stay on the server.
        var cookies = await browser.Context.CookiesAsync();
        Assert.Contains(cookies, c => c is { Name: "pc_agentui", HttpOnly: true });
        Assert.DoesNotContain(cookies, c => c.Name is "pc_session" or "pc_csrf");

        await browser.Page.ReloadAsync();
        await Expect(browser.ByTestId("station-name")).ToHaveTextAsync(SoftphoneStackFixture.StationOf(agentId));
        await browser.Page.GotoAsync("/login/agreement");
        await Expect(browser.ByTestId("softphone")).ToBeVisibleAsync();
        var secondTab = await browser.Context.NewPageAsync();
        await secondTab.GotoAsync("/login");
        await Expect(secondTab.GetByTestId("softphone")).ToBeVisibleAsync();
        await Expect(secondTab.GetByTestId("status-text")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        await using var browser = await stack.OpenBrowserAsync();
        await browser.SubmitCredentialsAsync(stack.TakeAgent(), "not-the-password");

        await Expect(browser.ByTestId("error")).ToHaveAttributeAsync("data-code", "login.failed");
        await Expect(browser.ByTestId("error")).ToHaveTextAsync("The user ID or password is incorrect.");
        await Expect(browser.ByTestId("login-password")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_station_in_use_by_another_agent_is_refused()
    {
        var first = stack.TakeAgent();
        var second = stack.TakeAgent();
        await using var firstBrowser = await stack.OpenBrowserAsync();
        await firstBrowser.LogInAsync(first);

        await using var secondBrowser = await stack.OpenBrowserAsync();
        await secondBrowser.SubmitCredentialsAsync(second, SoftphoneStackFixture.Password);
        await secondBrowser.ByTestId("agreement-accept").ClickAsync();
        await secondBrowser.SelectWorkstationAsync(SoftphoneStackFixture.StationOf(first));

        await Expect(secondBrowser.ByTestId("error")).ToHaveAttributeAsync("data-code", "station.inUse");
        await Expect(secondBrowser.ByTestId("error")).ToHaveTextAsync("That station is in use by another user.");
        await secondBrowser.ScreenshotAsync("03b-station-in-use");

        await secondBrowser.SelectWorkstationAsync(SoftphoneStackFixture.StationOf(second));
        await Expect(secondBrowser.ByTestId("station-name")).ToHaveTextAsync(SoftphoneStackFixture.StationOf(second));
    }

    [Fact]
    public async Task The_station_page_starts_with_the_agents_default_workstation_when_none_is_remembered()
    {
        var agentId = stack.TakeAgent();
        await stack.Control.SetDefaultWorkstationAsync(agentId, SoftphoneStackFixture.StationOf(agentId));
        try
        {
            await using var browser = await stack.OpenBrowserAsync();
            await browser.SubmitCredentialsAsync(agentId, SoftphoneStackFixture.Password);
            await browser.ByTestId("agreement-accept").ClickAsync();

            await Expect(browser.ByTestId("station-id")).ToHaveValueAsync(SoftphoneStackFixture.StationOf(agentId));
            await Expect(browser.ByTestId("station-remember")).Not.ToBeCheckedAsync();
            await browser.ByTestId("station-submit").ClickAsync();
            await Expect(browser.ByTestId("station-name")).ToHaveTextAsync(SoftphoneStackFixture.StationOf(agentId));
        }
        finally
        {
            await stack.Control.SetDefaultWorkstationAsync(agentId, null);
        }
    }

    [Fact]
    public async Task Rejecting_the_user_agreement_abandons_the_login()
    {
        await using var browser = await stack.OpenBrowserAsync();
        await browser.SubmitCredentialsAsync(stack.TakeAgent(), SoftphoneStackFixture.Password);

        await browser.ByTestId("agreement-reject").ClickAsync();

        await Expect(browser.ByTestId("login-form")).ToBeVisibleAsync();
        await browser.Page.GotoAsync("/");
        await Expect(browser.ByTestId("login-form")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_expired_password_must_be_changed_and_the_new_passwords_must_match()
    {
        await using var browser = await stack.OpenBrowserAsync();
        await browser.SubmitCredentialsAsync(SoftphoneStackFixture.ExpiredPasswordAgent, SoftphoneStackFixture.Password);
        await browser.ByTestId("agreement-accept").ClickAsync();

        await browser.ByTestId("password-old").FillAsync(SoftphoneStackFixture.Password);
        await browser.ByTestId("password-new").FillAsync("new-secret-2");
        await browser.ByTestId("password-confirm").FillAsync("new-secret-3");
        await browser.ByTestId("password-submit").ClickAsync();
        await Expect(browser.ByTestId("error")).ToHaveAttributeAsync("data-code", "password.mismatch");
        await browser.ScreenshotAsync("03c-change-password");

        await browser.ByTestId("password-old").FillAsync(SoftphoneStackFixture.Password);
        await browser.ByTestId("password-new").FillAsync("new-secret-2");
        await browser.ByTestId("password-confirm").FillAsync("new-secret-2");
        await browser.ByTestId("password-submit").ClickAsync();
        await Expect(browser.ByTestId("station")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Remote_stations_are_offered_only_to_agents_with_the_right()
    {
        await using var browser = await stack.OpenBrowserAsync();
        await browser.SubmitCredentialsAsync(SoftphoneStackFixture.LocalOnlyAgent, SoftphoneStackFixture.Password);
        await browser.ByTestId("agreement-accept").ClickAsync();

        await Expect(browser.ByTestId("station-id")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("station-kinds")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("station-number")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_agent_changes_station_and_logs_out()
    {
        var agentId = stack.TakeAgent();
        var otherStation = SoftphoneStackFixture.StationOf(stack.TakeAgent());
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("change-station").ClickAsync();
        await Expect(browser.ByTestId("station-cancel")).ToBeVisibleAsync();
        await browser.SelectWorkstationAsync(otherStation);
        await Expect(browser.ByTestId("station-name")).ToHaveTextAsync(otherStation);

        await browser.ByTestId("logout").ClickAsync();
        await Expect(browser.ByTestId("login-form")).ToBeVisibleAsync();
        await browser.Page.GotoAsync("/");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/login"));
    }
}
