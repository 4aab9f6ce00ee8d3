using System.Text.Json.Nodes;

namespace PureConnect.Salesforce.Composite;

/// <summary>One subrequest of <c>POST /composite</c>.</summary>
/// <param name="Method">HTTP method (<c>GET</c>, <c>POST</c>, <c>PATCH</c>, <c>DELETE</c>).</param>
/// <param name="Url">Resource below the data root (<c>sobjects/Task</c>), or a full <c>/services/data/...</c> path.
/// May reference an earlier result as <c>@{referenceId.id}</c>.</param>
/// <param name="ReferenceId">Name of this subrequest's result.</param>
/// <param name="Body">JSON body, if any.</param>
public sealed record CompositeSubrequest(string Method, string Url, string ReferenceId, JsonNode? Body = null);
