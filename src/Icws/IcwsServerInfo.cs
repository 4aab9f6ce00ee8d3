namespace PureConnect.Icws;

/// <summary>
/// What the server tells before login (<c>GET /icws/connection/server-info</c>, §1.3): whether IC authentication is
/// allowed and the user agreement an agent must accept to log in (null when none is configured).
/// </summary>
/// <param name="UserAgreementText">The agreement text; null or empty means no agreement is required.</param>
/// <param name="AllowIcAuth">Whether CIC user id and password logins are allowed.</param>
public sealed record IcwsServerInfo(string? UserAgreementText, bool AllowIcAuth)
{
    /// <summary>What a server that does not serve server-info is assumed to say: no agreement, IC authentication allowed.</summary>
    public static readonly IcwsServerInfo Unknown = new(null, true);

    /// <summary>Whether the agent must accept <see cref="UserAgreementText"/> before the login completes.</summary>
    public bool UserAgreementRequired => !string.IsNullOrWhiteSpace(UserAgreementText);
}
