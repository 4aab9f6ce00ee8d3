using System.Text.RegularExpressions;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>When the session ends, the softphone goes back to the login page and says why, in the agent's language.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class SessionEndTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task When_the_CIC_session_ends_the_login_page_says_so()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await stack.Control.ExpireSessionsOfAsync(agentId);
        // The agent's grain finds out on its next request to CIC (a heartbeat, another tab's command).
        await stack.Grains.GetGrain<PureConnect.Grains.Agents.IAgentGrain>(agentId).ChangeStatusAsync(new PureConnect.Grains.Agents.ChangeStatus("Available"));

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/login"));
        await Expect(browser.ByTestId("logout-reason")).ToHaveTextAsync("Your CIC session ended. Log in again.");
        await Expect(browser.ByTestId("login-form")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Logging_in_elsewhere_sends_the_first_softphone_to_the_login_saying_so_in_its_language()
    {
        var agentId = stack.TakeAgent();
        await using var first = await stack.OpenBrowserAsync("ja-JP");
        await first.LogInAsync(agentId);

        await using var elsewhere = await stack.OpenBrowserAsync();
        await elsewhere.SubmitCredentialsAsync(agentId, SoftphoneStackFixture.Password);

        await Expect(first.Page).ToHaveURLAsync(new Regex("/login"));
        await Expect(first.ByTestId("logout-reason")).ToHaveTextAsync("別の場所でログインしたため、ログアウトしました。");
    }

    [Fact]
    public async Task A_reason_the_softphone_does_not_know_is_not_shown()
    {
        await using var browser = await stack.OpenBrowserAsync();
        await browser.Page.GotoAsync("/login?reason=%3Cscript%3E");

        await Expect(browser.ByTestId("login-form")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("logout-reason")).ToHaveCountAsync(0);
    }
}
