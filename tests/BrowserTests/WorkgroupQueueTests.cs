using Microsoft.Playwright;
using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Workgroup Queues view" and "Filter a Queue View": the Workgroup Queues button opens a window of its own; the agent
/// chooses a workgroup, sees its waiting calls, filters them (the control turns orange, the limit caps the list), and picks one up into
/// My Interactions.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class WorkgroupQueueTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_agent_chooses_a_workgroup_filters_its_queue_and_picks_up_a_waiting_call()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"wgq-{Guid.NewGuid():N}"[..12];
        await stack.Control.AddWorkgroupAsync(workgroup, agentId);
        await stack.Control.SetMemberAsync(workgroup, agentId, activated: false, canActivateSelf: true);
        var ids = new List<string>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            ids.Add(await stack.Control.InjectWorkgroupCallAsync($"317555012{n}", workgroup, $"Quinn Queue {n}"));
        }

        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        var window = await browser.Page.RunAndWaitForPopupAsync(() => browser.ByTestId("open-workgroup-queues").ClickAsync());
        await window.GetByTestId("wgq-workgroup").SelectOptionAsync(workgroup);
        var rows = window.GetByTestId("wgq-row");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.First).ToHaveAttributeAsync("data-state", "Offering");
        await Expect(window.GetByTestId("wgq-filter-open")).ToHaveAttributeAsync("data-filtered", "false");

        await window.GetByTestId("wgq-filter-open").ClickAsync();
        await window.GetByTestId("wgq-limit").FillAsync("2");
        await window.GetByTestId("wgq-limit").DispatchEventAsync("change");
        await window.GetByTestId("wgq-filter-apply").ClickAsync(new() { Position = new Position { X = 5, Y = 5 } });
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(window.GetByTestId("wgq-count")).ToHaveAttributeAsync("data-matching", "3");
        await Expect(window.GetByTestId("wgq-filter-open")).ToHaveAttributeAsync("data-filtered", "true");

        await window.GetByTestId("wgq-filter-open").ClickAsync();
        await window.GetByTestId("wgq-filter-state-none").ClickAsync();
        await window.GetByTestId("wgq-filter-apply").ClickAsync(new() { Position = new Position { X = 5, Y = 5 } });
        await Expect(window.GetByTestId("wgq-empty")).ToBeVisibleAsync();
        await window.GetByTestId("wgq-filter-open").ClickAsync();
        await window.GetByTestId("wgq-filter-state-all").ClickAsync();
        await window.GetByTestId("wgq-filter-apply").ClickAsync(new() { Position = new Position { X = 5, Y = 5 } });
        await Expect(rows).ToHaveCountAsync(2);
        await window.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", "80-workgroup-queues.png") });

        await rows.Filter(new() { HasText = "Quinn Queue 1" }).GetByTestId("wgq-pickup").ClickAsync();
        await Expect(window.GetByTestId("queue-tab-interactions")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(window.GetByTestId("interaction").Filter(new() { HasText = "Quinn Queue 1" })).ToHaveAttributeAsync("data-state", "Connected");
        await Expect(browser.Interaction("Quinn Queue 1")).ToHaveAttributeAsync("data-state", "Connected");

        await window.GetByTestId("queue-tab-queues").ClickAsync();
        var picked = rows.Filter(new() { HasText = "Quinn Queue 1" });
        await Expect(picked).ToHaveAttributeAsync("data-user", agentId);
        await Expect(picked.GetByTestId("wgq-pickup")).ToHaveCountAsync(0);
        foreach (var id in ids)
        {
            await stack.Control.RemoteDisconnectAsync(id);
        }
    }
}
