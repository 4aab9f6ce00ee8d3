using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Voicemail button", "Voicemail view" and "Playback messages in the Voicemail View": the button's badge counts unheard messages;
/// the view lists them (a blue bar for unheard), filters them, plays the selected one on the agent's phone, downloads its WAV file and deletes it.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class VoicemailTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_agent_plays_filters_downloads_and_deletes_voicemail_and_the_badge_follows()
    {
        var agentId = stack.TakeAgent();
        var first = await stack.Control.DropVoicemailAsync(agentId, "Vic Voicemail", 3, "Please call back");
        await stack.Control.DropVoicemailAsync(agentId, "Wes Waiting", 2);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await Expect(browser.ByTestId("voicemail-badge")).ToHaveTextAsync("2");
        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("open-voicemail").ClickAsync());
        await Expect(window.GetByTestId("queue-tab-voicemail")).ToHaveAttributeAsync("aria-selected", "true");
        var items = window.GetByTestId("voicemail-item");
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.First.GetByTestId("voicemail-from")).ToHaveTextAsync("Wes Waiting");
        var vic = items.Filter(new() { HasText = "Vic Voicemail" });
        await Expect(vic).ToHaveAttributeAsync("data-read", "false");

        await vic.ClickAsync();
        await window.GetByTestId("voicemail-number").FillAsync("call me");
        await window.GetByTestId("voicemail-play-number").ClickAsync();
        await Expect(window.GetByTestId("voicemail-error")).ToHaveAttributeAsync("data-code", "voicemail.invalidNumber");
        await window.GetByTestId("voicemail-play").ClickAsync();
        await Expect(window.GetByTestId("voicemail-playback")).ToHaveTextAsync("Playing the message from Vic Voicemail on your phone.");
        await Expect(vic).ToHaveAttributeAsync("data-read", "true");
        await Expect(window.GetByTestId("voicemail-tab-badge")).ToHaveTextAsync("1");
        await Expect(browser.ByTestId("voicemail-badge")).ToHaveTextAsync("1", new() { Timeout = 60_000 });
        var play = Assert.Single(await stack.Control.VoicemailPlaysAsync(agentId));
        Assert.Equal((first, true), (play.MessageId, play.ToStation));

        await window.GetByTestId("voicemail-stop").ClickAsync();
        await Expect(window.GetByTestId("voicemail-playback")).ToHaveTextAsync("Playback stopped.");

        await window.GetByTestId("voicemail-filter").SelectOptionAsync("Unopened");
        await Expect(items).ToHaveCountAsync(1);
        await Expect(items.First.GetByTestId("voicemail-from")).ToHaveTextAsync("Wes Waiting");
        await window.GetByTestId("voicemail-filter").SelectOptionAsync("All");
        await window.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", "81-voicemail.png") });

        await vic.ClickAsync();
        var download = await window.RunAndWaitForDownloadAsync(() => window.GetByTestId("voicemail-download").ClickAsync());
        Assert.EndsWith(".wav", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = await download.PathAsync();
        var wav = await File.ReadAllBytesAsync(saved);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));

        await window.GetByTestId("voicemail-delete").ClickAsync();
        await Expect(items).ToHaveCountAsync(1);
        await Expect(vic).ToHaveCountAsync(0);
    }
}
