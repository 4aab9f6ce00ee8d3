using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Create personal responses", "Insert a Response dialog box" and "Use Response Management in a chat": on the
/// personal-responses page with a picked-up web chat, a personal response is created, expanded in the message field by its
/// shortcut and Ctrl+Space with the visitor's name, then found by a search in the Insert a Response dialog and inserted.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class ResponseManagementTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task A_personal_response_is_created_expanded_by_its_shortcut_and_found_and_inserted_from_the_dialog()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtResp{Guid.NewGuid():N}"[..18];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "Hello, my order is late");
        await browser.ByTestId("alert-pickup").ClickAsync();
        var chat = browser.Interaction("Vera Visitor");
        await Expect(chat).ToHaveAttributeAsync("data-state", "Connected");
        var key = await chat.GetAttributeAsync("data-key");

        var page = browser.Page;
        await page.GotoAsync($"/responses?interaction={key}");
        await page.GetByTestId("personal-name").FillAsync("Order status");
        await page.GetByTestId("personal-shortcut").FillAsync("ord");
        await page.GetByTestId("personal-labels").FillAsync("tracking order");
        // The Response Management Editor: formatted text (Bold from its toolbar), a macro from its list.
        var body = page.GetByTestId("personal-body");
        await body.ClickAsync();
        await body.PressSequentiallyAsync("Your order, ");
        await page.GetByTestId("personal-macro").SelectOptionAsync("[Attribute:Eic_RemoteName]");
        await body.PressSequentiallyAsync(", ships ");
        var bold = page.GetByTestId("personal-tool-bold");
        await bold.ClickAsync();
        await Expect(bold).ToHaveAttributeAsync("aria-pressed", "true");
        await body.PressSequentiallyAsync("today");
        await bold.ClickAsync();
        await body.PressSequentiallyAsync(".");
        await Expect(body.Locator("b")).ToHaveTextAsync("today");
        await page.GetByTestId("personal-save").ClickAsync();
        await Expect(page.GetByTestId("personal-status")).ToHaveTextAsync("Saved.");
        await Expect(page.GetByTestId("personal-tree").GetByTestId("response-item")).ToContainTextAsync("Order status");

        var message = page.GetByTestId("response-message");
        await message.FillAsync("Hi! ord");
        await message.PressAsync("Control+Space");
        await Expect(message).ToHaveValueAsync("Hi! Your order, Vera Visitor, ships today.");

        // The saved response loads back formatted. The editor still shows what was just saved, so it is emptied first (New):
        // seeing the formatting again then proves the server's copy loaded, and nothing typed next is overwritten by that load.
        await page.GetByTestId("personal-new").ClickAsync();
        await Expect(page.GetByTestId("personal-body")).ToHaveTextAsync("");
        await page.GetByTestId("personal-tree").GetByTestId("response-item").Filter(new() { HasText = "Order status" }).ClickAsync();
        await Expect(page.GetByTestId("personal-body").Locator("b")).ToHaveTextAsync("today");
        await Expect(page.GetByTestId("personal-status")).ToHaveTextAsync("");
        await page.GetByTestId("personal-body").FillAsync("Bad [Nickname]");
        await page.GetByTestId("personal-save").ClickAsync();
        await Expect(page.GetByTestId("personal-status")).ToHaveTextAsync("Saved.");
        await message.FillAsync("ord");
        await message.PressAsync("Control+Space");
        await Expect(page.GetByTestId("response-message-error")).ToHaveAttributeAsync("data-code", "response.unknownMacro");
        await Expect(message).ToHaveValueAsync("ord");

        await message.FillAsync("Thanks.");
        await page.GetByTestId("responses-open").ClickAsync();
        var dialog = page.GetByTestId("responses-dialog");
        await Expect(dialog.GetByTestId("response-library").First).ToHaveAttributeAsync("data-name", "My Responses");
        await dialog.GetByTestId("responses-search").FillAsync("signoff");
        await dialog.GetByTestId("response-hit").First.ClickAsync();
        await Expect(dialog.GetByTestId("preview-text")).ToHaveTextAsync("Again, my name is [UserName]. Thanks for chatting!");
        await browser.ScreenshotAsync("70-insert-a-response");
        await dialog.GetByTestId("responses-insert").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(message).ToHaveValueAsync($"Thanks. Again, my name is {SoftphoneStackFixture.DisplayNameOf(agentId)}. Thanks for chatting!");

        await page.GetByTestId("responses-open").ClickAsync();
        await dialog.GetByTestId("responses-search").FillAsync("tracking");
        await Expect(dialog.GetByTestId("response-hit")).ToHaveCountAsync(1);
        await Expect(dialog.GetByTestId("response-hit")).ToContainTextAsync("Order status");
    }
}
