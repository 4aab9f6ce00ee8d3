using System.Net;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Task create and update through the client, and the org's field rules as their errors reach the caller.</summary>
public sealed class TaskContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private readonly SalesforceClient _client = org.CreateClient();

    [Fact]
    public async Task A_call_log_is_stored_with_its_call_fields_and_the_org_defaults()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        var saved = await _client.CreateTaskAsync(SalesforceTask.NewCall(externalId) with
        {
            Subject = "Inbound call from (317) 555-0199",
            CallObject = "2001234567",
            CallType = SalesforceCallType.Inbound,
            CallDurationInSeconds = 125,
            CallDisposition = "Sale",
            Description = "Customer asked for a quote.",
            ActivityDate = new DateOnly(2026, 3, 1),
        });

        var task = await org.Control.SingleTaskAsync(externalId);
        Assert.True(saved.Success);
        Assert.StartsWith("00T", saved.Id, StringComparison.Ordinal);
        Assert.Equal(18, saved.Id!.Length);
        Assert.Equal("Inbound", task.GetProperty("CallType").GetString());
        Assert.Equal(125, task.GetProperty("CallDurationInSeconds").GetInt64());
        Assert.Equal("2026-03-01", task.GetProperty("ActivityDate").GetString());
        Assert.Equal("Call", task.GetProperty("TaskSubtype").GetString());
        Assert.Equal("Not Started", task.GetProperty("Status").GetString());
        Assert.Equal("Normal", task.GetProperty("Priority").GetString());
        Assert.False(task.GetProperty("IsClosed").GetBoolean());
    }

    [Fact]
    public async Task Completing_the_call_log_closes_it_and_stamps_the_completion_time()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        var saved = await _client.CreateTaskAsync(SalesforceTask.NewCall(externalId));

        await _client.UpdateTaskAsync(saved.Id!, new SalesforceTask { Status = "Completed", CallDisposition = "Resolved" });

        var task = await org.Control.SingleTaskAsync(externalId);
        Assert.True(task.GetProperty("IsClosed").GetBoolean());
        Assert.NotNull(task.GetProperty("CompletedDateTime").GetString());
        Assert.Equal("Resolved", task.GetProperty("CallDisposition").GetString());
    }

    [Fact]
    public async Task TaskSubtype_is_create_only()
    {
        var saved = await _client.CreateTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()));

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => _client.UpdateTaskAsync(saved.Id!, new SalesforceTask { TaskSubtype = "Call" }));

        Assert.Equal((400, "INVALID_FIELD_FOR_INSERT_UPDATE"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(["TaskSubtype"], error.Fields);
    }

    [Theory]
    [InlineData("Subject", 255)]
    [InlineData("CallObject", 255)]
    [InlineData("CallDisposition", 255)]
    [InlineData("Description", 32_000)]
    public async Task Text_fields_take_their_length_and_refuse_one_character_more(string field, int length)
    {
        SalesforceTask With(int n) => field switch
        {
            "Subject" => new SalesforceTask { Subject = new string('s', n) },
            "CallObject" => new SalesforceTask { CallObject = new string('c', n) },
            "CallDisposition" => new SalesforceTask { CallDisposition = new string('d', n) },
            _ => new SalesforceTask { Description = new string('x', n) },
        };

        Assert.True((await _client.CreateTaskAsync(With(length))).Success);
        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => _client.CreateTaskAsync(With(length + 1)));

        Assert.Equal("STRING_TOO_LONG", error.ErrorCode);
        Assert.Equal([field], error.Fields);
    }

    [Fact]
    public async Task A_lead_cannot_be_the_name_of_a_task_related_to_a_record()
    {
        var lead = await org.Control.AddRecordAsync("Lead", "Alan Turing", "+1 317 555 0177");
        var account = await org.Control.AddRecordAsync("Account", "Acme", "317 555 0100");

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => _client.CreateTaskAsync(new SalesforceTask { WhoId = lead, WhatId = account }));

        Assert.Equal((400, "FIELD_INTEGRITY_EXCEPTION"), (error.StatusCode, error.ErrorCode));
        Assert.True((await _client.CreateTaskAsync(new SalesforceTask { WhoId = lead })).Success);
    }

    [Fact]
    public async Task A_contact_task_related_to_an_account_derives_the_account_and_a_field_can_be_cleared()
    {
        var account = await org.Control.AddRecordAsync("Account", "Globex", "317 555 0160");
        var contact = await org.Control.AddRecordAsync("Contact", "Hank Scorpio", "317 555 0161", accountId: account);
        var externalId = SalesforceOrgFixture.NewExternalId();
        var saved = await _client.CreateTaskAsync(SalesforceTask.NewCall(externalId) with { WhoId = contact, WhatId = account, Subject = "s" });
        Assert.Equal(account, (await org.Control.SingleTaskAsync(externalId)).GetProperty("AccountId").GetString());

        await _client.UpdateTaskAsync(saved.Id!, new SalesforceTask { FieldsToNull = ["Subject", "WhatId"] });

        var task = await org.Control.SingleTaskAsync(externalId);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, task.GetProperty("Subject").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, task.GetProperty("WhatId").ValueKind);
        Assert.Equal(account, task.GetProperty("AccountId").GetString()); // now through the contact
    }

    [Fact]
    public async Task Updating_a_deleted_task_fails_with_ENTITY_IS_DELETED()
    {
        var saved = await _client.CreateTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()));
        using (var deleted = await org.Control.RawAsync(HttpMethod.Delete, $"sobjects/Task/{saved.Id}"))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => _client.UpdateTaskAsync(saved.Id!, new SalesforceTask { Subject = "late" }));

        Assert.Equal((404, "ENTITY_IS_DELETED"), (error.StatusCode, error.ErrorCode));
    }

    [Fact]
    public async Task A_call_type_outside_the_restricted_picklist_is_refused_on_the_wire()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/Task", """{"Subject":"x","CallType":"Conference"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await OrgControl.JsonAsync(response)).EnumerateArray());
        Assert.Equal("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", error.GetProperty("errorCode").GetString());
        Assert.Equal("CallType", Assert.Single(error.GetProperty("fields").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task An_unknown_field_is_refused_as_INVALID_FIELD()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/Task", """{"Subject":"x","Mood__c":"happy"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_FIELD", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }
}
