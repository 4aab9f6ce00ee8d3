using System.Net;
using System.Text.Json;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>What a client and an administrator read back: the Task's describe, a record GET (all fields, null when empty,
/// or those of <c>?fields=</c>), and 404 <c>NOT_FOUND</c> for an id that does not exist.</summary>
public sealed class DescribeAndReadContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private readonly SalesforceClient _client = org.CreateClient();

    [Fact]
    public async Task The_task_describe_names_the_external_id_field_and_the_create_only_subtype()
    {
        var task = await _client.DescribeTaskAsync();

        Assert.Equal("Task", task.Name);
        Assert.True(task.Field("PureConnect_InteractionId__c")?.ExternalId);
        Assert.Equal((true, false), (task.Field("TaskSubtype")!.Createable, task.Field("TaskSubtype")!.Updateable));
        Assert.Equal(("string", 255), (task.Field("Subject")!.Type, task.Field("Subject")!.Length));
        Assert.Null(task.Field("CallId__c"));
    }

    [Fact]
    public async Task A_record_get_answers_every_field_with_null_for_the_empty_ones_or_only_the_fields_asked_for()
    {
        var saved = await _client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()) with { Subject = "read me" });

        using var all = await org.Control.RawAsync(HttpMethod.Get, $"sobjects/Task/{saved.Id}");
        var record = await OrgControl.JsonAsync(all);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("read me", record.GetProperty("Subject").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("Description").ValueKind);

        using var some = await org.Control.RawAsync(HttpMethod.Get, $"sobjects/Task/{saved.Id}?fields=Subject,Description");
        var names = (await OrgControl.JsonAsync(some)).EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["attributes", "Id", "Subject", "Description"], names);

        using var unknown = await org.Control.RawAsync(HttpMethod.Get, $"sobjects/Task/{saved.Id}?fields=Subjekt");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("INVALID_FIELD", (await OrgControl.JsonAsync(unknown))[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task An_unknown_id_in_the_url_is_404_NOT_FOUND()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Get, "sobjects/Task/00T000000000999AAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }
}
