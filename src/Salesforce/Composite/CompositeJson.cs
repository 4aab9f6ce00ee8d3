using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Composite;

/// <summary>Body and result of <c>POST /composite</c>.</summary>
internal static class CompositeJson
{
    public const int MaxSubrequests = 25;

    public static JsonObject Write(IReadOnlyList<CompositeSubrequest> subrequests, bool allOrNone, string dataRoot) => new()
    {
        ["allOrNone"] = allOrNone,
        ["compositeRequest"] = new JsonArray([.. subrequests.Select(subrequest => (JsonNode)Write(subrequest, dataRoot))]),
    };

    public static IReadOnlyList<CompositeSubresponse> Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("compositeResponse", out var results) || results.ValueKind != JsonValueKind.Array)
            throw new JsonException("A composite result has a compositeResponse array.");

        return [.. results.EnumerateArray().Select(ParseOne)];
    }

    private static JsonObject Write(CompositeSubrequest subrequest, string dataRoot)
    {
        var url = subrequest.Url.StartsWith("/services/", StringComparison.Ordinal) ? subrequest.Url : dataRoot + subrequest.Url.TrimStart('/');
        var json = new JsonObject { ["method"] = subrequest.Method, ["url"] = url, ["referenceId"] = subrequest.ReferenceId };
        if (subrequest.Body is { } body)
            json["body"] = body.DeepClone();

        return json;
    }

    private static CompositeSubresponse ParseOne(JsonElement item)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (item.TryGetProperty("httpHeaders", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in h.EnumerateObject())
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
        }

        JsonElement? body = item.TryGetProperty("body", out var b) && b.ValueKind != JsonValueKind.Null ? b.Clone() : null;
        var status = item.TryGetProperty("httpStatusCode", out var s) && s.TryGetInt32(out var code) ? code : 0;
        return new CompositeSubresponse(JsonRead.String(item, "referenceId") ?? JsonRead.String(item, "referenceID") ?? "", status, body, headers);
    }
}
