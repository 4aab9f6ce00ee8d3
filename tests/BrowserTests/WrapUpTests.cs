using System.Text.RegularExpressions;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Wrap up a call": the form shows once a workgroup call disconnects, keeps counting down across a
/// reload (it is server state), and goes away when a code is assigned.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class WrapUpTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_wrap_up_form_survives_a_reload_and_disappears_on_assign()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"UiWrap{Guid.NewGuid():N}"[..14];
        await stack.Control.AddWrapUpWorkgroupAsync(workgroup, agentId, ["Sale", "No Sale", "Callback Requested"], timeLimitSeconds: 120);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await stack.Control.InjectWorkgroupCallAsync("3175550150", workgroup, "Wendy Wrapup");
        var call = browser.Interaction("Wendy Wrapup");
        await browser.ByTestId("alert-pickup").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(browser.ByTestId("wrap-up")).ToHaveCountAsync(0);
        await browser.ByTestId("control-disconnect").ClickAsync();

        var form = browser.ByTestId("wrap-up");
        await Expect(form).ToBeVisibleAsync();
        await Expect(form.GetByTestId("wrap-up-code")).ToHaveCountAsync(3);
        await Expect(form.GetByTestId("wrap-up-assign")).ToBeDisabledAsync();
        var first = await form.GetByTestId("wrap-up-time-left").InnerTextAsync();
        await Expect(form.GetByTestId("wrap-up-time-left")).Not.ToHaveTextAsync(first, new() { Timeout = 5000 });
        await browser.ScreenshotAsync("20-wrap-up");

        await browser.Page.ReloadAsync();
        await Expect(browser.ByTestId("wrap-up")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("wrap-up-time-left")).ToHaveTextAsync(new Regex(@"^\d"));

        await browser.ByTestId("wrap-up").GetByLabel("No Sale").CheckAsync();
        await browser.ByTestId("wrap-up-assign").ClickAsync();
        await Expect(browser.ByTestId("wrap-up")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("wrap-up-error")).ToHaveCountAsync(0);
    }
}
