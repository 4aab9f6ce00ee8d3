using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>The softphone follows AgentApi's event stream and reconnects when it drops.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class LiveUpdateTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task After_the_line_to_AgentApi_drops_the_softphone_reconnects_and_shows_what_happened_meanwhile()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        stack.Relay.Cut();
        try
        {
            await Expect(browser.ByTestId("reconnecting")).ToBeVisibleAsync();
            await browser.ScreenshotAsync("12-reconnecting");
            await stack.Control.InjectCallAsync("3175550177", agentId, "Missed While Away");
            await Task.Delay(500);
        }
        finally
        {
            stack.Relay.Restore();
        }

        await Expect(browser.ByTestId("reconnecting")).ToHaveCountAsync(0);
        await Expect(browser.Interaction("Missed While Away")).ToHaveAttributeAsync("data-state", "Alerting");
    }

    [Fact]
    public async Task When_the_CIC_session_ends_the_softphone_goes_back_to_the_login()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await Expect(browser.ByTestId("status-bar")).ToBeVisibleAsync();

        await stack.Control.ExpireSessionsOfAsync(agentId);
        // The agent's grain finds out on its next request to CIC (a heartbeat, another tab's command).
        var result = await stack.Grains.GetGrain<PureConnect.Grains.Agents.IAgentGrain>(agentId)
            .ChangeStatusAsync(new PureConnect.Grains.Agents.ChangeStatus("Available"));
        Assert.False(result.Succeeded);

        await Expect(browser.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await Expect(browser.ByTestId("login-form")).ToBeVisibleAsync();
    }
}
