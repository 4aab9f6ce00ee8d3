using System.Text.Json;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Composite;

/// <summary>One result of <c>POST /composite</c>: the subrequest's own status, headers and body (the HTTP response itself is always 200).</summary>
public sealed record CompositeSubresponse(string ReferenceId, int HttpStatusCode, JsonElement? Body, IReadOnlyDictionary<string, string> HttpHeaders)
{
    /// <summary>True for a 2xx subrequest.</summary>
    public bool IsSuccess => HttpStatusCode is >= 200 and < 300;

    /// <summary>The errors of a failed subrequest (its body is the top-level error array).</summary>
    public IReadOnlyList<SalesforceError> Errors => IsSuccess || Body is not { } body ? [] : ErrorParser.Parse(body);

    /// <summary>The <c>id</c> of a successful create or upsert.</summary>
    public string? Id => Body is { } body ? JsonRead.String(body, "id") : null;
}
