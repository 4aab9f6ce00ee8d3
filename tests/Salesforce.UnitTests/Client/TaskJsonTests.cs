using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class TaskJsonTests
{
    [Fact]
    public void Only_the_fields_that_are_set_are_written_with_Salesforce_names_and_formats()
    {
        var task = SalesforceTask.NewCall("2001234567") with
        {
            Subject = "Inbound call",
            CallType = SalesforceCallType.Inbound,
            CallDurationInSeconds = 95,
            ActivityDate = new DateOnly(2026, 3, 1),
        };

        Assert.Equal(
            """{"PureConnect_InteractionId__c":"2001234567","Subject":"Inbound call","CallType":"Inbound","CallDurationInSeconds":95,"ActivityDate":"2026-03-01","TaskSubtype":"Call"}""",
            TaskJson.Write(task, "PureConnect_InteractionId__c", withAttributes: false).ToJsonString());
    }

    [Fact]
    public void Fields_to_null_are_written_as_json_null_to_clear_them()
    {
        var json = TaskJson.Write(new SalesforceTask { WhoId = "00Q000000000001AAA", FieldsToNull = ["WhatId"] }, null, withAttributes: false);

        Assert.Equal("""{"WhoId":"00Q000000000001AAA","WhatId":null}""", json.ToJsonString());
    }

    [Fact]
    public void Collections_records_carry_their_type_and_single_upserts_leave_the_external_id_to_the_url()
    {
        var task = new SalesforceTask { ExternalId = "abc", Subject = "s" };

        Assert.Equal("""{"attributes":{"type":"Task"},"Ext__c":"abc","Subject":"s"}""", TaskJson.Write(task, "Ext__c", withAttributes: true).ToJsonString());
        Assert.Equal("""{"Subject":"s"}""", TaskJson.Write(task, null, withAttributes: false).ToJsonString());
    }
}
