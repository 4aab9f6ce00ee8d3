using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Transfer an interaction": the type-ahead over the CIC directory, and a consult transfer from start to Complete.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class TransferTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task A_consult_transfer_holds_the_caller_calls_the_colleague_and_completes_to_them()
    {
        var (agentA, agentB) = (stack.TakeAgent(), stack.TakeAgent());
        await using var a = await stack.OpenBrowserAsync();
        await using var b = await stack.OpenBrowserAsync();
        await a.LogInAsync(agentA);
        await b.LogInAsync(agentB);
        await a.SetStatusAsync("Available");
        await b.SetStatusAsync("Available");

        await stack.Control.InjectCallAsync("3175550160", agentA, "Connie Consult");
        var caller = a.Interaction("Connie Consult");
        await a.ByTestId("alert-pickup").ClickAsync();
        await Expect(caller).ToHaveAttributeAsync("data-state", "Connected");

        await a.ByTestId("control-transfer").ClickAsync();
        var dialog = a.ByTestId("transfer-dialog");
        await dialog.GetByTestId("transfer-search").FillAsync("Agent");
        await Expect(dialog.GetByTestId("transfer-more")).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("transfer-match")).ToHaveCountAsync(10);

        // Agent A is on a call: the phone icon says so.
        await dialog.GetByTestId("transfer-search").FillAsync(SoftphoneStackFixture.DisplayNameOf(agentA));
        var self = dialog.Locator($"[data-testid=transfer-match][data-id='{agentA}']");
        await Expect(self.GetByTestId("transfer-on-phone")).ToBeVisibleAsync();

        await dialog.GetByTestId("transfer-search").FillAsync("317 555 0100");
        await Expect(dialog.GetByTestId("transfer-dial-digits")).ToContainTextAsync("317 555 0100");

        await dialog.GetByTestId("transfer-search").FillAsync(SoftphoneStackFixture.DisplayNameOf(agentB));
        var colleague = dialog.Locator($"[data-testid=transfer-match][data-id='{agentB}']");
        await Expect(colleague.GetByTestId("transfer-match-status")).ToHaveTextAsync("Available");
        await Expect(colleague.GetByTestId("transfer-on-phone")).ToHaveCountAsync(0);
        await Expect(dialog.GetByTestId("transfer-consult")).ToBeDisabledAsync();
        await colleague.ClickAsync();
        await Expect(dialog.GetByTestId("transfer-blind")).ToBeEnabledAsync();
        await a.ScreenshotAsync("30-transfer-type-ahead");
        await dialog.GetByTestId("transfer-consult").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        await Expect(caller).ToHaveAttributeAsync("data-state", "Held");
        await Expect(caller.GetByTestId("interaction-consult")).ToHaveAttributeAsync("data-consult", "Consulting");
        var leg = a.Interaction(SoftphoneStackFixture.DisplayNameOf(agentB));
        await Expect(leg).ToHaveCountAsync(1);

        var intercom = b.Interaction(SoftphoneStackFixture.DisplayNameOf(agentA));
        await Expect(intercom).ToHaveAttributeAsync("data-state", "Alerting");
        await b.ByTestId("alert-pickup").ClickAsync();
        await Expect(intercom).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(leg).ToHaveAttributeAsync("data-state", "Connected");
        await a.ScreenshotAsync("31-consulting");

        await a.ByTestId("control-transfer").ClickAsync();
        await Expect(a.ByTestId("consult-status")).ToContainTextAsync($"Consulting {SoftphoneStackFixture.DisplayNameOf(agentB)} ·"); // the name, not the user id
        await a.ByTestId("consult-complete").ClickAsync();

        await Expect(caller).ToHaveCountAsync(0);
        await Expect(a.ByTestId("interaction").Filter(new() { HasNotText = "Disconnected" })).ToHaveCountAsync(0);
        await Expect(b.Interaction("Connie Consult")).ToHaveAttributeAsync("data-state", "Connected");
        await b.ScreenshotAsync("32-consult-completed");
    }

    [Fact]
    public async Task Consult_is_offered_only_for_people_and_numbers_and_a_blind_transfer_to_a_number_dials_the_typed_digits()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        var workgroup = $"UiXfer{Guid.NewGuid():N}"[..12];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);

        await stack.Control.InjectCallAsync("3175550161", agentId, "Blake Blind");
        var caller = browser.Interaction("Blake Blind");
        await browser.ByTestId("alert-pickup").ClickAsync();
        await Expect(caller).ToHaveAttributeAsync("data-state", "Connected");

        await browser.ByTestId("control-transfer").ClickAsync();
        var dialog = browser.ByTestId("transfer-dialog");
        await dialog.GetByTestId("transfer-search").FillAsync(workgroup);
        await dialog.Locator($"[data-testid=transfer-match][data-kind=Workgroup]").ClickAsync();
        await Expect(dialog.GetByTestId("transfer-blind")).ToBeEnabledAsync();
        await Expect(dialog.GetByTestId("transfer-consult")).ToBeDisabledAsync();

        await dialog.GetByTestId("transfer-search").FillAsync("3175550999");
        await dialog.GetByTestId("transfer-dial-digits").ClickAsync();
        await Expect(dialog.GetByTestId("transfer-consult")).ToBeEnabledAsync();
        await dialog.GetByTestId("transfer-blind").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(caller).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(browser.ByTestId("command-error")).ToHaveCountAsync(0);
    }
}
