using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>What the agent reads on the softphone: the whole caller name, a formatted number, a status dot of the status's colour, the agent's language.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class DisplayTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_alert_bar_shows_the_whole_caller_name_and_the_number_in_the_agents_format()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        const string name = "Maximiliana Cunningham-Featherstonehaugh of Llanfairpwllgwyngyll";

        await stack.Control.InjectCallAsync("3175550143", agentId, name);

        await Expect(browser.ByTestId("alert-name")).ToHaveTextAsync(name);
        await Expect(browser.ByTestId("alert-number")).ToHaveTextAsync("(317) 555-0143");
        var cut = await browser.ByTestId("alert-name").EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth + 1");
        Assert.False(cut, "the caller's name is cut off");
        await browser.ByTestId("control-disconnect").ClickAsync();
    }

    [Fact]
    public async Task Do_Not_Disturb_shows_a_red_status_dot_not_a_green_one()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.SetStatusAsync("Available");
        await Expect(browser.ByTestId("status-dot")).ToHaveCSSAsync("background-color", "rgb(76, 208, 125)");
        await browser.SetStatusAsync("Do Not Disturb");

        await Expect(browser.ByTestId("status-dot")).ToHaveAttributeAsync("data-colour", "busy");
        await Expect(browser.ByTestId("status-dot")).ToHaveCSSAsync("background-color", "rgb(229, 83, 75)");
    }

    [Fact]
    public async Task In_Japanese_the_softphone_has_no_English_word_left()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync("ja-JP");
        await browser.LogInAsync(agentId);

        await stack.Control.InjectCallAsync("3175550144", agentId, "Jun Japan");

        await Expect(browser.Page.Locator(".alert-title")).ToHaveTextAsync("着信");
        await Expect(browser.ByTestId("station").Locator(".label")).ToHaveTextAsync("ステーション");
        await Expect(browser.ByTestId("alert-number")).ToHaveTextAsync("+1 317-555-0144");
        await browser.ByTestId("control-disconnect").ClickAsync();
    }
}
