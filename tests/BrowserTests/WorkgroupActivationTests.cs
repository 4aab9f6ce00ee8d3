using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Change your workgroup activation status": Menu > Workgroup Activation, a check box per workgroup; an inactive agent gets
/// none of the workgroup's ACD calls; without the "Activate self" right the change is refused with a reason and the box stays as it was.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class WorkgroupActivationTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task The_agent_deactivates_and_activates_a_workgroup_and_its_waiting_call_then_alerts()
    {
        var agentId = stack.TakeAgent();
        var sales = $"wgui-{Guid.NewGuid():N}"[..13];
        var locked = $"wgrl-{Guid.NewGuid():N}"[..13];
        await stack.Control.AddWorkgroupAsync(sales, agentId);
        await stack.Control.AddWorkgroupAsync(locked, agentId);
        await stack.Control.SetMemberAsync(locked, agentId, activated: true, canActivateSelf: false);
        await using var browser = await stack.OpenBrowserAsync();
        await browser.LogInAsync(agentId);
        await browser.SetStatusAsync("Available");

        await browser.ByTestId("menu-open").ClickAsync();
        await browser.ByTestId("menu-workgroups").ClickAsync();
        var salesBox = browser.Page.Locator($"[data-testid=workgroup][data-workgroup='{sales}'] input");
        var lockedBox = browser.Page.Locator($"[data-testid=workgroup][data-workgroup='{locked}'] input");
        await Expect(salesBox).ToBeCheckedAsync();
        await Expect(lockedBox).ToBeCheckedAsync();
        await browser.ScreenshotAsync("70-workgroup-activation");

        // The call is injected only once CIC has confirmed the deactivation (the list shows CIC's next answer): before, the ACD
        // could still offer it to the agent.
        var list = browser.ByTestId("workgroup-list");
        var reads = await list.GetAttributeAsync("data-reads");
        await salesBox.ClickAsync();
        await Expect(list).Not.ToHaveAttributeAsync("data-reads", reads!);
        await Expect(salesBox).Not.ToBeCheckedAsync();
        await Expect(salesBox).ToBeEnabledAsync();
        await stack.Control.InjectWorkgroupCallAsync("3175550166", sales, "Wanda Waiting");

        await lockedBox.ClickAsync();
        await Expect(browser.ByTestId("workgroups-error")).ToHaveAttributeAsync("data-code", "workgroup.noRight");
        await Expect(lockedBox).ToBeCheckedAsync();
        await Expect(browser.Interaction("Wanda Waiting")).ToHaveCountAsync(0);

        await salesBox.ClickAsync();
        await Expect(salesBox).ToBeCheckedAsync();
        await browser.ByTestId("workgroups-done").ClickAsync();
        await Expect(browser.Interaction("Wanda Waiting")).ToHaveAttributeAsync("data-state", "Alerting");
    }
}
