using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>An agent's call from ring to hang-up, as the spec's "Pick up", "Hold" and "Call controls" describe it.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class CallHandlingTests(SoftphoneStackFixture stack)
{
    private const string Black = "rgb(17, 17, 17)";
    private const string Green = "rgb(26, 143, 60)";
    private const string Orange = "rgb(224, 123, 0)";

    [Fact]
    public async Task An_agent_logs_in_sets_a_status_and_picks_up_holds_and_disconnects_an_incoming_call()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await Expect(browser.ByTestId("agent-name")).ToHaveTextAsync(SoftphoneStackFixture.DisplayNameOf(agentId));
        await Expect(browser.ByTestId("station-name")).ToHaveTextAsync(SoftphoneStackFixture.StationOf(agentId));
        await browser.SetStatusAsync("Do Not Disturb");
        await browser.SetStatusAsync("Available");
        await Expect(browser.ByTestId("no-interactions")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("04-softphone-available");

        await stack.Control.InjectCallAsync("3175550142", agentId, "Pat Caller");

        var call = browser.Interaction("Pat Caller");
        await Expect(call).ToHaveAttributeAsync("data-state", "Alerting");
        await Expect(browser.ByTestId("alert-number")).ToHaveTextAsync("(317) 555-0142"); // formatted for the agent's locale (en-US)
        await Expect(call.GetByTestId("state-icon")).ToHaveCSSAsync("color", Black);
        await ExpectControlsAsync(browser, pickup: true, hold: true, mute: false, disconnect: true);
        await browser.ScreenshotAsync("05-alerting");

        await browser.ByTestId("alert-pickup").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(call.GetByTestId("state-icon")).ToHaveCSSAsync("color", Green);
        await Expect(browser.ByTestId("alert-bar")).ToHaveCountAsync(0);
        await ExpectControlsAsync(browser, pickup: false, hold: true, mute: true, disconnect: true);
        await ExpectDurationTicksAsync(call.GetByTestId("interaction-duration"));
        await browser.ScreenshotAsync("06-connected");

        await browser.ByTestId("control-hold").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Held");
        await Expect(call.GetByTestId("state-icon")).ToHaveCSSAsync("color", Orange);
        await Expect(browser.ByTestId("control-hold")).ToHaveAttributeAsync("aria-pressed", "true");
        await browser.ScreenshotAsync("07-held");

        await browser.ByTestId("control-hold").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(browser.ByTestId("control-hold")).ToHaveAttributeAsync("aria-pressed", "false");

        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Disconnected");
        await ExpectControlsAsync(browser, pickup: false, hold: false, mute: false, disconnect: false);
        await browser.ScreenshotAsync("08-disconnected");
    }

    [Fact]
    public async Task Double_clicking_an_alerting_call_picks_it_up_and_mute_is_marked_while_on()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await stack.Control.InjectCallAsync("3175550143", agentId, "Mo Muted");
        var call = browser.Interaction("Mo Muted");
        await call.GetByRole(AriaRole.Button).DblClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");

        await browser.ByTestId("control-mute").ClickAsync();
        await Expect(browser.ByTestId("control-mute")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(browser.ByTestId("control-mute")).ToHaveClassAsync(new Regex(@"\bon\b"));
        await browser.ByTestId("control-mute").ClickAsync();
        await Expect(browser.ByTestId("control-mute")).ToHaveAttributeAsync("aria-pressed", "false");

        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Disconnected");
    }

    [Fact]
    public async Task Make_a_call_refuses_an_invalid_number_and_places_a_valid_one()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("make-call").ClickAsync();
        await browser.ByTestId("make-call-number").FillAsync("call me maybe");
        await browser.ByTestId("make-call-dial").ClickAsync();
        await Expect(browser.ByTestId("make-call-error")).ToHaveAttributeAsync("data-code", "call.invalidNumber");
        await browser.ScreenshotAsync("09-make-call-invalid");

        await browser.ByTestId("make-call-number").FillAsync("317-555-0199");
        await browser.ByTestId("make-call-number").PressAsync("Enter");
        await Expect(browser.ByTestId("make-call-dialog")).ToHaveCountAsync(0);
        var call = browser.ByTestId("interaction").Filter(new() { HasText = "(317) 555-0199" }); // shown in the agent's format
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(call).ToHaveClassAsync(new Regex(@"\bselected\b"));

        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Disconnected");
    }

    private static async Task ExpectControlsAsync(SoftphoneBrowser browser, bool pickup, bool hold, bool mute, bool disconnect)
    {
        foreach (var (control, available) in new[] { ("pickup", pickup), ("hold", hold), ("mute", mute), ("disconnect", disconnect) })
        {
            var button = browser.ByTestId("control-" + control);
            await (available ? Expect(button).ToBeEnabledAsync() : Expect(button).ToBeDisabledAsync());
        }
    }

    private static async Task ExpectDurationTicksAsync(ILocator duration)
    {
        var first = await duration.TextContentAsync();
        Assert.Matches(@"^\d\d:\d\d:\d\d$", first);
        await Expect(duration).Not.ToHaveTextAsync(first!, new() { Timeout = 3_000 });
    }
}
