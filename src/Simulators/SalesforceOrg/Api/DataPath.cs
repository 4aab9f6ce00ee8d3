using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>Turns <c>/services/data/vXX.X/a/b?q=...</c> into a <see cref="DataRequest"/> (segments and query unescaped).</summary>
internal static class DataPath
{
    public const string Root = "/services/data/";

    /// <summary>Null when the path is not below the data root or has no valid version.</summary>
    public static DataRequest? Parse(string method, string pathAndQuery, JsonNode? body)
    {
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        if (!path.StartsWith(Root, StringComparison.Ordinal))
            return null;

        var segments = path[Root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments.Count == 0 || ApiVersion.Parse(segments[0]) is not { } version)
            return null;

        var query = queryStart < 0
            ? new Dictionary<string, string>()
            : QueryHelpers.ParseQuery(pathAndQuery[queryStart..]).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new DataRequest(method.ToUpperInvariant(), version, segments[1..], query, body);
    }
}
