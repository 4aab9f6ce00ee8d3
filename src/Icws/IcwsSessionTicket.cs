namespace PureConnect.Icws;

/// <summary>
/// What re-attaches to a live ICWS session without the password: the server, the session id, the CSRF token and the
/// cookie (<see cref="IcwsConnector.ResumeAsync"/>). A secret as strong as the session itself: keep it encrypted at rest
/// and never log it.
/// </summary>
public sealed record IcwsSessionTicket(
    Uri ServerUri,
    string SessionId,
    string CsrfToken,
    string? Cookie,
    string UserId,
    string? UserDisplayName,
    IReadOnlyList<string> AlternateHosts,
    IReadOnlyDictionary<string, int> Features)
{
    /// <summary>Keeps the CSRF token and the cookie out of logs and exception messages.</summary>
    public override string ToString() => $"IcwsSessionTicket {{ UserId = {UserId}, SessionId = {SessionId}, Server = {ServerUri.Host} }}";
}
