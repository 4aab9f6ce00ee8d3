namespace PureConnect.Icws;

/// <summary>Base of every error raised by the ICWS client. Messages never hold a password or the session cookie.</summary>
public class IcwsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IcwsException(string message, int? statusCode, string? errorId, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorId = errorId;
    }

    /// <summary>HTTP status of the failed response; null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The <c>errorId</c> (or legacy <c>errorCode</c>) of the ICWS error body, if any.</summary>
    public string? ErrorId { get; }
}

/// <summary>The login was refused (ICWS answers 400 to bad credentials, not 401).</summary>
public sealed class IcwsAuthenticationException(string message, int? statusCode, string? errorId)
    : IcwsException(message, statusCode, errorId);

/// <summary>The session is gone: 401/410, or the server reported the connection down. Log in again.</summary>
public sealed class IcwsSessionExpiredException(string message, int? statusCode, string? errorId)
    : IcwsException(message, statusCode, errorId);

/// <summary>No server accepted the session (503 on login, alternate hosts exhausted).</summary>
public sealed class IcwsSwitchoverException : IcwsException
{
    /// <summary>Creates the exception for the alternate hosts that were offered.</summary>
    public IcwsSwitchoverException(IReadOnlyList<string> alternateHosts)
        : base($"No ICWS server accepted the session (503); alternate hosts: [{string.Join(", ", alternateHosts)}].", 503, null)
    {
        AlternateHosts = alternateHosts;
    }

    /// <summary>Alternate hosts the servers offered (host names only).</summary>
    public IReadOnlyList<string> AlternateHosts { get; }
}

/// <summary>A request failed with a non-2xx status, or the server could not be reached (<see cref="IcwsException.StatusCode"/> null).</summary>
public sealed class IcwsRequestException(
    string message, int? statusCode, string? errorId, string? serverMessage, Exception? innerException = null,
    IReadOnlyList<IcwsPasswordPolicyError>? passwordErrors = null)
    : IcwsException(message, statusCode, errorId, innerException)
{
    /// <summary>The <c>message</c> of the ICWS error body, if any.</summary>
    public string? ServerMessage { get; } = serverMessage;

    /// <summary>The <c>passwordErrors</c> of a <c>urn:inin.com:security:passwordError</c> body; empty otherwise.</summary>
    public IReadOnlyList<IcwsPasswordPolicyError> PasswordErrors { get; } = passwordErrors ?? [];
}

/// <summary>A request did not complete in time.</summary>
public sealed class IcwsTimeoutException(string message, Exception? innerException = null)
    : IcwsException(message, null, null, innerException);

/// <summary>A response body could not be understood (malformed JSON or a missing required field).</summary>
public sealed class IcwsProtocolException(string message, Exception? innerException = null)
    : IcwsException(message, null, null, innerException);
