using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PureConnect.Salesforce.Files;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Salesforce Files as the projector uses them: a file shared with a Task on its first version, later versions of the same
/// document, the look-up of a record's files with their checksums, and the refusals.</summary>
public sealed class FileContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    [Fact]
    public async Task A_file_shared_with_a_task_gets_new_versions_and_stays_one_document()
    {
        var client = org.CreateClient();
        var task = await client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()) with { Subject = "Chat" });
        var first = Encoding.UTF8.GetBytes("[9:00:00 AM] Vera: <script>alert(1)</script>\n");

        var saved = await client.UploadFileAsync(new FileUpload("Chat transcript", "chat-transcript.txt", first, FirstPublishLocationId: task.Id));
        var files = await client.FilesOfAsync([task.Id!]);

        Assert.True(saved.Success);
        var file = Assert.Single(files);
        Assert.Equal((task.Id, saved.Id, "chat-transcript.txt", "Chat transcript"), (file.RecordId, file.LatestVersionId, file.PathOnClient, file.Title));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(first)), file.Checksum);

        var second = await client.UploadFileAsync(new FileUpload("Chat transcript", "chat-transcript.txt", Encoding.UTF8.GetBytes("longer\n"),
            ContentDocumentId: file.ContentDocumentId, ReasonForChange: "The chat went on"));
        var after = Assert.Single(await client.FilesOfAsync([task.Id!]));

        Assert.Equal((file.ContentDocumentId, second.Id), (after.ContentDocumentId, after.LatestVersionId));
        var listed = Assert.Single((await org.RawHttp.GetFromJsonAsync<JsonElement>($"/control/files?recordId={task.Id}")).EnumerateArray());
        var versions = listed.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("versionNumber").GetInt32()));
        Assert.Equal("[9:00:00 AM] Vera: <script>alert(1)</script>\n", versions[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_record_without_files_has_none_and_links_must_be_filtered_by_record_or_document()
    {
        var client = org.CreateClient();
        var task = await client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()));

        Assert.Empty(await client.FilesOfAsync([task.Id!]));
        using var unfiltered = await org.Control.RawAsync(HttpMethod.Get, "query?q=" + Uri.EscapeDataString("SELECT Id FROM ContentDocumentLink"));
        Assert.Equal(HttpStatusCode.BadRequest, unfiltered.StatusCode);
        Assert.Contains("MALFORMED_QUERY", await unfiltered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => client.FilesOfAsync(["x' OR Id != '"]));
    }

    [Theory]
    [InlineData("""{"Title":"t","PathOnClient":"a.txt","VersionData":"aGk=","FirstPublishLocationId":"00T0SIM0000zzzzAAA"}""", "INVALID_CROSS_REFERENCE_KEY")]
    [InlineData("""{"Title":"t","PathOnClient":"a.txt","VersionData":"aGk=","ContentDocumentId":"0690SIM0000zzzzAAA"}""", "INVALID_CROSS_REFERENCE_KEY")]
    [InlineData("""{"Title":"t","VersionData":"aGk="}""", "REQUIRED_FIELD_MISSING")]
    [InlineData("""{"Title":"t","PathOnClient":"a.txt","VersionData":"not base64!"}""", "JSON_PARSER_ERROR")]
    [InlineData("""{"Title":"t","PathOnClient":"a.txt","VersionData":"aGk=","Body":"x"}""", "INVALID_FIELD")]
    public async Task A_version_the_org_cannot_store_is_refused_with_the_reason(string body, string code)
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/ContentVersion", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }
}
