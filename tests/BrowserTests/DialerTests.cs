using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Interaction Dialer campaigns": log in to a campaign from Menu &gt; Campaigns, a preview call with its data pop
/// and countdown is placed, dispositioned with a callback on the Their Time tab, and its Task reaches Salesforce with the
/// disposition as Call Result and the callback as reminder; CIC log-out waits for the Dialer log-out.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class DialerTests(SoftphoneStackFixture stack)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_preview_call_is_placed_dispositioned_with_a_scheduled_callback_and_logged_in_Salesforce()
    {
        var agentId = stack.TakeAgent();
        var campaignId = $"{agentId}-preview";
        await stack.Control.AddCampaignAsync(new
        {
            id = campaignId,
            name = "Large Preview Campaign",
            dialingMode = "Preview",
            previewTimeoutSeconds = 300,
            secondsBetweenCalls = 0,
            autoDisconnectOnDisposition = true,
            timeZone = "America/New_York",
            agents = new[] { agentId },
            contacts = new[] { new { phone = "+13175550177", name = "Paula Preview", attributes = new Dictionary<string, string> { ["Account"] = "ACCT-77" } } },
        });
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);

        await browser.ByTestId("dialer-menu").ClickAsync();
        await browser.ByTestId("dialer-login").ClickAsync();
        var toggle = browser.Page.Locator($"[data-testid=dialer-campaign][data-campaign='{campaignId}']");
        await toggle.CheckAsync();
        var call = browser.ByTestId("dialer-call");
        await Expect(call).ToBeVisibleAsync();
        await Expect(call.GetByTestId("dialer-data-pop")).ToContainTextAsync("ACCT-77");
        await Expect(call.GetByTestId("dialer-preview-countdown")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("90-dialer-preview");

        await stack.Control.SetCampaignPaceAsync(campaignId, 3600);
        await call.GetByTestId("dialer-place").ClickAsync();
        await Expect(call.GetByTestId("dialer-place")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("dialer-status")).ToHaveAttributeAsync("data-status", "CampaignCall");
        await Expect(browser.Interaction("(317) 555-0177").GetByTestId("interaction-disposition")).ToBeVisibleAsync();

        await call.GetByLabel("Schedule a Callback").CheckAsync();
        var form = call.GetByTestId("dialer-callback");
        await Expect(form).ToBeVisibleAsync();
        await Expect(form.GetByTestId("dialer-their-time")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("current"));
        var tomorrow = DateTime.UtcNow.AddDays(1);
        await form.GetByTestId("dialer-callback-date").FillAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByTestId("dialer-callback-time").FillAsync("10:30");
        await form.GetByTestId("dialer-callback-anyone").CheckAsync();
        await browser.ScreenshotAsync("91-dialer-callback");
        await call.GetByTestId("dialer-submit").ClickAsync();
        await Expect(browser.ByTestId("dialer-call")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("interaction-disposition")).ToHaveCountAsync(0);

        var task = await TaskAsync(t => Text(t, "CallDisposition") == "Schedule a Callback" && Text(t, "Subject")?.StartsWith("Large Preview Campaign", StringComparison.Ordinal) == true);
        Assert.True(task.GetProperty("IsReminderSet").GetBoolean());
        var reminder = DateTimeOffset.Parse(Text(task, "ReminderDateTime")!, CultureInfo.InvariantCulture);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(new DateTime(tomorrow.Year, tomorrow.Month, tomorrow.Day, 10, 30, 0), TimeZoneInfo.ConvertTime(reminder, newYork).DateTime);

        // "You cannot log out of CIC while you are logged in to a campaign."
        await browser.ByTestId("logout").ClickAsync();
        await Expect(browser.ByTestId("logout-refused")).ToBeVisibleAsync();
        await browser.ByTestId("dialer-menu").ClickAsync();
        await browser.ByTestId("dialer-logout").ClickAsync();
        await Expect(browser.ByTestId("dialer-notices")).ToContainTextAsync("You logged out of Dialer.");
    }

    private static string? Text(JsonElement task, string field) =>
        task.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<JsonElement> TaskAsync(Func<JsonElement, bool> match)
    {
        using var org = new HttpClient { BaseAddress = stack.SalesforceUri };
        var until = DateTimeOffset.UtcNow + Deadline;
        while (true)
        {
            var tasks = await org.GetFromJsonAsync<List<JsonElement>>("/control/tasks") ?? [];
            if (tasks.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"Waited {Deadline.TotalSeconds} s for the campaign call's Task; {tasks.Count} Tasks in the org");
            }

            await Task.Delay(200);
        }
    }
}
