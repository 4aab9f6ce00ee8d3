using System.Net;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>sObject Collections: up to 200 records per call, 200 with one result per record, partial success.</summary>
public sealed class CollectionContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private readonly SalesforceClient _client = org.CreateClient();

    [Fact]
    public async Task A_collection_create_succeeds_partly_and_reports_each_record_in_order()
    {
        string[] ids = [SalesforceOrgFixture.NewExternalId(), SalesforceOrgFixture.NewExternalId(), SalesforceOrgFixture.NewExternalId()];

        var results = await _client.CreateTasksAsync(
        [
            SalesforceTask.NewCall(ids[0]) with { Subject = "fine" },
            SalesforceTask.NewCall(ids[1]) with { Subject = new string('x', 256) },
            SalesforceTask.NewCall(ids[2]) with { Subject = "also fine" },
        ]);

        Assert.Equal([true, false, true], results.Select(result => result.Success));
        Assert.Equal("STRING_TOO_LONG", Assert.Single(results[1].Errors).ErrorCode);
        Assert.Equal(["Subject"], results[1].Errors[0].Fields);
        Assert.Single(await org.Control.TasksAsync(ids[0]));
        Assert.Empty(await org.Control.TasksAsync(ids[1]));
        Assert.Equal(results[2].Id, (await org.Control.SingleTaskAsync(ids[2])).GetProperty("Id").GetString());
    }

    [Fact]
    public async Task A_collection_upsert_creates_new_tasks_updates_known_ones_and_costs_one_call()
    {
        var known = SalesforceOrgFixture.NewExternalId();
        var fresh = SalesforceOrgFixture.NewExternalId();
        await _client.UpsertTaskAsync(SalesforceTask.NewCall(known) with { Subject = "before" });
        var usedBefore = (await org.Control.UsageAsync()).Used;

        var results = await _client.UpsertTasksAsync(
        [
            new SalesforceTask { ExternalId = known, Subject = "after" },
            SalesforceTask.NewCall(fresh) with { Subject = "new" },
        ]);

        Assert.Equal([false, true], results.Select(result => result.Created!.Value));
        Assert.Equal(usedBefore + 1, (await org.Control.UsageAsync()).Used);
        Assert.Equal("after", (await org.Control.SingleTaskAsync(known)).GetProperty("Subject").GetString());
        Assert.Equal("new", (await org.Control.SingleTaskAsync(fresh)).GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task A_collection_upsert_landing_on_existing_tasks_sends_them_again_without_create_only_fields()
    {
        var (known, fresh) = (SalesforceOrgFixture.NewExternalId(), SalesforceOrgFixture.NewExternalId());
        await _client.UpsertTasksAsync([SalesforceTask.NewCall(known) with { Subject = "first" }]);
        var usedBefore = (await org.Control.UsageAsync()).Used;

        // A retry after a lost answer: the Task id is unknown, so TaskSubtype goes along, but the Task exists.
        var results = await _client.UpsertTasksAsync([SalesforceTask.NewCall(known) with { Subject = "retried" }, SalesforceTask.NewCall(fresh)]);

        Assert.All(results, result => Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.ErrorCode))));
        Assert.Equal([(bool?)false, true], results.Select(result => result.Created));
        Assert.Equal(usedBefore + 2, (await org.Control.UsageAsync()).Used);
        var task = await org.Control.SingleTaskAsync(known);
        Assert.Equal(("retried", "Call"), (task.GetProperty("Subject").GetString(), task.GetProperty("TaskSubtype").GetString()));
        Assert.Equal("Call", (await org.Control.SingleTaskAsync(fresh)).GetProperty("TaskSubtype").GetString());
    }

    [Fact]
    public async Task The_same_external_id_twice_in_one_upsert_fails_both_items()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();

        var results = await _client.UpsertTasksAsync([new SalesforceTask { ExternalId = externalId }, new SalesforceTask { ExternalId = externalId }]);

        Assert.All(results, result => Assert.Equal("DUPLICATE_EXTERNAL_ID", Assert.Single(result.Errors).ErrorCode));
        Assert.Empty(await org.Control.TasksAsync(externalId));
    }

    [Fact]
    public async Task More_than_200_records_are_refused_by_the_client_before_sending_and_by_the_org_on_the_wire()
    {
        var tooMany = Enumerable.Range(0, 201).Select(_ => new SalesforceTask { ExternalId = SalesforceOrgFixture.NewExternalId() }).ToList();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.UpsertTasksAsync(tooMany));

        var records = string.Join(",", Enumerable.Repeat("""{"attributes":{"type":"Task"},"Subject":"x"}""", 201));
        using var response = await org.Control.RawAsync(HttpMethod.Post, "composite/sobjects", $$"""{"allOrNone":false,"records":[{{records}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("EXCEEDED_ID_LIMIT", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task All_or_none_rolls_back_the_valid_records_when_one_fails()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        var body = $$"""
            {"allOrNone":true,"records":[
              {"attributes":{"type":"Task"},"PureConnect_InteractionId__c":"{{externalId}}","Subject":"valid"},
              {"attributes":{"type":"Task"},"CallType":"Conference"}]}
            """;

        using var response = await org.Control.RawAsync(HttpMethod.Post, "composite/sobjects", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await OrgControl.JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal("ALL_OR_NONE_OPERATION_ROLLED_BACK", items[0].GetProperty("errors")[0].GetProperty("statusCode").GetString());
        Assert.Equal("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", items[1].GetProperty("errors")[0].GetProperty("statusCode").GetString());
        Assert.Empty(await org.Control.TasksAsync(externalId));
    }
}
