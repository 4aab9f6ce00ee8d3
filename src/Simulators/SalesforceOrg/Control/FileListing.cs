using System.Text;
using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Control;

/// <summary><c>GET /control/files?recordId=</c>: the files shared with a record, oldest first, each with every version (its text as
/// UTF-8) so a test can read what was attached and how often.</summary>
internal static class FileListing
{
    public static JsonArray Of(ContentStore files, string recordId)
    {
        var id = SalesforceIds.IsWellFormed(recordId) ? SalesforceIds.To18(recordId) : recordId;
        var documents = files.Links().Where(link => link.LinkedEntityId == id).Select(link => link.ContentDocumentId).ToHashSet(StringComparer.Ordinal);
        var versions = files.Versions();
        return new JsonArray([.. versions.Where(v => documents.Contains(v.ContentDocumentId)).GroupBy(v => v.ContentDocumentId)
            .Select(document => (JsonNode)new JsonObject
            {
                ["contentDocumentId"] = document.Key,
                ["title"] = document.Last().Title,
                ["versions"] = new JsonArray([.. document.Select(v => (JsonNode)new JsonObject
                {
                    ["id"] = v.Id,
                    ["versionNumber"] = v.VersionNumber,
                    ["pathOnClient"] = v.PathOnClient,
                    ["checksum"] = v.Checksum,
                    ["contentSize"] = v.Data.Length,
                    ["reasonForChange"] = v.ReasonForChange,
                    ["text"] = Encoding.UTF8.GetString(v.Data),
                })]),
            })]);
    }
}
