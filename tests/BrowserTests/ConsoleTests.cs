using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using PureConnect.Grains.Agents;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>
/// The softphone inside the (simulated) Salesforce Lightning console, through the real Open CTI adapter code: click-to-dial from a record,
/// screen pop of a single match, association of the record the agent opens during a live call, and the Omni-Channel presence carried
/// to the toolkit over the Lightning message channel and back without a loop.
/// </summary>
[Collection(SoftphoneCollection.Name)]
public sealed class ConsoleTests(SoftphoneStackFixture stack) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private readonly List<string> _agents = [];

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Agents are Available after log-in: logged out, they take no other test's workgroup calls.</summary>
    public async Task DisposeAsync()
    {
        foreach (var agentId in _agents)
        {
            await stack.Grains.GetGrain<IAgentGrain>(agentId).LogOutAsync();
        }
    }

    private string TakeAgent()
    {
        var agentId = stack.TakeAgent();
        _agents.Add(agentId);
        return agentId;
    }

    [Fact]
    public async Task Click_to_dial_from_a_record_places_the_call_and_the_Task_names_that_record()
    {
        var agentId = TakeAgent();
        var contact = await stack.AddRecordAsync("Contact", "Cody Clicker", "(317) 555-0170");
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);

        await console.Record(contact).GetByTestId("click-to-dial").ClickAsync();

        await Expect(console.Events("clickToDial")).ToHaveCountAsync(1);
        var call = console.Interaction("(317) 555-0170");
        await Expect(call).ToHaveAttributeAsync("data-state", "Connected");
        await console.ScreenshotAsync("80-console-click-to-dial");
        await console.InSoftphone("control-disconnect").ClickAsync();
        await Expect(call).ToHaveAttributeAsync("data-state", "Disconnected");

        var task = await TaskAsync(t => SameId(Field(t, "WhoId"), contact), "a Task naming the contact");
        Assert.Equal("Outbound", Field(task, "CallType"));
    }

    [Fact]
    public async Task An_inbound_call_with_one_match_shows_the_panel_and_pops_the_record()
    {
        var agentId = TakeAgent();
        var contact = await stack.AddRecordAsync("Contact", "Pia Popped", "317-555-0171");
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        await console.SetStatusAsync("Available");

        await stack.Control.InjectCallAsync("3175550171", agentId, "Pia Popped");

        await Expect(console.Page.Locator("[data-testid=console-event][data-kind=panel][data-visible=true]")).Not.ToHaveCountAsync(0);
        await Expect(console.Page.Locator($"[data-testid=console-event][data-kind=screenPop][data-type=SOBJECT][data-record-id='{contact}']")).ToHaveCountAsync(1);
        await Expect(console.Page.GetByTestId("current-record")).ToHaveAttributeAsync("data-record-id", contact);
        await Expect(console.Interaction("Pia Popped")).ToHaveAttributeAsync("data-state", "Alerting");
        await console.ScreenshotAsync("81-console-screen-pop");
    }

    [Fact]
    public async Task Reloading_the_softphone_during_a_call_does_not_pop_the_record_again()
    {
        var agentId = TakeAgent();
        var contact = await stack.AddRecordAsync("Contact", "Rita Reloaded", "317-555-0176");
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        await console.SetStatusAsync("Available");
        await stack.Control.InjectCallAsync("3175550176", agentId, "Rita Reloaded");
        var pops = console.Page.Locator($"[data-testid=console-event][data-kind=screenPop][data-record-id='{contact}']");
        await Expect(pops).ToHaveCountAsync(1);
        await console.InSoftphone("alert-pickup").ClickAsync();
        await Expect(console.Interaction("Rita Reloaded")).ToHaveAttributeAsync("data-state", "Connected");

        await console.ReloadSoftphoneAsync();

        await Expect(console.Page.Locator("[data-testid=console-event][data-kind=initialized]")).ToHaveCountAsync(2);
        await Expect(console.InSoftphone("opencti")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(console.Interaction("Rita Reloaded")).ToHaveAttributeAsync("data-state", "Connected");
        // The reloaded softphone has the call again; a quiet period is the only way to see that no second pop follows.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await Expect(pops).ToHaveCountAsync(1);
        await console.InSoftphone("control-disconnect").ClickAsync();
    }

    [Fact]
    public async Task Records_opened_during_a_live_call_become_its_Name_and_Related_To()
    {
        var agentId = TakeAgent();
        var contact = await stack.AddRecordAsync("Contact", "Nora Navigated", "317-555-0172");
        var account = await stack.AddRecordAsync("Account", "Navigated Industries");
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        await console.SetStatusAsync("Available");
        await console.Page.GetByTestId("reload-records").ClickAsync();

        // Nobody has this number: the pop is the search (the call center's no-match behaviour), no record is chosen.
        await stack.Control.InjectCallAsync("3175550173", agentId, "Unknown Caller");
        await Expect(console.Page.Locator("[data-testid=console-event][data-kind=searchAndScreenPop][data-matches='0']")).ToHaveCountAsync(1);
        await console.InSoftphone("alert-pickup").ClickAsync();
        await Expect(console.Interaction("Unknown Caller")).ToHaveAttributeAsync("data-state", "Connected");

        await console.Record(contact).GetByTestId("open-record").ClickAsync();
        await TaskAsync(t => SameId(Field(t, "WhoId"), contact), "the Task to name the opened contact");
        await console.Record(account).GetByTestId("open-record").ClickAsync();
        var task = await TaskAsync(t => SameId(Field(t, "WhatId"), account), "the Task to relate the opened account");
        Assert.True(SameId(Field(task, "WhoId"), contact));
        await console.ScreenshotAsync("82-console-navigation");
        await console.InSoftphone("control-disconnect").ClickAsync();
    }

    [Fact]
    public async Task A_record_opened_while_the_call_log_has_unsaved_edits_shows_in_the_form_and_saving_keeps_both()
    {
        var agentId = TakeAgent();
        var contact = await stack.AddRecordAsync("Contact", "Fern Formkeeper", "317-555-0174");
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        await console.SetStatusAsync("Available");
        await console.Page.GetByTestId("reload-records").ClickAsync();
        await stack.Control.InjectCallAsync("3175550175", agentId, "Unsaved Caller");
        await console.InSoftphone("alert-pickup").ClickAsync();
        await Expect(console.Interaction("Unsaved Caller")).ToHaveAttributeAsync("data-state", "Connected");
        var log = console.Softphone.GetByTestId("call-log");
        await log.GetByTestId("call-log-comments").FillAsync("Wants a callback on Monday");

        // The server associates the opened contact while the agent's comment is not saved yet.
        await console.Record(contact).GetByTestId("open-record").ClickAsync();
        await TaskAsync(t => SameId(Field(t, "WhoId"), contact), "the Task to name the opened contact");
        await Expect(log.GetByTestId("call-log-name")).ToHaveValueAsync(new Regex($"^{contact[..15]}"));
        await Expect(log.GetByTestId("call-log-comments")).ToHaveValueAsync("Wants a callback on Monday");

        await log.GetByTestId("call-log-save").ClickAsync();
        var task = await TaskAsync(t => Field(t, "Description") == "Wants a callback on Monday", "the Task with the saved comment");
        Assert.True(SameId(Field(task, "WhoId"), contact), $"WhoId {Field(task, "WhoId")}");
        await console.InSoftphone("control-disconnect").ClickAsync();
    }

    [Fact]
    public async Task A_CIC_status_change_moves_Omni_presence_through_the_toolkit_bridge_and_back_without_a_loop()
    {
        var agentId = TakeAgent();
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
        var setPresence = console.Page.Locator("[data-testid=console-event][data-kind=publish][data-type=setPresence]");

        // The log-in syncs the agent's CIC status: Available asks Omni for Busy, which the toolkit applies (one request).
        await Expect(console.Page.GetByTestId("omni-status")).ToHaveAttributeAsync("data-status", "Busy");
        await EventuallyAsync(agent.GetPresenceSyncAsync, s => s.OmniStatusId is not null && s.PendingRequestId is null, "Busy confirmed");
        var atLogIn = await RequestIdsAsync(setPresence);
        Assert.Single(atLogIn);

        // CIC Do Not Disturb asks for Omni Available: the softphone publishes it on the message channel, our utility-bar component
        // applies it with the toolkit and answers, the softphone confirms it to the server.
        await console.SetStatusAsync("Do Not Disturb");
        await Expect(console.Page.GetByTestId("omni-status")).ToHaveAttributeAsync("data-status", "Available");
        // One request for the one change; a softphone whose circuit reconnected may publish the same request again (the toolkit call is
        // idempotent), which is not a second request.
        var all = await EventuallyAsync(() => RequestIdsAsync(setPresence), ids => ids.Length > atLogIn.Length, "the request published");
        var requests = all.Except(atLogIn).ToArray();
        Assert.Single(requests);
        var confirmed = await EventuallyAsync(agent.GetPresenceSyncAsync, s => s.PendingRequestId is null && s.OmniStatusId is not null,
            "the console's confirmation");
        await console.ScreenshotAsync("83-console-omni-sync");

        // No loop: CrmProjector reads the new presence many times meanwhile (every 0.3 s) and nothing is sent back either way. A quiet
        // period is the only way to see that nothing happens.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await Expect(console.InSoftphone("status-text")).ToHaveTextAsync("Do Not Disturb");
        Assert.Subset(all.ToHashSet(), (await RequestIdsAsync(console.Events("omniToolkit"))).ToHashSet());
        Assert.Equal(all, await RequestIdsAsync(setPresence));
        var after = await agent.GetPresenceSyncAsync();
        Assert.Null(after.PendingRequestId);
        Assert.Equal(confirmed.OmniStatusId, after.OmniStatusId);
        await Expect(console.InSoftphone("omni-warning")).ToHaveCountAsync(0);

        // And from Omni: Busy in the Omni-Channel utility sets CIC Available, which is not carried back to Omni.
        await console.SetOmniPresenceAsync("Busy");
        await Expect(console.InSoftphone("status-text")).ToHaveTextAsync("Available", new() { Timeout = 60_000 });
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(all, await RequestIdsAsync(setPresence));
        await Expect(console.Page.GetByTestId("omni-status")).ToHaveAttributeAsync("data-status", "Busy");
    }

    [Fact]
    public async Task A_CIC_status_mapped_to_Offline_logs_the_agent_out_of_Omni_through_the_bridge()
    {
        var agentId = TakeAgent();
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
        await Expect(console.Page.GetByTestId("omni-status")).ToHaveAttributeAsync("data-status", "Busy");

        await console.SetStatusAsync("Gone Home");

        await Expect(console.Page.Locator("[data-testid=console-event][data-kind=omniToolkit][data-status-id=Offline]")).ToHaveCountAsync(1);
        await Expect(console.Page.GetByTestId("omni-status")).ToHaveAttributeAsync("data-status", "");
        await EventuallyAsync(agent.GetPresenceSyncAsync, s => s.OmniStatusId == "Offline" && s.PendingRequestId is null, "the log-out confirmed");
        await Expect(console.InSoftphone("status-text")).ToHaveTextAsync("Gone Home");
    }

    [Fact]
    public async Task A_presence_request_nobody_confirms_shows_a_warning_in_the_softphone()
    {
        var agentId = TakeAgent();
        await using var console = await stack.OpenConsoleAsync(agentId, toolkit: false);
        await console.LogInAsync(agentId);
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
        // The log-in's request (CIC Available → Omni Busy) waits for a console that cannot apply it; the agent's own Busy fulfils it.
        var atLogIn = (await agent.GetPresenceSyncAsync()).PendingRequestId;
        Assert.NotNull(atLogIn);
        await console.SetOmniPresenceAsync("Busy");
        await EventuallyAsync(agent.GetPresenceSyncAsync, s => s.OmniStatusId is not null && s.PendingRequestId is null, "Busy seen by the grain");

        // The request is published, but this console has no utility-bar component to apply it.
        await console.SetStatusAsync("Do Not Disturb");
        var published = console.Page.Locator("[data-testid=console-event][data-kind=publish][data-type=setPresence]");
        var pending = await EventuallyAsync(agent.GetPresenceSyncAsync, s => s.PendingRequestId is not null, "the request for Omni Available");
        await Expect(console.Page.Locator($"[data-testid=console-event][data-kind=publish][data-request-id='{pending.PendingRequestId}']").First).ToBeAttachedAsync();
        await Expect(console.InSoftphone("omni-warning")).ToBeVisibleAsync();
        // One request, and no more while nobody confirms. A quiet period is the only way to see that none follows.
        var requests = (await RequestIdsAsync(published)).Where(id => id != atLogIn).ToArray();
        Assert.Equal([pending.PendingRequestId!], requests);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(requests, (await RequestIdsAsync(published)).Where(id => id != atLogIn));
        await Expect(console.Page.GetByTestId("omni-status")).ToHaveAttributeAsync("data-status", "Busy");
        Assert.NotNull((await agent.GetPresenceSyncAsync()).PendingRequestId);
        await console.ScreenshotAsync("84-console-omni-unconfirmed");
    }

    /// <summary>The distinct request ids of the console's events.</summary>
    private static async Task<string[]> RequestIdsAsync(ILocator events) =>
        [.. (await events.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.requestId || '')")).Distinct()];

    private static string? Field(JsonElement task, string name) =>
        task.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool SameId(string? a, string b) => a is not null && a.Length >= 15 && a[..15] == b[..15];

    private async Task<JsonElement> TaskAsync(Func<JsonElement, bool> match, string what)
    {
        using var org = new HttpClient { BaseAddress = stack.SalesforceUri };
        return await EventuallyAsync(async () => (await org.GetFromJsonAsync<List<JsonElement>>("/control/tasks"))!.FirstOrDefault(match),
            t => t.ValueKind == JsonValueKind.Object, what);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var until = DateTimeOffset.UtcNow + Deadline;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"Waited {Deadline.TotalSeconds} s for {what}; last: {value}");
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task The_chat_window_pops_out_of_the_softphone_in_the_console_and_works_there()
    {
        var agentId = TakeAgent();
        var workgroup = $"BtConChat{Guid.NewGuid():N}"[..18];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);
        await console.SetStatusAsync("Available");

        var chat = await stack.Control.StartChatAsync(workgroup, "Cora Console", "Hello from the web site");
        await Expect(console.Interaction("Cora Console")).ToHaveAttributeAsync("data-state", "Alerting");
        var window = await console.Page.Context.RunAndWaitForPageAsync(() => console.Interaction("Cora Console").GetByTestId("interaction-chat").ClickAsync());

        await Expect(window.GetByTestId("chat-tab")).ToHaveCountAsync(1);
        await window.GetByTestId("chat-control-pickup").ClickAsync();
        await Expect(console.Interaction("Cora Console")).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(window.GetByTestId("chat-text").Filter(new() { HasText = "Hello from the web site" })).ToHaveCountAsync(1);
        await window.GetByTestId("chat-input").FillAsync("Hello Cora");
        await window.GetByTestId("chat-send").ClickAsync();
        await Expect(window.GetByTestId("chat-message").Filter(new() { HasText = "Hello Cora" })).ToHaveAttributeAsync("data-party", "Agent");
        Assert.Contains("Hello Cora", await stack.Control.ChatTextsAsync(chat));
    }
}
