using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary><c>GET search?q=FIND {...}</c>: the matching records as <c>{"searchRecords":[...]}</c>, in RETURNING order.</summary>
internal sealed class SearchOperation(RecordDirectory directory)
{
    public ApiResult Run(DataRequest request)
    {
        if (!request.Query.TryGetValue("q", out var q) || string.IsNullOrWhiteSpace(q))
            return ApiResult.Error(400, ErrorCodes.MalformedSearch, "The q parameter is required.");

        var hits = RecordSearch.Run(SoslParser.Parse(q), directory.All());
        return new ApiResult(200, new JsonObject
        {
            ["searchRecords"] = new JsonArray([.. hits.Select(hit => (JsonNode)RecordJson.Record(hit.Record, hit.Returning.Fields, request.Version))]),
        });
    }
}
