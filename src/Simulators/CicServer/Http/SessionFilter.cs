using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>
/// Admits a request under <c>/icws/{sessionId}</c> only with the session cookie and the CSRF header
/// (reference §1.2); endpoints marked <see cref="CookieOnly"/> need the cookie alone. A session closed with its
/// queue still to deliver (switchover, reference §2.3) is admitted only to endpoints marked <see cref="ServedWhileClosing"/>; a user
/// whose password has expired only to endpoints marked <see cref="AllowedWithExpiredPassword"/>.
/// Anything else is a 401 with <c>WWW-Authenticate</c>.
/// </summary>
internal sealed class SessionFilter(CicEngine engine, TimeProvider time) : IEndpointFilter
{
    public const string CsrfHeader = "ININ-ICWS-CSRF-Token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var sessionId = http.GetRouteValue("sessionId") as string ?? "";
        var servedWhileClosing = http.GetEndpoint()?.Metadata.GetMetadata<ServedWhileClosing>() is not null;
        var session = engine.FindSession(sessionId) ?? (servedWhileClosing ? engine.FindClosingSession(sessionId) : null);
        if (session is null)
        {
            return Unauthorized(ErrorIds.InvalidSession, "The session id is not valid.", -2147221499);
        }

        if (!string.Equals(http.Request.Cookies[session.CookieName], session.CookieValue, StringComparison.Ordinal))
        {
            return Unauthorized(ErrorIds.MissingSessionCookie, "The session cookie is missing or not valid.", 1);
        }

        var cookieOnly = http.GetEndpoint()?.Metadata.GetMetadata<CookieOnly>() is not null;
        if (!cookieOnly && !string.Equals(http.Request.Headers[CsrfHeader], session.CsrfToken, StringComparison.Ordinal))
        {
            return Unauthorized(ErrorIds.MissingCsrfToken, "The ININ-ICWS-CSRF-Token header is missing or not valid.", 2);
        }

        if (engine.MustChangePassword(session) && http.GetEndpoint()?.Metadata.GetMetadata<AllowedWithExpiredPassword>() is null)
        {
            var expired = engine.PasswordExpired();
            return IcwsResult.Error(expired.StatusCode, expired.ErrorId, expired.Message);
        }

        session.Touch(time.GetUtcNow());
        http.Items[typeof(Session)] = session;
        return await next(context);
    }

    private static IcwsResult Unauthorized(string errorId, string message, int errorCode) =>
        IcwsResult.Error(StatusCodes.Status401Unauthorized, errorId, message, errorCode);

    /// <summary>Marks an endpoint that needs only the session cookie (message retrieval, so EventSource works).</summary>
    public sealed class CookieOnly;

    /// <summary>Marks an endpoint a user whose password has expired may still use (password change, logout, messaging).</summary>
    public sealed class AllowedWithExpiredPassword;

    /// <summary>Marks an endpoint a closing session still reaches (message retrieval, so the last messages get out).</summary>
    public sealed class ServedWhileClosing;
}
