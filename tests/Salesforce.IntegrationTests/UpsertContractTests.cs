using System.Net;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Upsert by the external id: 201 created, 200 <c>created:false</c> (204 before v46.0), 300 on duplicates.</summary>
public sealed class UpsertContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private readonly SalesforceClient _client = org.CreateClient();

    [Fact]
    public async Task The_first_upsert_creates_and_the_next_updates_the_same_task()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();

        var created = await _client.UpsertTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "ringing" });
        var updated = await _client.UpsertTaskAsync(new SalesforceTask { ExternalId = externalId, Subject = "connected", CallDurationInSeconds = 30 });

        Assert.Equal((true, (bool?)true), (created.Success, created.Created));
        Assert.Equal((true, (bool?)false), (updated.Success, updated.Created));
        Assert.Equal(created.Id, updated.Id);
        var task = await org.Control.SingleTaskAsync(externalId);
        Assert.Equal("connected", task.GetProperty("Subject").GetString());
        Assert.Equal("Call", task.GetProperty("TaskSubtype").GetString());
    }

    [Fact]
    public async Task Repeating_a_create_only_field_in_an_upsert_that_updates_is_harmless_even_where_the_org_refuses_it()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        var call = SalesforceTask.NewCall(externalId) with { Subject = "s" };

        await _client.UpsertTaskAsync(call);
        var again = await _client.UpsertTaskAsync(call with { Subject = "again" });

        Assert.Equal((true, (bool?)false), (again.Success, again.Created));
        var task = await org.Control.SingleTaskAsync(externalId);
        Assert.Equal(("again", "Call"), (task.GetProperty("Subject").GetString(), task.GetProperty("TaskSubtype").GetString()));
    }

    [Fact]
    public async Task The_strict_org_refuses_a_create_only_field_on_the_update_branch_of_an_upsert()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await _client.UpsertTaskAsync(SalesforceTask.NewCall(externalId));

        using var response = await org.Control.RawAsync(HttpMethod.Patch, $"sobjects/Task/PureConnect_InteractionId__c/{externalId}", """{"TaskSubtype":"Call"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_FIELD_FOR_INSERT_UPDATE", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task An_external_id_on_several_tasks_is_a_300_and_nothing_is_written()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await _client.CreateTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "one" });
        await _client.CreateTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "two" });

        var error = await Assert.ThrowsAsync<SalesforceMultipleMatchesException>(() => _client.UpsertTaskAsync(new SalesforceTask { ExternalId = externalId, Subject = "three" }));

        Assert.Equal(300, error.StatusCode);
        Assert.Equal(2, error.Matches.Count);
        Assert.All(error.Matches, match => Assert.Contains("/sobjects/Task/00T", match, StringComparison.Ordinal));
        Assert.Equal(["one", "two"], (await org.Control.TasksAsync(externalId)).Select(task => task.GetProperty("Subject").GetString()));
    }

    [Fact]
    public async Task Before_v46_an_update_answers_204_and_the_client_reports_it_as_not_created()
    {
        var oldClient = org.CreateClient(configure: options => options.ApiVersion = "v45.0");
        var externalId = SalesforceOrgFixture.NewExternalId();

        var created = await oldClient.UpsertTaskAsync(SalesforceTask.NewCall(externalId));
        var updated = await oldClient.UpsertTaskAsync(new SalesforceTask { ExternalId = externalId, Subject = "v45" });

        Assert.Equal(true, created.Created);
        Assert.Equal((true, (bool?)false, (string?)null), (updated.Success, updated.Created, updated.Id));
        Assert.Equal("v45", (await org.Control.SingleTaskAsync(externalId)).GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task On_the_wire_the_external_id_travels_in_the_url_never_in_the_body()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();

        using var response = await org.Control.RawAsync(HttpMethod.Patch, $"sobjects/Task/PureConnect_InteractionId__c/{externalId}",
            $$"""{"Subject":"x","PureConnect_InteractionId__c":"{{externalId}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_FIELD", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
        Assert.Empty(await org.Control.TasksAsync(externalId));
    }

    [Fact]
    public async Task An_upsert_by_a_field_that_is_not_the_external_id_is_404()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Patch, "sobjects/Task/Subject/abc", """{"Subject":"x"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
