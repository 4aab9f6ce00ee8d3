using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary><c>POST sobjects/ContentVersion</c> (a JSON body with <c>VersionData</c> in base64) and <c>GET sobjects/ContentVersion/{id}</c>.</summary>
internal sealed class FileOperations(ContentStore files)
{
    public ApiResult Insert(DataRequest request)
    {
        var version = files.Insert(SObjectOperations.BodyObject(request));
        return new ApiResult(201, RecordJson.Saved(version.Id), new Dictionary<string, string> { ["Location"] = request.Version.SObjectUrl("ContentVersion", version.Id) });
    }

    public ApiResult Get(DataRequest request, string id)
    {
        if (files.Version(id) is not { } version)
            return ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist");

        return new ApiResult(200, new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = "ContentVersion", ["url"] = request.Version.SObjectUrl("ContentVersion", version.Id) },
            ["Id"] = version.Id,
            ["ContentDocumentId"] = version.ContentDocumentId,
            ["VersionNumber"] = version.VersionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = version.Title,
            ["PathOnClient"] = version.PathOnClient,
            ["Checksum"] = version.Checksum,
            ["ContentSize"] = version.Data.Length,
            ["IsLatest"] = files.IsLatest(version),
            ["FirstPublishLocationId"] = version.FirstPublishLocationId,
            ["ReasonForChange"] = version.ReasonForChange,
        });
    }
}
