using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Make a conference call": drag one call onto another, confirm, and the conference shows its participants; it lasts while
/// more than one party remains.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class ConferenceTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task Dragging_a_held_call_onto_a_connected_one_starts_a_conference_that_outlives_one_party_hanging_up()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        var first = await stack.Control.InjectCallAsync("3175550170", agentId, "Fran First");
        var held = browser.Interaction("Fran First");
        await browser.ByTestId("alert-pickup").ClickAsync();
        await Expect(held).ToHaveAttributeAsync("data-state", "Connected");
        await stack.Control.InjectCallAsync("3175550171", agentId, "Sam Second");
        var connected = browser.Interaction("Sam Second");
        await browser.ByTestId("alert-pickup").ClickAsync();
        await Expect(connected).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(held).ToHaveAttributeAsync("data-state", "Held");

        await held.DragToAsync(connected);
        await Expect(browser.ByTestId("conference-confirm")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("40-conference-confirm");
        await browser.ByTestId("conference-start").ClickAsync();

        var conference = browser.Page.Locator("[data-testid=interaction][data-object-type=Conference]");
        await Expect(conference).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(conference.GetByTestId("conference-parties")).ToHaveAttributeAsync("data-count", "3"); // the agent and both callers
        await Expect(held.GetByTestId("conference-member")).ToBeVisibleAsync();
        await Expect(held).ToHaveAttributeAsync("data-state", "Connected");
        await browser.ScreenshotAsync("41-conference");

        await stack.Control.RemoteDisconnectAsync(first);
        await Expect(held).ToHaveAttributeAsync("data-state", "Disconnected");
        await Expect(conference.GetByTestId("conference-parties")).ToHaveAttributeAsync("data-count", "2");
        await Expect(conference).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(connected).ToHaveAttributeAsync("data-state", "Connected");
    }
}
