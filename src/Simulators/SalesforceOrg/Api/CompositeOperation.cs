using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>
/// <c>POST composite</c>: up to 25 subrequests (at most 5 of them collections or searches), run in order through the
/// same router as top-level requests, one API call in all. Always 200; each subrequest has its own status.
/// <c>allOrNone</c> rolls everything back when one fails and halts the others.
/// </summary>
internal sealed class CompositeOperation(TaskStore tasks)
{
    public const int MaxSubrequests = 25;
    public const int MaxCollectionSubrequests = 5;

    private const string RolledBack = "The transaction was rolled back since another operation in the same transaction failed.";

    public ApiResult Run(DataRequest request, Func<DataRequest, ApiResult> dispatch)
    {
        var body = SObjectOperations.BodyObject(request);
        var subrequests = ReadSubrequests(body);
        var allOrNone = body["allOrNone"] is JsonValue flag && flag.TryGetValue<bool>(out var value) && value;

        var results = new Dictionary<string, ApiResult>(StringComparer.Ordinal);
        tasks.Atomically(
            () =>
            {
                foreach (var subrequest in subrequests)
                    results[subrequest.ReferenceId] = allOrNone && results.Values.Any(result => !result.IsSuccess)
                        ? ApiResult.Error(400, ErrorCodes.ProcessingHalted, RolledBack)
                        : Execute(subrequest, request.Version, results, dispatch);

                return results;
            },
            _ => !allOrNone || results.Values.All(result => result.IsSuccess));

        var failed = allOrNone && results.Values.Any(result => !result.IsSuccess);
        return new ApiResult(200, new JsonObject
        {
            ["compositeResponse"] = new JsonArray([.. subrequests.Select(subrequest =>
            {
                var result = results[subrequest.ReferenceId];
                if (failed && result.IsSuccess)
                    result = ApiResult.Error(400, ErrorCodes.ProcessingHalted, RolledBack);

                return (JsonNode)new JsonObject
                {
                    ["body"] = result.Body?.DeepClone(),
                    ["httpHeaders"] = new JsonObject([.. (result.Headers ?? new Dictionary<string, string>())
                        .Select(header => KeyValuePair.Create(header.Key, (JsonNode?)JsonValue.Create(header.Value)))]),
                    ["httpStatusCode"] = result.StatusCode,
                    ["referenceId"] = subrequest.ReferenceId,
                };
            })]),
        });
    }

    private static ApiResult Execute(Subrequest subrequest, ApiVersion version, Dictionary<string, ApiResult> results, Func<DataRequest, ApiResult> dispatch)
    {
        try
        {
            var url = CompositeReferences.ResolveText(subrequest.Url, results);
            var body = CompositeReferences.ResolveBody(subrequest.Body, results);
            var target = DataPath.Parse(subrequest.Method, url, body)
                         ?? throw new OrgException(400, ErrorCodes.NotFound, $"The subrequest URL must be a data resource: {url}");
            return dispatch(target with { InComposite = true });
        }
        catch (OrgException error)
        {
            return ApiResult.Error(error);
        }
    }

    private static List<Subrequest> ReadSubrequests(JsonObject body)
    {
        if (body["compositeRequest"] is not JsonArray items || items.Count == 0)
            throw new OrgException(400, ErrorCodes.JsonParserError, "The body needs a non-empty compositeRequest array.");

        if (items.Count > MaxSubrequests)
            throw new OrgException(400, "LIMIT_EXCEEDED", $"A composite request can have at most {MaxSubrequests} subrequests, not {items.Count}.");

        var subrequests = items.Select(item => new Subrequest(
            item?["method"]?.ToString() ?? throw Invalid("method"),
            item["url"]?.ToString() ?? throw Invalid("url"),
            item["referenceId"]?.ToString() ?? throw Invalid("referenceId"),
            item["body"])).ToList();
        if (subrequests.Select(subrequest => subrequest.ReferenceId).Distinct(StringComparer.Ordinal).Count() != subrequests.Count)
            throw new OrgException(400, ErrorCodes.JsonParserError, "Duplicate referenceId in the composite request.");

        if (subrequests.Count(subrequest => subrequest.Url.Contains("/composite/sobjects", StringComparison.Ordinal)
                                            || subrequest.Url.Contains("/query", StringComparison.Ordinal)
                                            || subrequest.Url.Contains("/search", StringComparison.Ordinal)) > MaxCollectionSubrequests)
            throw new OrgException(400, "LIMIT_EXCEEDED", $"A composite request can have at most {MaxCollectionSubrequests} collection or query subrequests.");

        return subrequests;
    }

    private static OrgException Invalid(string property) =>
        new(400, ErrorCodes.JsonParserError, $"Each subrequest needs '{property}'.");

    private sealed record Subrequest(string Method, string Url, string ReferenceId, JsonNode? Body);
}
