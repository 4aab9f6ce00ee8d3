namespace PureConnect.Salesforce.Auth;

/// <summary>A token from <c>/services/oauth2/token</c> and the instance it is valid for. Never logged.</summary>
internal sealed record AccessToken(string Value, Uri InstanceUrl)
{
    public override string ToString() => $"AccessToken for {InstanceUrl}";
}
