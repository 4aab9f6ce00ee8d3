using PureConnect.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PureConnect.BrowserTests;

/// <summary>Spec, "Place an outbound Interaction Dialer call": "In a predictive campaign, you are automatically connected to a call as
/// soon as it is available. Salesforce screen pops a matching customer record" — here the record the contact list names, in the
/// (simulated) Lightning console through the real Open CTI adapter.</summary>
[Collection(SoftphoneCollection.Name)]
public sealed class ConsoleDialerTests(SoftphoneStackFixture stack)
{
    [Fact]
    public async Task A_campaign_call_whose_contact_names_a_record_pops_that_record_in_the_console()
    {
        var agentId = stack.TakeAgent();
        var campaignId = $"{agentId}-console";
        var contact = await stack.AddRecordAsync("Contact", "Dana Dialed", "(317) 555-0178");
        await stack.Control.AddCampaignAsync(new
        {
            id = campaignId,
            name = "Console Campaign",
            dialingMode = "Predictive",
            secondsBetweenCalls = 0,
            autoDisconnectOnDisposition = true,
            agents = new[] { agentId },
            contacts = new[]
            {
                new { phone = "+13175550178", name = "Dana Dialed", attributes = new Dictionary<string, string> { [SoftphoneStackFixture.DialerRecordIdAttribute] = contact } },
            },
        });
        await using var console = await stack.OpenConsoleAsync(agentId);
        await console.LogInAsync(agentId);

        await console.InSoftphone("dialer-menu").ClickAsync();
        await console.InSoftphone("dialer-login").ClickAsync();
        await console.Softphone.Locator($"[data-testid=dialer-campaign][data-campaign='{campaignId}']").CheckAsync();

        var call = console.InSoftphone("dialer-call");
        await Expect(call).ToBeVisibleAsync();
        await Expect(console.Page.Locator($"[data-testid=console-event][data-kind=screenPop][data-record-id='{contact}']")).ToHaveCountAsync(1);
        await Expect(console.Page.GetByTestId("current-record")).ToHaveAttributeAsync("data-record-id", contact);
        await console.ScreenshotAsync("85-console-dialer-screen-pop");

        // Leave Dialer (and then CIC) clean: no further call, the last one dispositioned, then the Dialer log-out.
        await stack.Control.SetCampaignPaceAsync(campaignId, 3600);
        await call.GetByLabel("Sale").CheckAsync();
        await call.GetByTestId("dialer-submit").ClickAsync();
        await Expect(console.InSoftphone("dialer-call")).ToHaveCountAsync(0);
        await console.InSoftphone("dialer-logout").ClickAsync();
        await Expect(console.InSoftphone("dialer-notices")).ToContainTextAsync("You logged out of Dialer.");
        await console.InSoftphone("logout").ClickAsync();
    }
}
