using System.Net;
using System.Text.Json.Nodes;
using PureConnect.Salesforce.Composite;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Composite: up to 25 subrequests as one API call, always 200, each subrequest with its own status.</summary>
public sealed class CompositeContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private const string ExternalIdField = "PureConnect_InteractionId__c";
    private readonly SalesforceClient _client = org.CreateClient();

    [Fact]
    public async Task A_later_subrequest_uses_an_earlier_result_and_the_whole_request_costs_one_call()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await _client.CreateTaskAsync(new SalesforceTask { Subject = "warm-up" });
        var usedBefore = (await org.Control.UsageAsync()).Used;

        var results = await _client.SendCompositeAsync(
        [
            TaskSubrequests.Create("newTask", SalesforceTask.NewCall(externalId) with { Subject = "created" }, ExternalIdField),
            TaskSubrequests.Update("rename", "@{newTask.id}", new SalesforceTask { Subject = "renamed" }),
            new CompositeSubrequest("GET", "sobjects/Task/@{newTask.id}", "read"),
        ]);

        Assert.Equal([201, 204, 200], results.Select(result => result.HttpStatusCode));
        Assert.Equal(results[0].Id, results[2].Body!.Value.GetProperty("Id").GetString());
        Assert.Equal("renamed", results[2].Body!.Value.GetProperty("Subject").GetString());
        Assert.EndsWith(results[0].Id!, results[0].HttpHeaders["Location"], StringComparison.Ordinal);
        Assert.Equal(usedBefore + 1, (await org.Control.UsageAsync()).Used);
    }

    [Fact]
    public async Task Without_all_or_none_a_failed_subrequest_halts_only_the_ones_that_depend_on_it()
    {
        var good = SalesforceOrgFixture.NewExternalId();

        var results = await _client.SendCompositeAsync(
        [
            TaskSubrequests.Create("bad", new SalesforceTask { Subject = new string('x', 300) }, ExternalIdField),
            TaskSubrequests.Update("dependent", "@{bad.id}", new SalesforceTask { Subject = "never" }),
            TaskSubrequests.Upsert("good", SalesforceTask.NewCall(good) with { Subject = "independent" }, ExternalIdField),
        ]);

        Assert.Equal([400, 400, 201], results.Select(result => result.HttpStatusCode));
        Assert.Equal("STRING_TOO_LONG", results[0].Errors[0].ErrorCode);
        Assert.Equal("PROCESSING_HALTED", results[1].Errors[0].ErrorCode);
        Assert.Equal("independent", (await org.Control.SingleTaskAsync(good)).GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task With_all_or_none_one_failure_rolls_back_every_subrequest()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();

        var results = await _client.SendCompositeAsync(
        [
            TaskSubrequests.Upsert("first", SalesforceTask.NewCall(externalId), ExternalIdField),
            new CompositeSubrequest("PATCH", "sobjects/Task/@{first.id}", "bad", new JsonObject { ["CallType"] = "Conference" }),
        ], allOrNone: true);

        Assert.Equal([400, 400], results.Select(result => result.HttpStatusCode));
        Assert.Equal("PROCESSING_HALTED", results[0].Errors[0].ErrorCode);
        Assert.Equal("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", results[1].Errors[0].ErrorCode);
        Assert.Empty(await org.Control.TasksAsync(externalId));
    }

    [Fact]
    public async Task More_than_25_subrequests_are_refused_by_the_client_and_by_the_org()
    {
        var subrequests = Enumerable.Range(0, 26).Select(i => new CompositeSubrequest("GET", "sobjects/Task/00T000000000001AAA", $"r{i}")).ToList();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.SendCompositeAsync(subrequests));

        var items = string.Join(",", subrequests.Select(s => $$"""{"method":"GET","url":"/services/data/v62.0/sobjects/Task/00T000000000001AAA","referenceId":"{{s.ReferenceId}}"}"""));
        using var response = await org.Control.RawAsync(HttpMethod.Post, "composite", $$"""{"compositeRequest":[{{items}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
