using System.Net.Http.Json;
using PureConnect.Icws.Dialer;
using PureConnect.Icws.Messages;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Dialer;

public sealed class DialerClientTests
{
    [Fact]
    public void A_preview_pop_reads_its_contact_dispositions_and_timer_and_ignores_unknown_fields()
    {
        var message = Assert.IsType<DialerDataPopMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:dialer:dataPopMessage","isDelta":false,"extra":1,"call":{"__type":"urn:inin.com:dialer:previewPop",
             "interactionId":"1001","campaignId":"c1","campaignName":"Spring","dialingMode":0,"attributes":{"account":"A-1","n":5},
             "autoDisconnectOnDisposition":true,"allowAgentCallbacks":true,"callPlaced":false,"previewTimeout":20,"allowSkip":true,
             "dispositions":[{"label":"Call back","wrapUpCategory":"Scheduled","wrapUpCode":"CB","abandon":false,"future":"x"}],"newField":{}}}
            """));

        var call = message.Call;
        Assert.True(call is { IsPreview: true, CallPlaced: false, PreviewTimeoutSeconds: 20, AllowSkip: true, AutoDisconnectOnDisposition: true });
        Assert.Equal(("1001", "c1", "Spring"), (call.InteractionId, call.CampaignId, call.CampaignName));
        Assert.Equal(("A-1", "5"), (call.Attributes["account"], call.Attributes["n"]));
        Assert.True(Assert.Single(call.Dispositions).SchedulesCallback);
    }

    [Fact]
    public void Campaign_break_and_log_off_messages_are_typed()
    {
        var available = Assert.IsType<DialerAvailableCampaignsMessage>(IcwsMessageParser.Parse(
            """{"__type":"urn:inin.com:dialer:availableCampaignsMessage","campaignsAdded":[{"id":"c1","name":"Spring"}],"agentHasLogonCampaignRight":true}"""));
        var onBreak = Assert.IsType<DialerBreakStatusMessage>(IcwsMessageParser.Parse(
            """{"__type":"urn:inin.com:dialer:breakStatusMessage","breakStatus":2}"""));
        var granted = Assert.IsType<DialerLogoutGrantedMessage>(IcwsMessageParser.Parse(
            """{"__type":"urn:inin.com:dialer:logoutGrantedMessage","campaigns":[{"id":"c1"}]}"""));
        var auto = Assert.IsType<DialerAutoLoginMessage>(IcwsMessageParser.Parse(
            """{"__type":"urn:inin.com:dialer:autoLoginMessage","campaign":{"id":"c2","name":"Fall"}}"""));

        Assert.Equal(("c1", "Spring", true), (available.Added.Single().Id, available.Added.Single().Name, available.AgentHasLogonCampaignRight));
        Assert.Equal(DialerBreakStatus.OnBreak, onBreak.BreakStatus);
        Assert.Equal("c1", granted.Campaigns.Single().Name);
        Assert.Equal("Fall", auto.Campaign.Name);
    }

    [Fact]
    public async Task A_predictive_call_is_popped_dispositioned_and_logged_off_on_the_simulator()
    {
        await using var cic = await CicSimulator.StartAsync(o => o.Campaigns = []);
        using (var created = await cic.Control.PostAsJsonAsync("/control/dialer/campaigns", new
        {
            id = "c1",
            name = "Spring",
            dialingMode = "Predictive",
            secondsBetweenCalls = 0,
            autoDisconnectOnDisposition = true,
            contacts = new[] { new { phone = "+13175550101", name = "Ada", attributes = new Dictionary<string, string> { ["account"] = "A-1" } } },
        }))
        {
            created.EnsureSuccessStatusCode();
        }

        var agent = await cic.LogInAsync("agent1");
        await agent.DialerLogInAsync();
        await agent.DialerLogInAsync("c1");
        await agent.DialerReadyForCallsAsync();
        var pop = await NextAsync<DialerDataPopMessage>(agent);
        Assert.Equal("A-1", pop.Call.Attributes["account"]);

        await agent.DialerLogOffAsync();
        await agent.DialerDispositionAsync(new DialerDisposition("Sale"));

        Assert.Equal("c1", (await NextAsync<DialerLogoutGrantedMessage>(agent)).Campaigns.Single().Id);
    }

    [Fact]
    public async Task Without_a_Dialer_license_the_log_in_is_403()
    {
        await using var cic = await CicSimulator.StartAsync();
        using (var rights = await cic.Control.PutAsJsonAsync("/control/dialer/agents/agent2/rights", new { hasDialerLicense = false }))
        {
            rights.EnsureSuccessStatusCode();
        }

        var agent = await cic.LogInAsync("agent2");
        var refused = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.DialerLogInAsync());

        Assert.Equal((403, "error.request.license.dialer"), (refused.StatusCode, refused.ErrorId));
    }

    private static async Task<T> NextAsync<T>(IcwsSession session)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if ((await session.ReadQueuedMessagesAsync()).OfType<T>().FirstOrDefault() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No {typeof(T).Name} within a minute.");
    }
}
