namespace PureConnect.Simulators.SalesforceOrg.Auth;

/// <summary>A refused token request: 400 <c>{"error", "error_description"}</c>.</summary>
internal sealed class OAuthException(string error, string description) : Exception(description)
{
    public string Error { get; } = error;
}
