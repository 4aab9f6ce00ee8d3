using Microsoft.Extensions.Logging;

namespace PureConnect.Icws;

/// <summary>Log events of the ICWS client; session and user ids are structured properties, secrets never appear.</summary>
internal static partial class IcwsLog
{
    [LoggerMessage(1, LogLevel.Information, "ICWS session {SessionId} created for {UserId} on {Host}; messaging feature version {MessagingVersion}")]
    public static partial void SessionCreated(ILogger logger, string sessionId, string userId, string host, int messagingVersion);

    [LoggerMessage(2, LogLevel.Warning, "ICWS login of {UserId} refused with {StatusCode} ({ErrorId})")]
    public static partial void LoginRefused(ILogger logger, string userId, int? statusCode, string? errorId);

    [LoggerMessage(3, LogLevel.Warning, "ICWS server {Host} cannot take the session of {UserId} (503); alternate hosts: {AlternateHosts}")]
    public static partial void HostUnavailable(ILogger logger, string host, string userId, string alternateHosts);

    [LoggerMessage(4, LogLevel.Warning, "ICWS server {Host} unreachable while logging in {UserId}")]
    public static partial void HostUnreachable(ILogger logger, Exception exception, string host, string userId);

    [LoggerMessage(5, LogLevel.Information, "ICWS login of {UserId}: trying alternate host {Host} in {Delay}")]
    public static partial void TryingAlternateHost(ILogger logger, string userId, string host, TimeSpan delay);

    [LoggerMessage(10, LogLevel.Information, "ICWS session {SessionId} of {UserId} reads messages by {Mode}")]
    public static partial void MessagingMode(ILogger logger, string sessionId, string userId, string mode);

    [LoggerMessage(11, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: event stream failed ({Failures} in a row), reopening")]
    public static partial void EventStreamFailed(ILogger logger, Exception? exception, string sessionId, string userId, int failures);

    [LoggerMessage(12, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: falling back to short polling")]
    public static partial void FallingBackToPolling(ILogger logger, string sessionId, string userId);

    [LoggerMessage(13, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: message poll failed, retrying in {Delay}")]
    public static partial void PollFailed(ILogger logger, Exception exception, string sessionId, string userId, TimeSpan delay);

    [LoggerMessage(17, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: server unreachable for {Since}; giving the session up")]
    public static partial void ServerUnreachable(ILogger logger, Exception exception, string sessionId, string userId, TimeSpan since);

    [LoggerMessage(14, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: malformed message skipped: {Error}")]
    public static partial void MalformedMessage(ILogger logger, string sessionId, string userId, string error);

    [LoggerMessage(15, LogLevel.Debug, "ICWS session {SessionId} of {UserId}: message of unknown type {MessageType}")]
    public static partial void UnknownMessage(ILogger logger, string sessionId, string userId, string messageType);

    [LoggerMessage(16, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: connection down ({Reason})")]
    public static partial void ConnectionDown(ILogger logger, string sessionId, string userId, string reason);

    [LoggerMessage(20, LogLevel.Information, "ICWS session {SessionId} of {UserId} logged out")]
    public static partial void LoggedOut(ILogger logger, string sessionId, string userId);

    [LoggerMessage(21, LogLevel.Warning, "ICWS session {SessionId} of {UserId}: logout failed")]
    public static partial void LogoutFailed(ILogger logger, Exception exception, string sessionId, string userId);
}
