using System.Text.Json;
using PureConnect.Icws.Json;

namespace PureConnect.Icws.Http;

/// <summary>
/// The 201 of <c>POST /icws/connection</c>: session id and CSRF token from the body or, failing that, the
/// <c>ININ-ICWS-*</c> headers; the cookie from <c>Set-Cookie</c> (§1.1). The body may be empty.
/// </summary>
internal sealed record LoginResponse(
    IcwsSessionTokens Tokens,
    string UserId,
    string? UserDisplayName,
    IReadOnlyList<string> AlternateHosts,
    IReadOnlyDictionary<string, int>? Features,
    int? DaysUntilPasswordExpiration,
    string? IcServer = null,
    string? DefaultWorkstationId = null,
    string? EffectiveStationId = null)
{
    public static LoginResponse Read(IcwsResponse response, string requestedUserId) =>
        response.HasBody ? response.Read(body => Create(body, response, requestedUserId)) : Create(default, response, requestedUserId);

    private static LoginResponse Create(JsonElement body, IcwsResponse response, string requestedUserId)
    {
        var sessionId = JsonRead.OptionalString(body, "sessionId") ?? Header(response, IcwsHttp.SessionIdHeader);
        var csrfToken = JsonRead.OptionalString(body, "csrfToken") ?? Header(response, IcwsHttp.CsrfTokenHeader);
        if (string.IsNullOrEmpty(sessionId) || string.IsNullOrEmpty(csrfToken))
            throw new IcwsProtocolException("The ICWS login response carries no session id or CSRF token (body or headers).");

        var cookie = response.Headers.TryGetValues(IcwsHttp.SetCookieHeader, out var setCookies) ? SessionCookie.FromSetCookie(setCookies) : null;
        return new LoginResponse(
            new IcwsSessionTokens(sessionId, csrfToken, cookie),
            JsonRead.OptionalString(body, "userID") ?? requestedUserId,
            JsonRead.OptionalString(body, "userDisplayName"),
            ConnectionJson.ReadAlternateHosts(body),
            JsonRead.TryGet(body, "features", out _) ? ConnectionJson.ReadFeatures(body, "features") : null,
            ReadDays(body),
            NonBlank(JsonRead.OptionalString(body, "icServer")),
            NonBlank(JsonRead.OptionalString(body, "defaultWorkstationId")),
            ReadOptional(body, ConnectionJson.ReadEffectiveStationId));
    }

    private static int? ReadDays(JsonElement body)
    {
        try
        {
            return JsonRead.OptionalInt(body, "daysUntilPasswordExpiration");
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An optional extra of the login (an <c>include=</c> option) never fails the login when it is unreadable.</summary>
    private static string? ReadOptional(JsonElement body, Func<JsonElement, string?> read)
    {
        try
        {
            return read(body);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Header(IcwsResponse response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;
}
