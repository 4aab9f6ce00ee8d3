using System.Text.Json.Nodes;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>A data-API request (top level or a composite subrequest): method, version, path segments after the version, query and body.</summary>
internal sealed record DataRequest(
    string Method,
    ApiVersion Version,
    IReadOnlyList<string> Segments,
    IReadOnlyDictionary<string, string> Query,
    JsonNode? Body,
    bool InComposite = false);
