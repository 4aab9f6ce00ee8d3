using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>Resolves <c>@{referenceId.path}</c> in a subrequest's URL and body from earlier successful results.</summary>
internal static partial class CompositeReferences
{
    [GeneratedRegex(@"@\{(?<ref>[A-Za-z][A-Za-z0-9_]*)\.(?<path>[A-Za-z0-9_.]+)\}", RegexOptions.ExplicitCapture)]
    private static partial Regex Reference();

    public static string ResolveText(string text, IReadOnlyDictionary<string, ApiResult> results) =>
        Reference().Replace(text, match => Lookup(match, results)?.ToString() ?? "");

    public static JsonNode? ResolveBody(JsonNode? node, IReadOnlyDictionary<string, ApiResult> results) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(property.Key, ResolveBody(property.Value, results)))),
        JsonArray array => new JsonArray([.. array.Select(item => ResolveBody(item, results))]),
        JsonValue value when value.TryGetValue<string>(out var text) && Reference().Match(text) is { Success: true } match && match.Length == text.Length
            => Lookup(match, results)?.DeepClone(),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(ResolveText(text, results)),
        _ => node?.DeepClone(),
    };

    private static JsonNode? Lookup(Match match, IReadOnlyDictionary<string, ApiResult> results)
    {
        var referenceId = match.Groups["ref"].Value;
        if (!results.TryGetValue(referenceId, out var result) || !result.IsSuccess)
            throw Halted($"Invalid reference specified. No value for {match.Value} found in {referenceId}.");

        var node = result.Body;
        foreach (var step in match.Groups["path"].Value.Split('.'))
            node = node is JsonObject obj ? obj[step] : null;

        return node ?? throw Halted($"Invalid reference specified. No value for {match.Value} found in {referenceId}.");
    }

    private static OrgException Halted(string message) => new(400, ErrorCodes.ProcessingHalted, message);
}
