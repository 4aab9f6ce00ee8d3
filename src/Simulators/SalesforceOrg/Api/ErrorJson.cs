using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>Salesforce's two error shapes.</summary>
internal static class ErrorJson
{
    /// <summary>A failed request: a top-level array of <c>{message, errorCode, fields?}</c> (<c>fields</c> only when some are named).</summary>
    public static JsonArray TopLevel(IEnumerable<OrgError> errors) => [.. errors.Select(error =>
    {
        var json = new JsonObject { ["message"] = error.Message, ["errorCode"] = error.ErrorCode };
        if (error.Fields.Count > 0)
            json["fields"] = Fields(error);

        return (JsonNode)json;
    })];

    /// <summary>A failed collection item: <c>{success:false, errors:[{statusCode, message, fields}]}</c>.</summary>
    public static JsonObject Item(IEnumerable<OrgError> errors) => new()
    {
        ["success"] = false,
        ["errors"] = new JsonArray([.. errors.Select(error => (JsonNode)new JsonObject
        {
            ["statusCode"] = error.ErrorCode,
            ["message"] = error.Message,
            ["fields"] = Fields(error),
        })]),
    };

    private static JsonArray Fields(OrgError error) => [.. error.Fields.Select(field => (JsonNode)JsonValue.Create(field))];
}
