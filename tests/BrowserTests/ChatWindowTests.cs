using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Work with chats" and "Navigate multiple chats": the chat window pops out from a chat's icon in the interaction view,
/// shows two chats as two tabs with a red unread count on the one not shown, picks them up from its own controls, sends the agent's
/// text with Enter, keeps a refused text in the field, shows the visitor typing, and shows a visitor's markup and script as text; its
/// Hold and the softphone's mirror each other.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class ChatWindowTests(SoftphoneStackFixture stack)
{
    private const string Script = "<script>window.chatInjected = 1</script><b>bold?</b>";

    [Fact]
    public async Task Two_chats_in_two_tabs_with_the_unread_count_on_the_hidden_one_a_text_sent_and_a_script_shown_as_text()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtChat{Guid.NewGuid():N}"[..16];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        var overflow = $"BtChatOver{Guid.NewGuid():N}"[..18];
        await stack.Control.AddWorkgroupAsync(overflow, stack.TakeAgent());
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        var vera = await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "Hello, my order is late");
        var walt = await stack.Control.StartChatAsync(workgroup, "Walt Visitor", "Hi there");
        await Expect(browser.Interaction("Vera Visitor")).ToHaveAttributeAsync("data-state", "Alerting");
        await Expect(browser.Interaction("Walt Visitor")).ToHaveAttributeAsync("data-state", "Alerting");

        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.Interaction("Vera Visitor").GetByTestId("interaction-chat").ClickAsync());
        var tabs = window.GetByTestId("chat-tab");
        await Expect(tabs).ToHaveCountAsync(2);
        var veraTab = tabs.Filter(new() { HasText = "Vera Visitor" });
        var waltTab = tabs.Filter(new() { HasText = "Walt Visitor" });
        await Expect(veraTab.GetByRole(AriaRole.Tab)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(window.GetByTestId("chat-input")).ToBeDisabledAsync();

        await window.GetByTestId("chat-control-pickup").ClickAsync();
        await Expect(veraTab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(browser.Interaction("Vera Visitor")).ToHaveAttributeAsync("data-state", "Connected");
        await waltTab.GetByTestId("chat-tab-select").ClickAsync();
        await window.GetByTestId("chat-control-pickup").ClickAsync();
        await Expect(waltTab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(browser.Interaction("Vera Visitor")).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "Hi there" })).ToHaveCountAsync(1);

        await veraTab.GetByTestId("chat-tab-select").ClickAsync();
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "Hello, my order is late" })).ToHaveCountAsync(1);
        await stack.Control.VisitorSaysAsync(walt, "Are you still there?");
        await Expect(waltTab.GetByTestId("chat-tab-unread")).ToHaveTextAsync("1");
        await Expect(veraTab.GetByTestId("chat-tab-unread")).ToHaveCountAsync(0);

        await stack.Control.VisitorTypingAsync(vera, typing: true);
        await Expect(window.GetByTestId("chat-typing")).ToContainTextAsync("Vera Visitor");
        await stack.Control.VisitorSaysAsync(vera, Script);
        await Expect(window.GetByTestId("chat-typing")).ToHaveCountAsync(0);
        var scriptText = window.GetByTestId("chat-text").Filter(new() { HasText = "window.chatInjected" });
        await Expect(scriptText).ToHaveTextAsync(Script);
        Assert.Equal(0, await window.Locator("[data-testid=chat-messages] script, [data-testid=chat-messages] b").CountAsync());
        Assert.True(await window.EvaluateAsync<bool>("() => window.chatInjected === undefined"));

        var field = window.GetByTestId("chat-input");
        await field.FillAsync(new string('a', 2001));
        await field.PressAsync("Enter");
        await Expect(window.GetByTestId("chat-error")).ToHaveAttributeAsync("data-code", "chat.textTooLong");
        await Expect(field).ToHaveValueAsync(new string('a', 2001));

        await field.FillAsync("Let me check,");
        await field.PressAsync("Shift+Enter");
        await field.PressSequentiallyAsync("one moment.");
        await field.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync("");
        var sent = window.GetByTestId("chat-message").Filter(new() { HasText = "one moment." });
        await Expect(sent).ToHaveAttributeAsync("data-party", "Agent");
        await Expect(sent.GetByTestId("chat-text")).ToHaveTextAsync("Let me check,\none moment.");
        Assert.Contains("Let me check,\none moment.", await stack.Control.ChatTextsAsync(vera));
        var order = await window.GetByTestId("chat-text").AllTextContentsAsync();
        Assert.True(order.ToList().FindIndex(t => t.StartsWith("Hello, my order", StringComparison.Ordinal))
            < order.ToList().FindIndex(t => t.Contains("window.chatInjected", StringComparison.Ordinal)), "oldest first");
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots"));
        await window.ScreenshotAsync(new() { Path = Path.Combine(screenshots.FullName, "70-chat-window.png") });

        await waltTab.GetByTestId("chat-tab-select").ClickAsync();
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "Are you still there?" })).ToHaveCountAsync(1);
        await Expect(waltTab.GetByTestId("chat-tab-unread")).ToHaveCountAsync(0);

        // Transfer, blind, to a workgroup found by the directory type-ahead: the chat leaves the agent and its tab stays, expired, until closed.
        await window.GetByTestId("chat-control-transfer").ClickAsync();
        var dialog = window.GetByTestId("transfer-dialog");
        await dialog.GetByTestId("transfer-search").FillAsync(overflow);
        await dialog.Locator($"[data-testid=transfer-match][data-id='{overflow}']").ClickAsync();
        await dialog.GetByTestId("transfer-blind").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(browser.Interaction("Walt Visitor")).ToHaveCountAsync(0);
        await Expect(waltTab).ToHaveAttributeAsync("data-expired", "true");
        await Expect(window.GetByTestId("chat-input")).ToBeDisabledAsync();
        await Expect(window.GetByTestId("chat-control-disconnect")).ToBeDisabledAsync();
        await waltTab.GetByTestId("chat-tab-close").ClickAsync();
        await Expect(tabs).ToHaveCountAsync(1);

        // Mirrored: the softphone's Disconnect ends the chat in the window too.
        await browser.Interaction("Vera Visitor").GetByRole(AriaRole.Button).First.ClickAsync();
        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(veraTab).ToHaveAttributeAsync("data-expired", "true");
        await Expect(window.GetByTestId("chat-input")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Picking_a_chat_up_in_the_softphone_opens_the_chat_window_on_that_chat()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtChatUp{Guid.NewGuid():N}"[..16];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await stack.Control.StartChatAsync(workgroup, "Pia Pickup", "Anyone there?");
        await Expect(browser.Interaction("Pia Pickup")).ToHaveAttributeAsync("data-state", "Alerting");
        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("alert-pickup").ClickAsync());

        var tab = window.GetByTestId("chat-tab").Filter(new() { HasText = "Pia Pickup" });
        await Expect(tab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(tab.GetByRole(AriaRole.Tab)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "Anyone there?" })).ToHaveCountAsync(1);
        await Expect(window.GetByTestId("chat-input")).ToBeEnabledAsync();
        await Expect(window.GetByTestId("chat-tools")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Hold_in_the_chat_window_holds_the_chat_the_softphone_mirrors_it_and_the_softphones_hold_releases_it_in_the_window()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtChatHold{Guid.NewGuid():N}"[..16];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        await stack.Control.StartChatAsync(workgroup, "Hana Hold", "Can you wait a moment?");
        var chat = browser.Interaction("Hana Hold");
        await Expect(chat).ToHaveAttributeAsync("data-state", "Alerting");
        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("alert-pickup").ClickAsync());
        var tab = window.GetByTestId("chat-tab").Filter(new() { HasText = "Hana Hold" });
        var hold = window.GetByTestId("chat-control-hold");
        await Expect(tab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(hold).ToHaveAttributeAsync("aria-pressed", "false");

        await hold.ClickAsync();
        await Expect(tab).ToHaveAttributeAsync("data-state", "Held");
        await Expect(hold).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(chat).ToHaveAttributeAsync("data-state", "Held");
        await chat.GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(browser.ByTestId("control-hold")).ToHaveAttributeAsync("aria-pressed", "true");

        // Back from the softphone: the window follows.
        await browser.ByTestId("control-hold").ClickAsync();
        await Expect(chat).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(tab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(hold).ToHaveAttributeAsync("aria-pressed", "false");

        // And held again from the window, released from the window.
        await hold.ClickAsync();
        await Expect(browser.ByTestId("control-hold")).ToHaveAttributeAsync("aria-pressed", "true");
        await hold.ClickAsync();
        await Expect(tab).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(chat).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(browser.ByTestId("control-hold")).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task A_file_response_by_its_shortcut_goes_to_the_web_visitor_as_a_file_and_shows_as_a_file_entry()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtChatFile{Guid.NewGuid():N}"[..16];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        var chat = await stack.Control.StartChatAsync(workgroup, "Fred File", "Can you send me the brochure?");
        await Expect(browser.Interaction("Fred File")).ToHaveAttributeAsync("data-state", "Alerting");
        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("alert-pickup").ClickAsync());
        var field = window.GetByTestId("chat-input");
        await Expect(field).ToBeEnabledAsync();

        var page = browser.Page;
        await page.GotoAsync("/responses");
        await page.GetByTestId("personal-kind").SelectOptionAsync("File");
        await page.GetByTestId("personal-name").FillAsync("Brochure");
        await page.GetByTestId("personal-shortcut").FillAsync("broch");
        await page.GetByTestId("personal-value").FillAsync(@"\\files\sales\brochure.pdf");
        await page.GetByTestId("personal-save").ClickAsync();
        await Expect(page.GetByTestId("personal-status")).ToHaveTextAsync("Saved.");

        await field.FillAsync("broch");
        await field.PressAsync("Control+Space");
        await Expect(field).ToHaveValueAsync("");
        var file = window.GetByTestId("chat-file");
        await Expect(file).ToHaveCountAsync(1);
        await Expect(file.GetByTestId("chat-file-name")).ToHaveTextAsync("brochure.pdf");
        await Expect(window.GetByTestId("chat-error")).ToHaveCountAsync(0);
        Assert.Contains("brochure.pdf", await stack.Control.ChatTextsAsync(chat));
    }

    [Fact]
    public async Task In_the_chat_window_a_shortcut_and_Ctrl_Space_expand_a_response_and_the_Insert_a_Response_dialog_inserts_one()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtChatRm{Guid.NewGuid():N}"[..16];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        var chat = await stack.Control.StartChatAsync(workgroup, "Rosa Response", "Hello?");
        await Expect(browser.Interaction("Rosa Response")).ToHaveAttributeAsync("data-state", "Alerting");
        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("alert-pickup").ClickAsync());
        var field = window.GetByTestId("chat-input");
        await Expect(field).ToBeEnabledAsync();
        var me = SoftphoneStackFixture.DisplayNameOf(agentId);

        // The demo library's "hi": formatted text, plain in a chat, the visitor's name and the agent's own from the macros.
        await field.FillAsync("hi");
        await field.PressAsync("Control+Space");
        await Expect(field).ToHaveValueAsync($"Hello, Rosa Response. My name is {me}. How can I help you?");
        await field.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync("");
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "How can I help you?" })).ToHaveCountAsync(1);
        Assert.Contains($"Hello, Rosa Response. My name is {me}. How can I help you?", await stack.Control.ChatTextsAsync(chat));

        // An unknown shortcut changes nothing.
        await field.FillAsync("nosuchshortcut");
        await field.PressAsync("Control+Space");
        await Expect(field).ToHaveValueAsync("nosuchshortcut");

        await field.FillAsync("Thanks.");
        await window.GetByTestId("chat-insert-response").ClickAsync();
        var dialog = window.GetByTestId("responses-dialog");
        await dialog.GetByTestId("responses-search").FillAsync("signoff");
        await dialog.GetByTestId("response-hit").First.ClickAsync();
        await dialog.GetByTestId("responses-insert").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(field).ToHaveValueAsync($"Thanks. Again, my name is {me}. Thanks for chatting!");
        await window.GetByTestId("chat-send").ClickAsync();
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "Thanks for chatting!" })).ToHaveCountAsync(1);
    }
}
