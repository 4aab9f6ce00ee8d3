using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Start an intercom chat": the Chat link next to a logged-in user in the directory starts a chat and opens the chat window
/// on it, and the other user's softphone shows the chat alerting; for a user who is not logged in the link opens Chat Mail.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class IntercomChatTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_directorys_chat_link_opens_the_chat_window_on_a_new_intercom_chat_and_offers_chat_mail_for_a_logged_out_user()
    {
        var (agentId, colleagueId, absentId) = (stack.TakeAgent(), stack.TakeAgent(), stack.TakeAgent());
        var colleagueName = SoftphoneStackFixture.DisplayNameOf(colleagueId);
        var agentName = SoftphoneStackFixture.DisplayNameOf(agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await using var colleague = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await colleague.LogInAsync(colleagueId);

        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-directory").ClickAsync();
        await browser.ByTestId("directory-search").FillAsync(colleagueId);
        var present = Entry(browser, colleagueId);
        await Expect(present).ToHaveAttributeAsync("data-presence", "LoggedIn");
        await Expect(present.GetByTestId("directory-chat")).ToHaveAttributeAsync("data-action", "StartChat");

        var window = await browser.Page.RunAndWaitForPopupAsync(() => present.GetByTestId("directory-chat").ClickAsync());
        var tab = window.GetByTestId("chat-tab").Filter(new() { HasText = colleagueName });
        await Expect(tab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(tab.GetByRole(Microsoft.Playwright.AriaRole.Tab)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(colleague.Interaction(agentName)).ToHaveAttributeAsync("data-state", "Alerting");

        var field = window.GetByTestId("chat-input");
        await field.FillAsync("Got a minute?");
        await field.PressAsync("Enter");
        var sent = window.GetByTestId("chat-message").Filter(new() { HasText = "Got a minute?" });
        await Expect(sent).ToHaveAttributeAsync("data-party", "Agent");
        await browser.ScreenshotAsync("70-intercom-chat");
        await window.GetByTestId("chat-control-disconnect").ClickAsync();
        await Expect(tab).ToHaveAttributeAsync("data-state", "Disconnected");
        await Expect(colleague.Interaction(agentName)).ToHaveAttributeAsync("data-state", "Disconnected");
        await window.CloseAsync();

        await browser.ByTestId("directory-search").FillAsync(absentId);
        var absent = Entry(browser, absentId);
        await Expect(absent).ToHaveAttributeAsync("data-presence", "LoggedOut");
        await absent.GetByTestId("directory-chat").ClickAsync();
        var dialog = browser.ByTestId("chat-mail-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(browser.ByTestId("chat-mail-send")).ToBeDisabledAsync();
        await browser.ByTestId("chat-mail-text").FillAsync("Please call me back about the Acme order.");
        await browser.ByTestId("chat-mail-send").ClickAsync();
        await Expect(browser.ByTestId("chat-mail-sent")).ToBeVisibleAsync();
        var mail = await stack.Control.ListAsync($"users/{absentId}/chat-mail");
        var only = Assert.Single(mail.EnumerateArray());
        Assert.Equal((agentId, "Please call me back about the Acme order."), (only.GetProperty("from").GetString(), only.GetProperty("text").GetString()));
        await browser.ByTestId("chat-mail-cancel").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        await browser.LogOutAsync();
        await colleague.LogOutAsync();
    }

    private static Microsoft.Playwright.ILocator Entry(SoftphoneBrowser browser, string agentId) =>
        browser.ByTestId("directory-entry").And(browser.Page.Locator($"[data-id='{agentId}']"));
}
