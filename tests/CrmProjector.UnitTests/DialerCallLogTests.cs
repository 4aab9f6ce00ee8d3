using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.CrmProjector.ScreenPop;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class DialerCallLogTests
{
    private static readonly DateTimeOffset Connected = new(2015, 8, 10, 8, 55, 17, TimeSpan.Zero);
    private static readonly DateTimeOffset Callback = new(2015, 8, 11, 14, 0, 0, TimeSpan.Zero);

    private static CallLogState CampaignCall(params InteractionEvent[] more) =>
        new InteractionEvent[]
        {
            new InteractionDiscovered("1001000001", "Call", InteractionDirection.Outbound, "3175550100", "Ada", null, false, Connected, Connected),
            new InteractionConnected(Connected),
            new DialerDataPopRecorded("c1", "Spring Renewals", new Dictionary<string, string> { ["account"] = "A-1" }, Connected),
        }.Concat(more).Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000120150810", p.i + 1, p.e));

    [Fact]
    public void The_disposition_is_the_Call_Result_and_a_scheduled_callback_the_reminder()
    {
        var fields = CallLogProjection.Fields(CampaignCall(
            new DialerDispositionRecorded("Schedule a Callback", "Scheduled", false, false, Callback, true, "agent1", Connected.AddMinutes(1))), new CallLogOptions());

        Assert.Equal(("Schedule a Callback", Callback), (fields.CallDisposition, fields.ReminderAt));
    }

    [Fact]
    public void A_disposition_given_after_the_edit_window_still_reaches_the_Task()
    {
        var ended = CampaignCall(new InteractionDisconnected(DisconnectedBy.Remote, Connected.AddMinutes(1)));

        var dispositioned = CallLogProjection.Evolve(ended, "100100000120150810", ended.Version + 1,
            new DialerDispositionRecorded("Sale", "Success", false, false, null, false, "agent1", Connected.AddMinutes(10)));

        Assert.True(CallLogProjection.Unlocks(ended, dispositioned));
        Assert.False(CallLogProjection.Unlocks(dispositioned, dispositioned));
    }

    [Fact]
    public void The_campaign_goes_to_the_subject_by_default_unless_the_agent_typed_one()
    {
        var state = CampaignCall();

        Assert.Equal("Spring Renewals: Call 8/10/2015, 8:55:17 AM", CallLogProjection.Fields(state, new CallLogOptions()).Subject);
        Assert.Null(CallLogProjection.Fields(state, new CallLogOptions()).Campaign);
        Assert.Equal("Mine", CallLogProjection.Fields(state with { Subject = "Mine" }, new CallLogOptions()).Subject);
    }

    [Fact]
    public void The_campaign_goes_to_a_configured_custom_field()
    {
        var fields = CallLogProjection.Fields(CampaignCall(), new CallLogOptions { DialerCampaignField = "PureConnect_Campaign__c" });
        var task = CallLogTask.From(new PendingCallLog("100100000120150810", 1, fields, "{}", null, null), "PureConnect_Campaign__c");

        Assert.Equal("Call 8/10/2015, 8:55:17 AM", fields.Subject);
        Assert.Equal("Spring Renewals", task.OtherFields["PureConnect_Campaign__c"]);
    }

    [Fact]
    public void A_contact_attribute_holding_a_Salesforce_id_pops_that_record()
    {
        var attributes = new Dictionary<string, string> { ["is_attr_SalesforceId"] = "003000000000001AAA" };

        var decision = DialerScreenPop.ByAttribute(attributes, "IS_ATTR_SALESFORCEID", "3175550100");

        Assert.Equal(new ScreenPopDecision(ScreenPopKind.Record, "003000000000001AAA", "Contact", "3175550100", 1), decision);
    }

    [Theory]
    [InlineData(null, "003000000000001AAA")]
    [InlineData("is_attr_SalesforceId", "not an id")]
    [InlineData("is_attr_Other", "003000000000001AAA")]
    public void Without_a_configured_attribute_holding_an_id_the_number_is_searched(string? configured, string value)
    {
        Assert.Null(DialerScreenPop.ByAttribute(new Dictionary<string, string> { ["is_attr_SalesforceId"] = value }, configured, "3175550100"));
    }
}
