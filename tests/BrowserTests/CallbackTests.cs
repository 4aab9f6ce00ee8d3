using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Respond to callbacks": pick up the callback, open its form with the information icon (the buttons wait for the first
/// attempt), call the number with the phone (the call shows beneath the callback), then Complete; Retry stays disabled while the CIC
/// administrator has not enabled retries.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class CallbackTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task An_agent_opens_the_callback_form_calls_the_number_and_completes_the_callback()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"BtCallback{Guid.NewGuid():N}"[..18];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await stack.Control.SetCallbackRetriesAsync(workgroup, maxRetries: 0, snoozeSeconds: 1);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await stack.Control.RequestCallbackAsync(workgroup, "3175550188", "Robin Requester", "Question about my <b>invoice</b>");
        await browser.ByTestId("alert-pickup").ClickAsync();
        var callback = browser.Interaction("Robin Requester");
        await Expect(callback).ToHaveAttributeAsync("data-state", "Connected");
        await callback.GetByTestId("interaction-callback-info").ClickAsync();

        var form = browser.ByTestId("callback-form");
        await Expect(form.GetByTestId("callback-name")).ToHaveTextAsync("Robin Requester");
        await Expect(form.GetByTestId("callback-message")).ToHaveTextAsync("Question about my <b>invoice</b>");
        await Expect(form.GetByTestId("callback-phone")).ToContainTextAsync("555");
        await Expect(form.GetByTestId("callback-complete")).ToBeDisabledAsync();
        await Expect(form.GetByTestId("callback-retry")).ToBeDisabledAsync();
        await Expect(form.GetByTestId("callback-fail")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("60-callback-form");

        await form.GetByTestId("callback-call").ClickAsync();
        var beneath = browser.Page.Locator($"[data-testid=interaction][data-beneath='{await callback.GetAttributeAsync("data-key")}']");
        await Expect(beneath).ToHaveCountAsync(1);
        await Expect(form.GetByTestId("callback-complete")).ToBeEnabledAsync();
        await Expect(form.GetByTestId("callback-fail")).ToBeEnabledAsync();
        await Expect(form.GetByTestId("callback-retry")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("61-callback-called");

        await form.GetByTestId("callback-complete").ClickAsync();
        await Expect(form.GetByTestId("callback-outcome")).ToHaveAttributeAsync("data-outcome", "Success");
        await Expect(form.GetByTestId("callback-fail")).ToBeDisabledAsync();
        await Expect(form.GetByTestId("callback-call")).ToBeDisabledAsync();
    }
}
