using System.Text.RegularExpressions;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>The status bar and status list (spec: "Statuses in PureConnect for Salesforce").</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class StatusTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task Time_in_status_restarts_with_a_new_status_and_ticks()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.SetStatusAsync("At Lunch");

        var time = browser.ByTestId("status-time");
        await Expect(time).ToHaveTextAsync(new Regex(@"^00:00:0\d$"));
        var shown = await time.TextContentAsync();
        await Expect(time).Not.ToHaveTextAsync(shown!, new() { Timeout = 3_000 });
    }

    [Fact]
    public async Task A_status_added_or_renamed_in_CIC_shows_at_once_in_the_open_list_and_the_status_bar()
    {
        var agentId = stack.TakeAgent();
        var statusId = "Quiet " + Guid.NewGuid().ToString("N")[..6];
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.ByTestId("status-button").ClickAsync();
        await Expect(browser.ByTestId("status-option").First).ToBeVisibleAsync();
        try
        {
            await stack.Control.PutStatusAsync(statusId, $"{statusId} hour");

            await Expect(browser.StatusChoice($"{statusId} hour")).ToBeVisibleAsync(); // the list was not reopened
            await browser.StatusChoice($"{statusId} hour").ClickAsync();
            await Expect(browser.ByTestId("status-text")).ToHaveTextAsync($"{statusId} hour");

            await browser.ByTestId("status-button").ClickAsync();
            await Expect(browser.StatusChoice($"{statusId} hour")).ToBeVisibleAsync();
            await stack.Control.PutStatusAsync(statusId, $"{statusId} time");

            await Expect(browser.StatusChoice($"{statusId} time")).ToBeVisibleAsync();
            await Expect(browser.ByTestId("status-text")).ToHaveTextAsync($"{statusId} time");
            await browser.ScreenshotAsync("10b-status-list-live");
        }
        finally
        {
            if (await browser.ByTestId("status-picker").IsVisibleAsync())
            {
                await browser.ByTestId("status-close").ClickAsync();
            }

            await browser.SetStatusAsync("Available");
            await stack.Control.RemoveStatusAsync(statusId);
        }
    }

    [Fact]
    public async Task Favorite_statuses_are_buttons_above_the_list_and_are_kept_for_the_agent()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("status-button").ClickAsync();
        await browser.ByTestId("status-search").FillAsync("lun");
        await Expect(browser.ByTestId("status-option")).ToHaveCountAsync(1);
        await browser.ByTestId("status-option").GetByTestId("favorite-toggle").ClickAsync();
        await Expect(browser.ByTestId("favorite")).ToHaveTextAsync(["At Lunch"]);
        await browser.ByTestId("status-search").FillAsync("");
        await browser.ScreenshotAsync("10-status-list");

        await browser.Page.ReloadAsync();
        await browser.ByTestId("status-button").ClickAsync();
        await Expect(browser.ByTestId("favorite")).ToHaveTextAsync(["At Lunch"]);
        await browser.ByTestId("favorite").ClickAsync();
        await browser.ByTestId("status-details-save").ClickAsync(); // At Lunch may have an "until" time; none given
        await Expect(browser.ByTestId("status-text")).ToHaveTextAsync("At Lunch");
    }

    [Fact]
    public async Task A_status_with_a_time_takes_an_until_in_the_agents_own_time_zone()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync(timeZone: "Asia/Tokyo");
        await browser.LogInAsync(agentId);

        await browser.ByTestId("status-button").ClickAsync();
        await browser.StatusChoice("At Lunch").ClickAsync();
        await Expect(browser.ByTestId("status-until-time")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("status-until-date")).ToHaveCountAsync(0);
        await browser.ByTestId("status-until-time").FillAsync("23:45");
        await browser.ByTestId("status-details-save").ClickAsync();
        await Expect(browser.ByTestId("status-text")).ToHaveTextAsync("At Lunch");
        await Expect(browser.ByTestId("status-until")).ToContainTextAsync("11:45 PM");

        var view = await stack.Grains.GetGrain<PureConnect.Grains.Agents.IAgentGrain>(agentId).GetViewAsync();
        var tokyo = view.Until!.Value.ToOffset(TimeSpan.FromHours(9)); // Japan has no daylight saving time
        Assert.Equal((23, 45), (tokyo.Hour, tokyo.Minute));
        Assert.InRange(view.Until.Value - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task A_forward_status_asks_for_the_forward_number_first()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("status-button").ClickAsync();
        await browser.StatusChoice("Available, Forward").ClickAsync();
        await Expect(browser.ByTestId("status-details")).ToBeVisibleAsync();
        await browser.ByTestId("status-forward-number").FillAsync("3175550100");
        await browser.ByTestId("status-notes").FillAsync("Back at 3");
        await browser.ScreenshotAsync("10b-status-forward");
        await browser.ByTestId("status-details-save").ClickAsync();

        await Expect(browser.ByTestId("status-text")).ToHaveTextAsync("Available, Forward");
        await Expect(browser.ByTestId("status-button")).ToHaveAttributeAsync("title", new Regex("3175550100"));
    }
}
