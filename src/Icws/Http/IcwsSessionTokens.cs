namespace PureConnect.Icws.Http;

/// <summary>What every session request must carry: the id in the path, the CSRF header and the cookie.</summary>
internal sealed record IcwsSessionTokens(string SessionId, string CsrfToken, string? Cookie)
{
    /// <summary>Keeps the CSRF token and the cookie out of logs and exception messages.</summary>
    public override string ToString() => $"IcwsSessionTokens {{ SessionId = {SessionId} }}";
}
