namespace PureConnect.Icws.Http;

/// <summary>Maps a non-2xx ICWS response to the matching <see cref="IcwsException"/>. Branches on the HTTP status first (§2.2).</summary>
internal static class IcwsErrorMapper
{
    /// <summary>Legacy (CIC before 4.0.6) errorCode of a failed login.</summary>
    private const int LegacyAuthenticationFailure = -2147221503;

    public static async Task<IcwsException> MapAsync(HttpResponseMessage response, IcwsCallKind kind, CancellationToken ct)
    {
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            body = "";
        }

        var operation = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}";
        return Map((int)response.StatusCode, response.ReasonPhrase, body, kind, operation.Trim());
    }

    public static IcwsException Map(int statusCode, string? reasonPhrase, string? body, IcwsCallKind kind, string operation)
    {
        var error = IcwsErrorBody.Read(body);
        var detail = error.Message ?? (string.IsNullOrWhiteSpace(reasonPhrase) ? "no error message" : reasonPhrase);
        var id = error.Identifier;
        var message = $"ICWS {operation} failed with {statusCode}: {detail}" + (id is null ? "." : $" ({id}).");

        return (kind, statusCode) switch
        {
            (IcwsCallKind.Login, 503) => new IcwsSwitchoverException(error.AlternateHosts),
            (_, 400 or 401 or 403) when error.IsPasswordExpired => new IcwsPasswordExpiredException(message, statusCode, id),
            (IcwsCallKind.Login, 400 or 401) when IsAuthenticationFailure(statusCode, error) =>
                new IcwsAuthenticationException(message, statusCode, id),
            (IcwsCallKind.Session, 401 or 410) => new IcwsSessionExpiredException(message, statusCode, id),
            _ => new IcwsRequestException(message, statusCode, id, error.Message, passwordErrors: error.PasswordErrors),
        };
    }

    // A login 400 is a refusal unless the server names a different error (e.g. a malformed request).
    private static bool IsAuthenticationFailure(int statusCode, IcwsErrorBody error) =>
        statusCode == 401
        || error.ErrorCode == LegacyAuthenticationFailure
        || error.ErrorId is null
        || error.ErrorId.Contains("authentication", StringComparison.OrdinalIgnoreCase);
}
