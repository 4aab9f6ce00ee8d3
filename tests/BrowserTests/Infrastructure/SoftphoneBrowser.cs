using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests.Infrastructure;

/// <summary>One agent's browser (its own cookies) on AgentUi, with the steps most tests take.</summary>
public sealed class SoftphoneBrowser(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context => context;

    public IPage Page => page;

    public ILocator ByTestId(string testId) => page.GetByTestId(testId);

    /// <summary>The row of the interaction whose remote party is <paramref name="ani"/>.</summary>
    public ILocator Interaction(string ani) => page.GetByTestId("interaction").Filter(new() { HasText = ani });

    public async Task SubmitCredentialsAsync(string userId, string password)
    {
        await page.GotoAsync("/login");
        await ByTestId("login-user").FillAsync(userId);
        await ByTestId("login-password").FillAsync(password);
        await ByTestId("login-submit").ClickAsync();
    }

    public async Task SelectWorkstationAsync(string station)
    {
        await ByTestId("station-id").FillAsync(station);
        await ByTestId("station-submit").ClickAsync();
    }

    /// <summary>Logs in through every step (credentials, user agreement, station) and waits for the live softphone.</summary>
    public async Task LogInAsync(string agentId, string? station = null)
    {
        await SubmitCredentialsAsync(agentId, SoftphoneStackFixture.Password);
        await ByTestId("agreement-accept").ClickAsync();
        await SelectWorkstationAsync(station ?? SoftphoneStackFixture.StationOf(agentId));
        await Expect(ByTestId("status-text")).Not.ToBeEmptyAsync();
    }

    /// <summary>Logs out from the softphone's top bar and waits for the login page.</summary>
    public async Task LogOutAsync()
    {
        await ByTestId("logout").ClickAsync();
        await Expect(ByTestId("login-form")).ToBeVisibleAsync();
    }

    /// <summary>Picks a status from the status list and waits until CIC reports it back.</summary>
    public async Task SetStatusAsync(string statusText)
    {
        await ByTestId("status-button").ClickAsync();
        await StatusChoice(statusText).ClickAsync();
        if (AsksForUntil(statusText))
        {
            await ByTestId("status-details-save").ClickAsync(); // saved without an until or notes
        }

        await Expect(ByTestId("status-text")).ToHaveTextAsync(statusText);
    }

    /// <summary>The button of exactly this status in the open status list.</summary>
    /// <summary>Statuses with a date or a time (the simulator's At Lunch, In a Meeting, On Vacation) ask for their "until" before they apply.</summary>
    private static bool AsksForUntil(string statusText) => statusText is "At Lunch" or "In a Meeting" or "On Vacation";

    public ILocator StatusChoice(string statusText) =>
        ByTestId("status-choose").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(statusText)}\\s*$") });

    /// <summary>Saves a screenshot under the test output folder, artifacts/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
