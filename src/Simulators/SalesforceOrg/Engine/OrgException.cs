namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>A refused operation: its HTTP status and errors (written as the top-level error array, or as a collection item).</summary>
internal sealed class OrgException(int statusCode, IReadOnlyList<OrgError> errors)
    : Exception(errors.Count > 0 ? errors[0].Message : "Salesforce error")
{
    public OrgException(int statusCode, string errorCode, string message, params string[] fields)
        : this(statusCode, [new OrgError(errorCode, message, fields)])
    {
    }

    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<OrgError> Errors { get; } = errors;
}
