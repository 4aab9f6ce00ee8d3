using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary><c>sobjects/EmailMessage</c> (create) and <c>sobjects/EmailMessage/{id}</c> (read).</summary>
internal sealed class EmailMessageOperations(EmailMessageStore messages)
{
    public ApiResult Create(DataRequest request)
    {
        var record = messages.Create(SObjectOperations.BodyObject(request));
        var id = record["Id"]!.GetValue<string>();
        return new ApiResult(201, RecordJson.Saved(id), new Dictionary<string, string> { ["Location"] = request.Version.SObjectUrl("EmailMessage", id) });
    }

    public ApiResult Get(DataRequest request, string id)
    {
        if (!SalesforceIds.IsWellFormed(id))
            return ApiResult.Error(400, ErrorCodes.MalformedId, $"EmailMessage ID: id value of incorrect type: {id}");

        return messages.Find(id) is { } record
            ? new ApiResult(200, WithAttributes(record, request.Version))
            : ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist");
    }

    /// <summary>The record as a GET answers it: <c>attributes</c> first.</summary>
    public static JsonObject WithAttributes(JsonObject record, ApiVersion version)
    {
        var json = new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = "EmailMessage", ["url"] = version.SObjectUrl("EmailMessage", record["Id"]!.GetValue<string>()) },
        };
        foreach (var (name, value) in record)
            json[name] = value?.DeepClone();

        return json;
    }
}
