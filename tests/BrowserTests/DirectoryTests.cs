using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Search for an agent": the Directory view finds agents by name or extension, with their status, a check when logged in
/// and an X when logged out; clicking the extension calls the agent.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class DirectoryTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_directory_shows_who_is_logged_in_and_calls_an_agent_by_the_extension()
    {
        var (agentId, colleagueId, absentId) = (stack.TakeAgent(), stack.TakeAgent(), stack.TakeAgent());
        await using var browser = await stack.OpenBrowserAsync();
        await using var colleague = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await colleague.LogInAsync(colleagueId);
        await colleague.SetStatusAsync("Available");

        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-directory").ClickAsync();
        var search = browser.ByTestId("directory-search");
        await Expect(browser.ByTestId("directory-empty")).ToBeVisibleAsync();

        await search.FillAsync(absentId);
        var absent = Entry(browser, absentId);
        await Expect(absent).ToHaveAttributeAsync("data-presence", "LoggedOut");
        await Expect(absent.GetByTestId("directory-logged-out")).ToBeVisibleAsync();

        await search.FillAsync(colleagueId);
        var present = Entry(browser, colleagueId);
        await Expect(present).ToHaveAttributeAsync("data-presence", "LoggedIn");
        await Expect(present.GetByTestId("directory-status")).ToHaveTextAsync("Available");
        var extension = await present.GetByTestId("directory-call").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(extension));

        await search.FillAsync(extension!.Trim());
        await Expect(browser.ByTestId("directory-entry")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("62-directory");
        await browser.ByTestId("directory-call").ClickAsync();
        await Expect(browser.ByTestId("tab-interactions")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(browser.Interaction(SoftphoneStackFixture.DisplayNameOf(colleagueId))).ToBeVisibleAsync();

        await browser.ByTestId("control-disconnect").ClickAsync();
        await browser.LogOutAsync();
        await colleague.LogOutAsync();
    }

    // By user id: "Agent 6" is also the start of "Agent 60".
    private static Microsoft.Playwright.ILocator Entry(SoftphoneBrowser browser, string agentId) =>
        browser.ByTestId("directory-entry").And(browser.Page.Locator($"[data-id='{agentId}']"));
}
