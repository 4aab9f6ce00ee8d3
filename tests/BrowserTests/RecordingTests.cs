using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Record a call" and "Securely pause a recording": a blue bar under the active button; a snippet takes over an ad hoc
/// recording; a secure pause counts down on the controls and in the call log.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class RecordingTests(SoftphoneStackFixture stack)
{
    private const string BlueBar = "rgb(31, 122, 224)";

    [Fact]
    public async Task Record_shows_the_blue_bar_snip_takes_it_over_and_snip_again_stops()
    {
        var (browser, interactionId) = await ConnectedCallAsync("3175550180", "Rita Record");
        await using var _ = browser;
        await browser.ByTestId("control-more").ClickAsync();
        var record = browser.ByTestId("control-record");
        var snip = browser.ByTestId("control-snip");

        await record.ClickAsync();
        await ExpectOnAsync(record, true);
        await ExpectOnAsync(snip, false);
        await browser.ScreenshotAsync("50-recording");

        // The ad hoc recording merges into the snippet: the bar moves to Snip.
        await snip.ClickAsync();
        await ExpectOnAsync(snip, true);
        await ExpectOnAsync(record, false);
        await Expect(browser.ByTestId("control-securepause")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("51-snippet");
        var recordings = await stack.Control.ListAsync($"recordings?interactionId={interactionId}");
        Assert.Contains(recordings.EnumerateArray(), r => r.GetProperty("kind").GetString() == "AdHoc" && r.GetProperty("mergedInto").GetString() is { Length: > 0 });

        await snip.ClickAsync();
        await ExpectOnAsync(snip, false);
        await ExpectOnAsync(record, false);
        await Expect(record).ToBeEnabledAsync();
    }

    [Fact]
    public async Task A_secure_pause_counts_down_on_the_controls_and_in_the_call_log()
    {
        var (browser, _) = await ConnectedCallAsync("3175550181", "Pia Pause");
        await using var __ = browser;
        await browser.ByTestId("control-more").ClickAsync();
        var pause = browser.ByTestId("control-securepause");

        await pause.ClickAsync();
        await ExpectOnAsync(pause, true);
        var countdown = browser.ByTestId("secure-pause-time-left");
        await Expect(countdown).ToHaveTextAsync(new Regex(@"^00:0\d:\d\d$"));
        var first = await countdown.InnerTextAsync();
        await Expect(countdown).Not.ToHaveTextAsync(first, new() { Timeout = 3_000 });
        await Expect(browser.ByTestId("call-log-secure-pause")).ToContainTextAsync(new Regex(@"\d\d:\d\d:\d\d"));
        await browser.ScreenshotAsync("52-secure-pause");
    }

    private async Task<(SoftphoneBrowser Browser, string InteractionId)> ConnectedCallAsync(string ani, string name)
    {
        var agentId = stack.TakeAgent();
        var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");
        var interactionId = await stack.Control.InjectCallAsync(ani, agentId, name);
        await browser.ByTestId("alert-pickup").ClickAsync();
        await Expect(browser.Interaction(name)).ToHaveAttributeAsync("data-state", "Connected");
        return (browser, interactionId);
    }

    private static async Task ExpectOnAsync(ILocator control, bool on)
    {
        await Expect(control).ToHaveAttributeAsync("aria-pressed", on ? "true" : "false");
        if (on)
        {
            await Expect(control).ToHaveCSSAsync("border-bottom-color", BlueBar);
        }
    }
}
