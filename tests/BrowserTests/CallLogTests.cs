using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Screen pop" and "Call logs": a known caller pops as a link on the alert bar; after the pickup the call log is the view,
/// names the popped contact, takes comments that reach the Salesforce Task, and turns read-only when the window after the disconnect ends.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class CallLogTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task A_known_caller_pops_and_the_call_log_names_them_takes_comments_and_locks_after_the_window()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await stack.Control.InjectCallAsync("3175550102", agentId, "Grace Hopper");
        var pop = browser.ByTestId("screen-pop");
        await Expect(pop).ToBeVisibleAsync();
        await Expect(pop).ToHaveAttributeAsync("data-kind", "Record");
        await Expect(pop).ToContainTextAsync("Grace Hopper");
        Assert.StartsWith(stack.SalesforceUri.ToString().TrimEnd('/') + "/003", await pop.GetAttributeAsync("href"));
        await browser.ScreenshotAsync("30-screen-pop");

        await browser.ByTestId("alert-pickup").ClickAsync();
        var log = browser.ByTestId("call-log");
        await Expect(log).ToBeVisibleAsync();
        await Expect(log.GetByTestId("call-log-name").Locator("option:checked")).ToContainTextAsync("Grace Hopper");
        await Expect(log.GetByTestId("call-log-subject")).ToHaveAttributeAsync("placeholder", new System.Text.RegularExpressions.Regex("^Call "));
        await log.GetByTestId("call-log-comments").FillAsync("Asked about the invoice");
        await log.GetByTestId("call-log-subject").FillAsync("Invoice question");
        await log.GetByTestId("call-log-save").ClickAsync();
        await Expect(log.GetByTestId("call-log-saved")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("31-call-log");

        await browser.ByTestId("control-disconnect").ClickAsync();
        await Expect(log.GetByTestId("call-log-time-left")).ToBeVisibleAsync();
        await Expect(log.GetByTestId("call-log-read-only")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(log.GetByTestId("call-log-comments")).ToBeDisabledAsync();
        await Expect(log.GetByTestId("call-log-comments")).ToHaveValueAsync("Asked about the invoice");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var tasks = await salesforce.GetFromJsonAsync<List<JsonElement>>("/control/tasks");
        var task = Assert.Single(tasks!, t => t.TryGetProperty("Description", out var d) && d.GetString() == "Asked about the invoice");
        Assert.Equal(("Invoice question", "Completed"), (task.GetProperty("Subject").GetString(), task.GetProperty("Status").GetString()));
    }

    [Fact]
    public async Task Unsaved_call_log_text_survives_a_reload_and_the_save_clears_it()
    {
        var agentId = stack.TakeAgent();
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await stack.Control.InjectCallAsync("3175550177", agentId, "Ada Lovelace");
        await browser.ByTestId("alert-pickup").ClickAsync();
        var log = browser.ByTestId("call-log");
        await log.GetByTestId("call-log-subject").FillAsync("Draft subject");
        await log.GetByTestId("call-log-comments").FillAsync("Typed, not saved");

        await browser.Page.ReloadAsync();
        await browser.Interaction("Ada Lovelace").GetByTestId("interaction-call-log").ClickAsync();
        await Expect(log.GetByTestId("call-log-comments")).ToHaveValueAsync("Typed, not saved");
        await Expect(log.GetByTestId("call-log-subject")).ToHaveValueAsync("Draft subject");

        await log.GetByTestId("call-log-save").ClickAsync();
        await Expect(log.GetByTestId("call-log-saved")).ToBeVisibleAsync();
        Assert.Equal(0, await browser.Page.EvaluateAsync<int>("() => sessionStorage.length"));

        await browser.ByTestId("control-disconnect").ClickAsync();
        await browser.LogOutAsync();
    }
}
