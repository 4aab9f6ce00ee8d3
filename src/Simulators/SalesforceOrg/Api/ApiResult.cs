using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>What a data-API operation answers: status, JSON body and headers (written to HTTP or into a composite result).</summary>
internal sealed record ApiResult(int StatusCode, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static readonly ApiResult NoContent = new(204, null);

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public static ApiResult Error(OrgException error) => new(error.StatusCode, ErrorJson.TopLevel(error.Errors));

    public static ApiResult Error(int statusCode, string errorCode, string message) => Error(new OrgException(statusCode, errorCode, message));
}
