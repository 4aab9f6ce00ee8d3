namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>One Salesforce error: <c>errorCode</c> (<c>statusCode</c> in collection items), message and fields.</summary>
internal sealed record OrgError(string ErrorCode, string Message, IReadOnlyList<string> Fields)
{
    public OrgError(string errorCode, string message, params string[] fields)
        : this(errorCode, message, (IReadOnlyList<string>)fields)
    {
    }
}
